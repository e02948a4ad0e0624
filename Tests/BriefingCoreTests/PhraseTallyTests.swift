import Testing
@testable import BriefingCore

/// The whole text's phrase tallies (`TopicRanking.tallyAllPhrases`, indexed by phrase) are the
/// tallies the path for a part of the text makes over every occurrence, in the same order.
@Suite("Phrase tallies")
struct PhraseTallyTests {
    func expectSame(_ evidence: TopicEvidence) {
        let all = TopicRanking.tallyPhrases(evidence, occurrences: evidence.occurrences.indices)
        let part = TopicRanking.tallyPhrases(evidence, inPart: evidence.occurrences.indices)
        #expect(all.count == part.count)
        #expect(all.count == evidence.phraseCount)
        for (a, b) in zip(all, part) {
            #expect(a.phrase == b.phrase)
            #expect(a.count == b.count)
            #expect(a.occurrenceScore.bitPattern == b.occurrenceScore.bitPattern)
            #expect(a.score.bitPattern == b.score.bitPattern)
            #expect(a.prominent == b.prominent && a.inHeadline == b.inHeadline && a.allNamelike == b.allNamelike)
        }
    }

    @Test("news with headlines, ledes and repeated phrases")
    func news() {
        let input = topicInput(String(repeating: BriefingAnalyzer.sampleText + "\n\n", count: 3))
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
        #expect(evidence.phraseCount > 20)
        expectSame(evidence)
    }

    @Test("a text whose phrases outgrow the table: phrases numbered again as they are dropped")
    func outgrown() {
        var text = ""
        for k in 0..<600 {
            text += "Officials weighed plan\(k) alpha\(k % 7). They discussed the ceasefire proposal. "
        }
        let input = topicInput(text)
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences, phraseLimit: 64)
        #expect(evidence.phraseCount <= 64)
        expectSame(evidence)
    }
}
