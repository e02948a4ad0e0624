@testable import BriefingCore

/// Runs the segmentation the analyser runs, without the other stages.
func topicInput(_ string: String) -> (text: SourceText, sentences: [Sentence], stories: [Story]) {
    let text = SourceText(string)
    let segmented = BriefingAnalyzer.segment(text, date: nil)
    return (text, segmented.sentences, segmented.stories)
}

func topicsOf(_ string: String) -> [Topic] {
    let input = topicInput(string)
    return TopicModel.topics(input.text, sentences: input.sentences, stories: input.stories)
}

/// The surfaces of the candidate phrases the miner found, in text order.
func minedPhrases(_ string: String) -> [String] {
    let input = topicInput(string)
    let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
    return evidence.occurrences.map { input.text.slice($0.span) }
}

func ranked(_ string: String, limits: TopicRanking.Limits = .init()) -> [Topic] {
    let input = topicInput(string)
    let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
    return TopicRanking.rank(evidence, input.text, hits: evidence.hits.indices,
                             occurrences: evidence.occurrences.indices, limits: limits)
}
