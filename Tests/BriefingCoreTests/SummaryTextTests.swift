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
}
