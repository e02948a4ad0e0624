/// Fast character classes over Unicode scalars, with an ASCII fast path.
///
/// The analysers call these for every character, so they avoid `Character`
/// and only fall back to Unicode properties outside ASCII.
extension Unicode.Scalar {
    @inline(__always) var isASCIILetter: Bool {
        let v = value
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }

    @inline(__always) var isDigit: Bool { value >= 48 && value <= 57 }

    @inline(__always) var isSpace: Bool {
        let v = value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return properties.isWhitespace
    }

    @inline(__always) var isLineBreak: Bool { value == 10 }

    @inline(__always) var isLetter: Bool {
        let v = value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return properties.isAlphabetic
    }

    @inline(__always) var isUpper: Bool {
        let v = value
        if v < 128 { return v >= 65 && v <= 90 }
        return properties.isUppercase
    }

    @inline(__always) var isLower: Bool {
        let v = value
        if v < 128 { return v >= 97 && v <= 122 }
        return properties.isLowercase
    }

    @inline(__always) var isLetterOrDigit: Bool { isDigit || isLetter }

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
