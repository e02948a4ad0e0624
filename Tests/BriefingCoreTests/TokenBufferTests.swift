import Testing
@testable import BriefingCore

@Suite("Tokenizer into a reused buffer")
struct TokenBufferTests {
    func same(_ string: String) -> Bool {
        let text = SourceText(string)
        let span = TextSpan(0, text.count)
        let shared = Tokenizer.tokens(text.scalars, in: span)
        var mine: [Token] = []
        text.scalars.withView { view in Tokenizer.gather(into: &mine) { Tokenizer.scan(view, in: span, $0) } }
        return shared == mine
    }

    @Test("gives the array form's tokens on tricky text")
    func tricky() {
        for string in [
            "Canada's new Prime Minister", "O'Leary’s 30-day co-operation", "1,000 and 3.5 and 10:30, a,b",
            "U.S. A380 737-800 $269m", "café naïve e\u{301}te 日本語 👍🏽", "end's", "s's'", "a--b a-'b", "",
            "  \t\n ", "x", "’s ’S 's", "Wal - Mart", "&&& a&b", "\u{2010}\u{2011}a\u{2011}b", "Ⅻ ǅ",
        ] {
            #expect(same(string), "\(string)")
        }
    }

    @Test("gives the array form's tokens on the sample and on random text", arguments: 0..<30)
    func random(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed) &+ 99)
        var string = BriefingAnalyzer.sampleText.prefix(seed * 20).description
        for _ in 0..<200 {
            string += TopicInvariantTests.pieces[Int(generator.next() % UInt64(TopicInvariantTests.pieces.count))]
        }
        #expect(same(string))
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    private func texts(_ string: String) -> [String] {
        let text = SourceText(string)
        return Tokenizer.tokens(text.scalars, in: TextSpan(0, text.count)).map { text.slice($0.span) }
    }

    @Test func wordsKeepInnerJoinersAndSplitPossessives() {
        #expect(texts("Canada's O'Leary co-operation U.S. AT&T") ==
                ["Canada", "'", "s", "O'Leary", "co-operation", "U.S", ".", "AT&T"])
    }

    @Test func numbersKeepDigitCommasColonsAndHyphens() {
        #expect(texts("1,000 at 15:00, a 30-day 737-800; a,b") ==
                ["1,000", "at", "15:00", ",", "a", "30-day", "737-800", ";", "a", ",", "b"])
    }

    @Test func combiningMarksStayInTheirWord() {
        #expect(texts("e\u{301}te\u{301} naïve") == ["e\u{301}te\u{301}", "naïve"])
    }
}
