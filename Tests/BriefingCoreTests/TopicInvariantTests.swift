import Testing
@testable import BriefingCore

/// Topics hold their promises on any input: no crash, keywords from the text, valid indexes.
@Suite("Topic invariants")
struct TopicInvariantTests {
    static let pieces = [
        "ceasefire", "Ceasefire", "tariffs", "the", "and", "of", "Boeing", "787", "A380", "30-day", "iPhone",
        "interest", "rates", "Bank", "England", "NATO", "sanctions", "airline", "jets", "said", "surrounding",
        "é", "Ünïcödé", "日本", "👍🏽", "co-operation", "O'Leary", "’s", "s", "-", "—", ".", ",", "!", "?", "\"",
        "(", ")", ":", " ", " ", " ", " ", "\n", "\n\n", "\t", "\u{301}", "\u{FFFD}", "1,000", "3.5", "$269m",
    ]

    @Test("random text", arguments: 0..<40)
    func random(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed) &* 7919 &+ 1)
        var string = ""
        for _ in 0..<Int(generator.next() % 400) {
            string += generator.pick(Self.pieces)
            if generator.next() % 3 != 0 { string += " " }
        }
        let input = topicInput(string)
        let topics = TopicModel.topics(input.text, sentences: input.sentences, stories: input.stories)
        let lower = string.lowercased()
        #expect(topics.count <= TopicRanking.Limits().maxTopics)
        for topic in topics {
            #expect(topic.weight > 0 && topic.weight <= 1)
            #expect(!topic.keywords.isEmpty)
            for keyword in topic.keywords { #expect(lower.contains(keyword.lowercased()), "\(keyword)") }
            #expect(topic.sentences.allSatisfy { $0 >= 0 && $0 < input.sentences.count })
            #expect(topic.stories.allSatisfy { $0 >= 0 && $0 < max(1, input.stories.count) })
        }
        let byStory = TopicModel.topicsByStory(input.text, sentences: input.sentences, stories: input.stories)
        #expect(byStory.count == input.stories.count)
    }

    @Test("work grows linearly with the text")
    func linear() {
        let sample = BriefingAnalyzer.sampleText
        let once = topicInput(sample)
        let many = topicInput(String(repeating: sample + "\n\n", count: 20))
        let a = TopicScanner.scan(once.text, sentences: once.sentences)
        let b = TopicScanner.scan(many.text, sentences: many.sentences)
        // Evidence is proportional to the text; distinct phrases do not grow with repetition.
        #expect(b.hits.count <= a.hits.count * 21)
        #expect(b.occurrences.count <= a.occurrences.count * 21)
        #expect(b.phraseCount <= a.phraseCount * 2)
    }
}
