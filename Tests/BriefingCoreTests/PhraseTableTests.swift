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

@Suite("Phrases remembered by run")
struct PhraseRunMemoTests {
    private func word(_ number: UInt16) -> ScannedWord {
        let form = WordForm(key: 7, exactUnit: -1, stemUnit: -1, zipf: 30, isStop: false, isKnown: true,
                            shape: .lower, suffix: 0, length: 1, hasCapital: false, hasHyphen: false, lowerInitialMixed: false,
                            startsWithLetter: true, isYear: false)
        return ScannedWord(span: TextSpan(0, 1), form: form, number: number, ambiguousCase: false, isName: false)
    }

    @Test("a run's key is its words' numbers in order, and 0 when a word has none")
    func runKeys() {
        let words = [word(17), word(4_095), word(3), word(0), word(17)]
        words.withUnsafeBufferPointer { words in
            #expect(PhraseTable.runKey(words, 0..<1) == 17)
            #expect(PhraseTable.runKey(words, 0..<3) == 17 | 4_095 << 12 | 3 << 24)
            #expect(PhraseTable.runKey(words, 1..<3) != PhraseTable.runKey(words, 0..<2))
            #expect(PhraseTable.runKey(words, 2..<4) == 0 && PhraseTable.runKey(words, 3..<5) == 0)
        }
    }

    @Test("a run's phrase is found once remembered, and forgotten when a full table drops phrases")
    func remembersUntilRoomIsMade() {
        var table = PhraseTable(limit: 2)
        let single: UInt64 = 17, run: UInt64 = 17 | 4_095 << 12 | 3 << 24
        #expect(table.phrase(ofRun: single) == -1 && table.phrase(ofRun: run) == -1)
        table.remember(5, ofRun: single)
        table.remember(9, ofRun: run)
        #expect(table.phrase(ofRun: single) == 5 && table.phrase(ofRun: run) == 9)
        #expect(table.phrase(ofRun: run ^ 1 << 24) == -1)
        // Two phrases, none with an occurrence: a full table drops both.
        var evidence = TopicEvidence()
        evidence.phraseWordStart = [0, 0, 0]
        evidence.phraseIsProductLike = [false, false]
        var occurrences = ChunkedArray<PhraseOccurrence>.Builder()
        table.makeRoom(&evidence, occurrences: &occurrences)
        #expect(evidence.phraseCount == 0)
        #expect(table.phrase(ofRun: single) == -1 && table.phrase(ofRun: run) == -1)
    }
}
