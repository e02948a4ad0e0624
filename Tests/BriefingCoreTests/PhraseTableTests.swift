import Foundation
import Testing
@testable import BriefingCore

@Suite("Phrase table limit")
struct PhraseTableTests {
    /// `count` distinct made-up words, each a sentence of its own ("qzvkt."), with
    /// "ceasefire proposal" every tenth sentence: one frequent phrase in a flood of unique ones.
    private func flood(_ count: Int) -> (text: String, repeats: Int) {
        var random = SeededRandom(seed: 42)
        let letters = Array("bcdfghjklmnpqrstvwxz")
        var seen = Set<String>()
        var text = "Ceasefire talks\n\n"
        var repeats = 0
        while seen.count < count {
            let word = String((0..<(5 + random.next(4))).map { _ in random.pick(letters) })
            guard seen.insert(word).inserted else { continue }
            text += word + ". "
            if seen.count % 10 == 0 {
                text += "They discussed the ceasefire proposal. "
                repeats += 1
            }
        }
        return (text, repeats)
    }

    @Test("an all-unique text keeps at most the limit, and the frequent phrase whole")
    func floodIsBounded() throws {
        let (text, repeats) = flood(3000)
        let input = topicInput(text)
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences, phraseLimit: 64)
        let unlimited = TopicScanner.scan(input.text, sentences: input.sentences, phraseLimit: 1 << 20)
        #expect(unlimited.phraseCount > 3000)
        #expect(evidence.phraseCount <= 64)
        #expect(evidence.occurrences.count < 64 + repeats * 2)
        // Every reference stays in range, and the occurrences kept are the unlimited scan's, in its order.
        #expect(evidence.occurrences.allSatisfy { Int($0.phrase) < evidence.phraseCount })
        #expect(evidence.phraseWords.allSatisfy { Int($0.id) < evidence.wordCount })
        var all = unlimited.occurrences.map(\.span).makeIterator()
        #expect(evidence.occurrences.allSatisfy { kept in
            while let span = all.next() { if span == kept.span { return true } }
            return false
        })
        let proposals = evidence.occurrences.filter { input.text.slice($0.span) == "ceasefire proposal" }
        #expect(proposals.count == repeats)
        let topics = TopicRanking.rank(evidence, input.text, hits: evidence.hits.indices,
                                       occurrences: evidence.occurrences.indices)
        #expect(topics.contains { $0.label == "ceasefire proposal" })
    }

    @Test("news is far from filling the table: the 60 MEANTIME articles have some 2,000 phrases",
          .enabled(if: !MeantimeCorpus.articles.isEmpty, "skipped: no MEANTIME corpus beside the package"))
    func newsStaysUnder() throws {
        let text = try MeantimeCorpus.articles.map { try String(contentsOf: $0, encoding: .utf8) }
            .joined(separator: "\n\n")
        let input = topicInput(text)
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
        #expect(evidence.phraseCount * 8 < PhraseTable.defaultLimit)
    }
}
