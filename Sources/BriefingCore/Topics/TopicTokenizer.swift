/// The shared `Tokenizer`'s words, found the same way but into a reused buffer over
/// an unsafe view of the scalars, with an ASCII fast path: the topic model tokenizes
/// every sentence, and growing a new array per sentence cost more than the scan itself.
/// `TopicTokenizerTests` checks that both give the same tokens.
enum TopicTokenizer {
    static func tokens(_ text: UnsafeBufferPointer<Unicode.Scalar>, in span: TextSpan, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        var i = span.start
        let end = span.end
        while i < end {
            let c = text[i]
            if isSpace(c) { i += 1; continue }
            if isLetterOrDigit(c) {
                let start = i
                i += 1
                while i < end {
                    let d = text[i]
                    let v = d.value
                    if isLetterOrDigit(d) || (v >= 0x300 && d.properties.generalCategory == .nonspacingMark) {
                        i += 1
                    } else if i + 1 < end, isJoiner(v, digits: text[i - 1].isDigit),
                              isLetterOrDigit(text[i + 1]), !isPossessive(text, i, end) {
                        i += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(span: TextSpan(start, i), kind: c.isDigit ? .number : .word))
            } else {
                tokens.append(Token(span: TextSpan(i, i + 1), kind: .punctuation))
                i += 1
            }
        }
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    @inline(__always) static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    /// As `Tokenizer`: apostrophes, hyphens, dots and "&" join; a comma or colon only between digits.
    @inline(__always) static func isJoiner(_ v: UInt32, digits: Bool) -> Bool {
        switch v {
        case 0x27, 0x2019, 0x2D, 0x2E, 0x26, 0x2010, 0x2011: return true
        case 0x2C, 0x3A: return digits
        default: return false
        }
    }

    @inline(__always) static func isPossessive(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Bool {
        let v = text[i].value
        guard v == 0x27 || v == 0x2019, text[i + 1] == "s" || text[i + 1] == "S" else { return false }
        return i + 2 >= end || !isLetterOrDigit(text[i + 2])
    }
}
