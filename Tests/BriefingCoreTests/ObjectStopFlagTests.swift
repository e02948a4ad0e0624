import Testing
@testable import BriefingCore

@Suite("Object stop flag")
struct ObjectStopFlagTests {
    /// `.endsObject`, set as a token is made (once for a numbered word, its token copied
    /// after), says what the summaries' object once tested: punctuation other than an
    /// apostrophe or a hyphen, or a word of `WordClass.objectStop`; for words numbered and
    /// not, met first and again.
    @Test func followsTheRule() {
        let text = "Lammy met Vance in Washington, with aides - and O'Neill's team; they talked (briefly) "
            + "about 30 issues \u{2019}til late: regarding trade, since 2008. Kallas-led talks WITH Healey"
        var stops = 0
        forEachSentenceTimeTokens(text) { _, buffer, _ in
            for tok in buffer.tokens {
                let rule = tok.kind == .punctuation && !(tok.isPunct("'") || tok.isPunct("\u{2019}") || tok.isPunct("-"))
                    || tok.has(.objectStop)
                #expect(tok.flags.contains(.endsObject) == rule)
                if rule { stops += 1 }
            }
        }
        #expect(stops > 0)
    }
}
