import Testing
@testable import BriefingCore

@Suite("Summary text")
struct SummaryTextTests {
    /// Two summaries written one after the other into a buffer, as the analysis writes them.
    private func written(_ texts: [String]) -> [SummaryText] {
        let buffer = UTF8Buffer(capacity: 1)
        return texts.map { text in
            buffer.beginText()
            buffer.append(PackedScalars(text), 0, PackedScalars(text).count)
            let range = buffer.current
            return .written(buffer, start: Int32(range.lowerBound), end: Int32(range.upperBound))
        }
    }

    @Test("a written summary reads back as its text, each apart from the next")
    func readsBack() {
        let texts = ["met Kallas in Brussels", "signed the café's naïve 👍🏽 deal", ""]
        let summaries = written(texts)
        #expect(summaries.map(\.string) == texts)
        for (summary, text) in zip(summaries, texts) {
            #expect(summary.withUTF8 { Array($0) } == Array(text.utf8))
        }
    }

    @Test("equal and hashed by text, however it is held")
    func equalByText() {
        let summary = written(["met Kallas", "met Lammy"])
        #expect(summary[0] == .string("met Kallas"))
        #expect(summary[0].hashValue == SummaryText.string("met Kallas").hashValue)
        #expect(summary[0] != summary[1])
        #expect(summary[1] != .string("met Kallas"))
    }

    @Test("an entry's summary is its text, made by the public initialiser or by the analysis")
    func entrySummary() {
        let made = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil, actors: [], summary: "met Kallas")
        let analysed = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil, actors: [],
                                     summaryText: written(["met Kallas"])[0])
        #expect(analysed.summary == "met Kallas")
        #expect(made == analysed)
    }

    @Test("an entry keeps its numbers, a missing time included, in 40 bytes")
    func compactEntry() {
        let entry = TimelineEntry(sentence: 123_456, order: 99_999, relation: .future, time: 0, actors: ["a"],
                                  summary: "met Kallas")
        #expect(entry.sentence == 123_456 && entry.order == 99_999 && entry.time == 0 && entry.relation == .future)
        let timeless = TimelineEntry(sentence: 1, order: 2, relation: nil, time: nil, actors: [], summary: "")
        #expect(timeless.time == nil && timeless.relation == nil && timeless.summary == "")
        #expect(entry != timeless)
        #expect(MemoryLayout<TimelineEntry>.stride <= 40)
    }

    @Test("canonically equivalent summaries are equal, with equal hashes, however they are held")
    func canonicalEquivalence() {
        let precomposed = written(["caf\u{E9}"])[0]
        let decomposed = SummaryText.string("cafe\u{301}")
        #expect(precomposed == decomposed)
        #expect(precomposed.hashValue == decomposed.hashValue)
    }
}
