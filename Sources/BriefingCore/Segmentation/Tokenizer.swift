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

/// Splits a span of text into tokens. Shared by every analyser so they agree on words:
/// each stage reads the tokens through `scan`, as an array, into a buffer it reuses, or
/// turned into its own token type on the way (`TimeTokens`).
public enum Tokenizer {
    public static func tokens(_ text: PackedScalars, in span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        // About one token per five characters of English: one allocation instead of a growth series.
        tokens.reserveCapacity(span.length / 4 + 4)
        text.withView { scan($0, in: span) { tokens.append($0) } }
        return tokens
    }

    /// The same into a buffer the caller reuses from sentence to sentence.
    public static func tokens(_ text: ScalarView, in span: TextSpan, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        scan(text, in: span) { tokens.append($0) }
    }

    /// The one scan: hands each token of the span, in order, to `emit`.
    @inline(__always)
    static func scan(_ text: ScalarView, in span: TextSpan, _ emit: (Token) -> Void) {
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
                    } else if i + 1 < end, isJoiner(d, digits: text[i - 1].isDigit),
                              text[i + 1].isLetterOrDigit, !isPossessive(text, i, end) {
                        i += 2
                    } else {
                        break
                    }
                }
                emit(Token(span: TextSpan(start, i), kind: c.isDigit ? .number : .word))
            } else {
                emit(Token(span: TextSpan(i, i + 1), kind: .punctuation))
                i += 1
            }
        }
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
    @inline(__always) private static func isPossessive(_ text: ScalarView, _ i: Int, _ end: Int) -> Bool {
        guard text[i].isApostrophe, text[i + 1] == "s" || text[i + 1] == "S" else { return false }
        return i + 2 >= end || !text[i + 2].isLetterOrDigit
    }
}
