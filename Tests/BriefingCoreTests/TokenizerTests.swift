import Testing
@testable import BriefingCore

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
