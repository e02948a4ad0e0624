/// A word, number or punctuation mark inside a sentence.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable {
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
/// each stage reads the tokens through `scan` (most through `TokenStore`'s replay of it),
/// as an array, or turned into its own token type on the way (`TimeTokens`).
public enum Tokenizer {
    public static func tokens(_ text: PackedScalars, in span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        // About one token per five characters of English: one allocation instead of a growth series.
        tokens.reserveCapacity(span.length / 4 + 4)
        text.withView { scan($0, in: span) { tokens.append($0) } }
        return tokens
    }

    /// The one scan: hands each token of the span, in order, to `emit`.
    ///
    /// It reads the 16-bit units: ASCII is classed by `ASCIIUnit`, and only a unit ≥ 128
    /// (one in a few hundred in English news) is turned into a scalar for its properties.
    /// The commonest tokens take a straight path, inlined into each stage: a word of fewer
    /// than sixteen ASCII letters or digits, found from eight units classed at once (sixteen
    /// for a longer word), that a space or a mark that joins nothing ends, and an ASCII mark.
    /// Longer words, words with joiners or other scalars, and the text's last few units go
    /// out of line (`wordEnd`, `firstToken`).
    @inline(__always)
    static func scan(_ text: ScalarView, in span: TextSpan, _ emit: (Token) -> Void) {
        scanMarkingShortWords(text, in: span) { token, _ in emit(token) }
    }

    /// The same scan, telling `emit` too whether the token is a short plain word: a word or
    /// number of fewer than eight units, each an ASCII letter or digit, with sixteen units
    /// readable from its start (the straight path's commonest token, which `TokenStore`
    /// numbers without testing its units again).
    @inline(__always)
    static func scanMarkingShortWords(_ text: ScalarView, in span: TextSpan, _ emit: (Token, _ shortPlain: Bool) -> Void) {
        let units = text.units
        var i = span.start
        let end = span.end
        // The last place sixteen units can be read from (negative in a text shorter than
        // sixteen): a longer word's second eight need no test of their own, nor does a short
        // word's numbering (`WordNumbering.number(shortPlainWordAt:)`); the text's last
        // sixteen units take the plain way.
        let lastBlock = units.count &- 16
        while i < end {
            let token: Token
            var shortPlain = false
            if i <= lastBlock, case var run = ASCIIUnit.lettersOrDigits(units, at: i), run != 0 {
                // A word or number: the units before the first one not a letter or digit,
                // among eight or, for a longer word (one in six), sixteen.
                if run == 8 { run &+= ASCIIUnit.lettersOrDigits(units, at: i &+ 8) }
                var stop = i &+ run
                let next: Int
                if stop >= end {
                    stop = end
                    next = end
                    shortPlain = run < 8
                } else if run == 16 {
                    stop = wordEnd(text, from: stop, end)
                    next = stop
                } else {
                    // The space after a word is skipped with it: most tokens start a word.
                    let unit = units[stop]
                    if unit == 0x20 {
                        next = stop &+ 1
                        shortPlain = run < 8
                    } else {
                        if endsWord(unit, at: stop, units, end) {
                            shortPlain = run < 8
                        } else {
                            stop = wordEnd(text, from: stop, end)
                        }
                        next = stop
                    }
                }
                token = Token(span: TextSpan(inside: i, stop), kind: ASCIIUnit.isDigit(units[i]) ? .number : .word)
                i = next
            } else if i <= lastBlock, case let unit = units[i], unit < 128 {
                if ASCIIUnit.isSpace(unit) { i &+= 1; continue }
                token = Token(span: TextSpan(inside: i, i &+ 1), kind: .punctuation)
                // And the space after a mark (inside the text: sixteen units are).
                i &+= units[i &+ 1] == 0x20 ? 2 : 1
            } else {
                guard let found = firstToken(text, from: i, end) else { return }
                token = found
                i = found.end
            }
            emit(token, shortPlain)
        }
    }

    /// Whether the word that `unit`, not an ASCII letter or digit, follows ends before it:
    /// `unit` is ASCII and cannot join the word to a letter or digit after it.
    @inline(__always) private static func endsWord(_ unit: UInt16, at i: Int, _ units: UnsafeBufferPointer<UInt16>,
                                                   _ end: Int) -> Bool {
        guard unit < 64 else { return unit < 128 }
        // Bit `u` for the ASCII joiners below 64: ' - . & always, , : after a digit.
        let joiners: UInt64 = ASCIIUnit.isDigit(units[i &- 1]) ? 0x0400_70C0_0000_0000 : 0x0000_60C0_0000_0000
        return joiners >> UInt64(unit) & 1 == 0 || i &+ 1 >= end
    }

    /// The first token from `i` on, the plain way: for a scalar ≥ 128 and the text's last units.
    @inline(never) private static func firstToken(_ text: ScalarView, from i: Int, _ end: Int) -> Token? {
        let units = text.units
        var i = i
        while i < end {
            let first = units[i]
            if first < 128 {
                if !ASCIIUnit.isLetterOrDigit(first) {
                    if !ASCIIUnit.isSpace(first) { return Token(span: TextSpan(inside: i, i + 1), kind: .punctuation) }
                    i += 1
                    continue
                }
            } else {
                let c = text[i]
                if isSpace(c) { i += 1; continue }
                if !isLetter(c) { return Token(span: TextSpan(inside: i, i + 1), kind: .punctuation) }
            }
            return Token(span: TextSpan(inside: i, wordEnd(text, from: i + 1, end)), kind: ASCIIUnit.isDigit(first) ? .number : .word)
        }
        return nil
    }

    /// Where the word whose units before `i` are letters or digits ends: at `end` at the latest.
    ///
    /// The unit at `i` is tested first: most calls come for a joiner or a scalar ≥ 128 there.
    @inline(never) private static func wordEnd(_ text: ScalarView, from i: Int, _ end: Int) -> Int {
        let units = text.units
        var i = i
        while i < end {
            let unit = units[i]
            if unit < 128 ? ASCIIUnit.isLetterOrDigit(unit) : continuesWord(text[i]) {
                // Most letters are ASCII: eight at a time, without a hard-to-predict branch at each.
                i += i + 8 <= units.count ? max(1, ASCIIUnit.lettersOrDigits(units, at: i)) : 1
                continue
            }
            // The unit at i ends the run of letters, unless it joins it to another one.
            guard i + 1 < end, isJoiner(unit, digits: ASCIIUnit.isDigit(units[i - 1])),
                  isLetterOrDigit(text, i + 1), !isPossessive(text, i, end) else { break }
            i += 2
        }
        return min(i, end)
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
