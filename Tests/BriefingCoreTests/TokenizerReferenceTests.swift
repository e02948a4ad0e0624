import Testing
@testable import BriefingCore

/// The tokenizer's rules written plainly over scalars, as the fast scan over units must keep them.
private enum ReferenceTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let end = scalars.count
        func isJoiner(_ c: Unicode.Scalar, digits: Bool) -> Bool {
            switch c.value {
            case 0x27, 0x2019, 0x2D, 0x2E, 0x26, 0x2010, 0x2011: return true
            case 0x2C, 0x3A: return digits
            default: return false
            }
        }
        func isPossessive(_ i: Int) -> Bool {
            guard scalars[i].isApostrophe, scalars[i + 1] == "s" || scalars[i + 1] == "S" else { return false }
            return i + 2 >= end || !scalars[i + 2].isLetterOrDigit
        }
        while i < end {
            let c = scalars[i]
            if c.isSpace { i += 1; continue }
            guard c.isLetterOrDigit else {
                tokens.append(Token(span: TextSpan(i, i + 1), kind: .punctuation))
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < end {
                let d = scalars[i]
                if d.isLetterOrDigit || (d.value >= 0x300 && d.properties.generalCategory == .nonspacingMark) {
                    i += 1
                } else if i + 1 < end, isJoiner(d, digits: scalars[i - 1].isDigit),
                          scalars[i + 1].isLetterOrDigit, !isPossessive(i) {
                    i += 2
                } else {
                    break
                }
            }
            tokens.append(Token(span: TextSpan(start, i), kind: c.isDigit ? .number : .word))
        }
        return tokens
    }
}

@Suite("Tokenizer against a plain reference")
struct TokenizerReferenceTests {
    /// Letters, digits and everything that sits at a word's edge, ASCII and not.
    static let pieces: [String] = [
        "a", "Z", "s", "S", "x", "7", "0", "'", "\u{2019}", "-", ".", ",", ":", "&", "\u{2010}", "\u{2011}",
        " ", "\n", "\t", "\u{00A0}", "\u{2028}", "é", "ß", "Ⅻ", "ǅ", "日", "\u{301}", "\u{308}", "\u{200D}",
        "👍", "👨‍👩‍👧", "\u{1D400}", "\u{10400}", "\"", "(", "!", "?", "…", "\u{2013}", "_", "@", "[", "`", "{",
        "word", "Canada's", "1,000", "10:30", "U.S.", "co-op", "naïve", "ABCDEFGHIJ", "abcdefghijklmnop",
        // Words about the scan's blocks of eight units: shorter, as long, one longer, twice as long.
        "abcdefg", "Abcdefgh", "abcdefghi", "1234567", "12345678", "abcdefghijklmnopq", "e\u{301}tude", "ca\u{301}",
    ]

    @Test("gives the reference's tokens on generated text", arguments: 0..<40)
    func generated(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed) &+ 7)
        var string = ""
        for _ in 0..<400 {
            string += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
        }
        let text = SourceText(string)
        let scalars = Array(string.unicodeScalars)
        #expect(Tokenizer.tokens(text.scalars, in: TextSpan(0, text.count)) == ReferenceTokenizer.tokens(scalars))
        // Spans that start and end inside words, so runs are cut short by the span's end.
        for start in stride(from: 0, to: scalars.count, by: 37) {
            let end = min(scalars.count, start + 1 + Int(generator.next() % 40))
            let expected = ReferenceTokenizer.tokens(Array(scalars[start..<end]))
                .map { Token(span: TextSpan($0.start + start, $0.end + start), kind: $0.kind) }
            #expect(Tokenizer.tokens(text.scalars, in: TextSpan(start, end)) == expected, "\(start)..<\(end)")
        }
    }

    /// Every span of short texts, so each block of eight units the scan reads is cut at every
    /// place by the span's start and end, and by the text's end, which no block may pass.
    @Test("gives the reference's tokens on every span of short texts", arguments: 0..<24)
    func everySpan(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed) &+ 1_000)
        var string = ""
        for _ in 0..<(4 + seed % 8) {
            string += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
        }
        let text = SourceText(string)
        let scalars = Array(string.unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                let expected = ReferenceTokenizer.tokens(Array(scalars[start..<end]))
                    .map { Token(span: TextSpan($0.start + start, $0.end + start), kind: $0.kind) }
                #expect(Tokenizer.tokens(text.scalars, in: TextSpan(start, end)) == expected, "\(string): \(start)..<\(end)")
            }
        }
    }
}
