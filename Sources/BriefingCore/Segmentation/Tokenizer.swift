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
    ///
    /// The tokens are gathered on the stack and appended a batch at a time: appended one by
    /// one, each cost the array a uniqueness check (a call) and a capacity check.
    public static func tokens(_ text: ScalarView, in span: TextSpan, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        withUnsafeTemporaryAllocation(of: Token.self, capacity: batchSize) { batch in
            let base = batch.baseAddress!
            var n = 0
            scan(text, in: span) { t in
                (base + n).initialize(to: t)
                n &+= 1
                if n == batchSize {
                    tokens.append(contentsOf: UnsafeBufferPointer(batch))
                    n = 0
                }
            }
            tokens.append(contentsOf: UnsafeBufferPointer(start: base, count: n))
        }
    }

    /// Tokens appended at once by `tokens(_:in:into:)`: most sentences' tokens, in 768 bytes of stack.
    private static let batchSize = 64

    /// The one scan: hands each token of the span, in order, to `emit`.
    ///
    /// It reads the 16-bit units: ASCII is classed by `ASCIIUnit`, and only a unit ≥ 128
    /// (one in a few hundred in English news) is turned into a scalar for its properties.
    @inline(__always)
    static func scan(_ text: ScalarView, in span: TextSpan, _ emit: (Token) -> Void) {
        let units = text.units
        var i = span.start
        let end = span.end
        while i < end {
            let first = units[i]
            if first < 128 {
                // A word's first letter is asked about first: the space after a word is
                // skipped with it, below, so here most units start a word.
                if !ASCIIUnit.isLetterOrDigit(first) {
                    if !ASCIIUnit.isSpace(first) { emit(Token(span: TextSpan(inside: i, i + 1), kind: .punctuation)) }
                    i += 1
                    continue
                }
            } else {
                let c = text[i]
                if isSpace(c) { i += 1; continue }
                if !isLetter(c) {
                    emit(Token(span: TextSpan(inside: i, i + 1), kind: .punctuation))
                    i += 1
                    continue
                }
            }
            let start = i
            i += 1
            var spaceAfter = false
            while i < end {
                let unit: UInt16
                // Most words are ASCII: their letters are skipped eight at a time, which
                // also spares a hard-to-predict branch at every letter.
                if i + 8 <= units.count, case let (low, high) = (ASCIIUnit.four(units, at: i), ASCIIUnit.four(units, at: i + 4)),
                   ASCIIUnit.allASCII(low | high) {
                    let run = ASCIIUnit.lettersOrDigits(low, high)
                    i += run
                    if i >= end { i = end; break }
                    if run == 8 { continue }
                    unit = units[i]
                } else {
                    unit = units[i]
                    if unit < 128 ? ASCIIUnit.isLetterOrDigit(unit) : continuesWord(text[i]) { i += 1; continue }
                }
                // The unit at i ends the run of letters, unless it joins it to another one; a
                // space, the commonest end of a word, never does.
                if unit == 0x20 {
                    spaceAfter = true
                    break
                }
                if i + 1 < end, isJoiner(unit, digits: ASCIIUnit.isDigit(units[i - 1])),
                   isLetterOrDigit(text, i + 1), !isPossessive(text, i, end) {
                    i += 2
                } else {
                    break
                }
            }
            emit(Token(span: TextSpan(inside: start, i), kind: ASCIIUnit.isDigit(first) ? .number : .word))
            if spaceAfter { i += 1 }
        }
    }

    /// A letter, digit or combining mark (a scalar ≥ 128): "e\u{301}" is one word.
    @inline(never) private static func continuesWord(_ c: Unicode.Scalar) -> Bool {
        c.isLetter || (c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark)
    }

    @inline(__always) private static func isLetterOrDigit(_ text: ScalarView, _ i: Int) -> Bool {
        let unit = text.units[i]
        return unit < 128 ? ASCIIUnit.isLetterOrDigit(unit) : isLetter(text[i])
    }

    // Tests of a scalar ≥ 128, out of line like `continuesWord`: inlined, their
    // `Unicode.Scalar.Properties` made every scan look up its type metadata first.
    @inline(never) private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.isSpace }
    @inline(never) private static func isLetter(_ c: Unicode.Scalar) -> Bool { c.isLetter }

    /// Units that join two alphanumeric runs into one token; a comma only between digits ("1,000").
    /// (The astral mark is none of them, nor is any scalar above U+FFFF.)
    @inline(__always) private static func isJoiner(_ unit: UInt16, digits: Bool) -> Bool {
        switch unit {
        case 0x27, 0x2019, 0x2D, 0x2E, 0x26, 0x2010, 0x2011: return true
        case 0x2C, 0x3A: return digits
        default: return false
        }
    }

    /// "Canada's": the apostrophe and "s" are split off so the name stands alone.
    @inline(__always) private static func isPossessive(_ text: ScalarView, _ i: Int, _ end: Int) -> Bool {
        let units = text.units
        guard units[i] == 0x27 || units[i] == 0x2019, units[i + 1] == 0x73 || units[i + 1] == 0x53 else { return false }
        return i + 2 >= end || !isLetterOrDigit(text, i + 2)
    }
}
