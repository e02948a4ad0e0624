/// Fast character classes over Unicode scalars, with an ASCII fast path.
///
/// The analysers call these for every character, so they avoid `Character`
/// and only fall back to Unicode properties outside ASCII, out of line: inlined, the
/// standard library's `Unicode.Scalar.Properties` (a type whose size is known only at run
/// time) made every function testing a scalar call for its type metadata and size a stack
/// slot for it on entry, whatever the scalar: about fifteen instructions a call, in each
/// of the splitter's functions, run at every line, stop and sentence.
extension Unicode.Scalar {
    @inline(__always) var isASCIILetter: Bool {
        let v = value
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }

    @inline(__always) var isDigit: Bool { value >= 48 && value <= 57 }

    @inline(__always) var isSpace: Bool {
        let v = value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return Self.isWhitespace(self)
    }

    @inline(__always) var isLineBreak: Bool { value == 10 }

    @inline(__always) var isLetter: Bool {
        let v = value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return Self.isAlphabetic(self)
    }

    @inline(__always) var isUpper: Bool {
        let v = value
        if v < 128 { return v >= 65 && v <= 90 }
        return Self.isUppercase(self)
    }

    @inline(__always) var isLower: Bool {
        let v = value
        if v < 128 { return v >= 97 && v <= 122 }
        return Self.isLowercase(self)
    }

    @inline(__always) var isLetterOrDigit: Bool { isDigit || isLetter }

    @inline(never) private static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    @inline(never) private static func isAlphabetic(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    @inline(never) private static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    @inline(never) private static func isLowercase(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

    /// Quotes and brackets that may close a sentence after its stop: `."` `?)` `.’`
    var isClosingPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// Quotes and brackets that may open a sentence: `"` `(` `“`
    var isOpeningPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0xAB, 0x2039: return true
        default: return false
        }
    }

    /// `.` `!` `?` `…` and their full-width forms.
    var isSentenceStop: Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    /// Apostrophes, straight and curly.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }
}
