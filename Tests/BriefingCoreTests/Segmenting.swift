@testable import BriefingCore

/// The sentences of a text, as strings, for compact expectations.
func sentenceTexts(_ text: String) -> [String] {
    let briefing = BriefingAnalyzer.analyze(text)
    return briefing.sentences.map { briefing.text(of: $0) }
}
