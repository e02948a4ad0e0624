@testable import BriefingCore

/// Makes the time tokens of each sentence of `text` as the analysis makes them, and hands
/// the buffer holding each sentence's tokens to `body` with whether their words were numbered: first from a
/// token store that numbers words, then from one that numbers none, and each time for every
/// sentence twice over, so a numbered word is met again and its token copied. For the tests
/// of what a token's flags say, which must hold on every one of those paths.
func forEachSentenceTimeTokens(_ text: String,
                               _ body: (_ source: SourceText, _ buffer: TimeTokenBuffer, _ numbered: Bool) -> Void) {
    let source = SourceText(text)
    let sentences = SentenceSplitter.split(source.scalars).segments.enumerated().map {
        Sentence(index: $0, span: $1.span, story: 0)
    }
    for numbered in [true, false] {
        let store = numbered ? TokenStore(length: source.count, sentenceCount: sentences.count) : TokenStore()
        let buffer = TimeTokenBuffer()
        for sentence in sentences + sentences {
            TimeTokens.make(source.scalars, sentence, store, into: buffer)
            body(source, buffer, numbered)
        }
    }
}
