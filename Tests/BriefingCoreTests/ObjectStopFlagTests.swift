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
        let source = SourceText(text)
        let sentences = SentenceSplitter.split(source.scalars).segments.enumerated().map {
            Sentence(index: $0, span: $1.span, story: 0)
        }
        var stops = 0
        for store in [TokenStore(length: source.count, sentenceCount: sentences.count), TokenStore()] {
            let buffer = TimeTokenBuffer()
            for sentence in sentences + sentences {
                TimeTokens.make(source.scalars, sentence, store, into: buffer)
                for tok in buffer.tokens {
                    let rule = tok.kind == .punctuation && !(tok.isPunct("'") || tok.isPunct("\u{2019}") || tok.isPunct("-"))
                        || tok.has(.objectStop)
                    #expect(tok.flags.contains(.endsObject) == rule)
                    if rule { stops += 1 }
                }
            }
        }
        #expect(stops > 0)
    }
}
