/// A word, number or punctuation mark inside a sentence.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Letters, possibly with digits, inner apostrophes, hyphens or dots ("O'Leary", "U.S", "co-operation").
        case word
        /// Starts with a digit ("2008", "3.5", "30-day", "737-800").
        case number
        /// Any other single non-space character.
        case punctuation
    }

    public let span: TextSpan
    public let kind: Kind

    public var start: Int { span.start }
    public var end: Int { span.end }
}

/// Splits a span of text into tokens. Shared by every analyser so they agree on words.
public enum Tokenizer {
    public static func tokens(_ text: [Unicode.Scalar], in span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        // About one token per five characters of English: one allocation instead of a growth series.
        tokens.reserveCapacity(span.length / 4 + 4)
        var i = span.start
        let end = span.end
        while i < end {
            let c = text[i]
            if c.isSpace { i += 1; continue }
            if c.isLetterOrDigit {
                let start = i
                i += 1
                while i < end {
                    let d = text[i]
                    if d.isLetterOrDigit || (d.value >= 0x300 && d.properties.generalCategory == .nonspacingMark) {
                        i += 1
                    } else if i > start, i + 1 < end, isJoiner(d, digits: text[i - 1].isDigit),
                              text[i + 1].isLetterOrDigit, !isPossessive(text, i, end) {
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
        return tokens
    }

    /// Characters that join two alphanumeric runs into one token; a comma only between digits ("1,000").
    @inline(__always) private static func isJoiner(_ c: Unicode.Scalar, digits: Bool) -> Bool {
        switch c.value {
        case 0x27, 0x2019, 0x2D, 0x2E, 0x26, 0x2010, 0x2011: return true
        case 0x2C, 0x3A: return digits
        default: return false
        }
    }

    /// "Canada's": the apostrophe and "s" are split off so the name stands alone.
    @inline(__always) private static func isPossessive(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard text[i].isApostrophe, text[i + 1] == "s" || text[i + 1] == "S" else { return false }
        return i + 2 >= end || !text[i + 2].isLetterOrDigit
    }
}
