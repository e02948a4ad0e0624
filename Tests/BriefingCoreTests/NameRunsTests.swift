import Testing
@testable import BriefingCore

/// Runs found into memory reused from sentence to sentence must be those found into fresh
/// memory, also after a sentence longer than the memory had room for.
@Suite("Name runs")
struct NameRunsTests {
    @Test func reusedMemoryFindsWhatFreshMemoryFinds() {
        let long = (0..<90).map { $0 % 3 == 0 ? "Dadvlw Gakhqcr" : "and" }.joined(separator: " ")
        let text = "Bank of England met Wal - Mart. " + long + ". The UK Foreign Secretary David Lammy spoke. It rained."
        let source = SourceText(text)
        let sentences = BriefingAnalyzer.segment(source, date: nil).sentences
        var words = SentenceWords(source.scalars)
        let reused = NameRuns()
        var found = 0
        for sentence in sentences {
            words.load(sentence)
            NameRunFinder.runs(words, into: reused)
            let fresh = NameRuns()
            NameRunFinder.runs(words, into: fresh)
            #expect(reused.runs.map(\.words) == fresh.runs.map(\.words))
            #expect(reused.runs.map(\.first) == fresh.runs.map(\.first) && reused.runs.map(\.last) == fresh.runs.map(\.last))
            #expect(Array(reused.words) == Array(fresh.words))
            #expect(reused.runs.last?.words.upperBound ?? 0 == reused.words.count)
            found += reused.runs.count
        }
        #expect(found > 30)
    }

    /// A run keeps what it is given, in 24 bytes.
    @Test func aRunKeepsItsFields() {
        let run = NameRun(words: 3..<7, first: 12, last: 19, start: 1_000_000, end: 1_000_042)
        #expect(run.words == 3..<7 && run.first == 12 && run.last == 19)
        #expect(run.start == 1_000_000 && run.end == 1_000_042)
        #expect(MemoryLayout<NameRun>.stride == 24)
    }
}
