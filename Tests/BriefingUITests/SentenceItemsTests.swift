import BriefingCore
import Testing
@testable import BriefingUI

/// The flattened per-sentence lists hold what a list a sentence would: each item once,
/// in item order.
@Suite struct SentenceItemsTests {
    @Test func matchesTheNaiveListsOnTheSample() {
        let b = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)
        let items = SourceIndex.SentenceItems(b)
        for s in b.sentences.indices {
            var actors: [Int] = []
            for (i, a) in b.actors.enumerated() where a.mentions.contains(where: { $0.sentence == s }) { actors.append(i) }
            #expect(Array(items.actors[s]) == actors, "sentence \(s)")
            #expect(Array(items.times[s]) == b.times.indices.filter { b.times[$0].sentence == s })
            #expect(Array(items.timeline[s]) == b.timeline.indices.filter { b.timeline[$0].sentence == s })
            #expect(Array(items.topics[s]) == b.topics.indices.filter { b.topics[$0].sentences.contains(s) })
        }
        #expect(b.actors.contains { !$0.mentions.isEmpty })
    }

    @Test func outOfRangeSentencesAreLeftOut() {
        let list = SourceIndex.PerSentence(sentences: 3) { add in
            add(0, 0); add(0, 0); add(2, 0); add(-1, 1); add(3, 1); add(2, 1); add(0, 2)
        }
        #expect(Array(list[0]) == [0, 2])
        #expect(Array(list[1]) == [])
        #expect(Array(list[2]) == [0, 1])
    }
}
