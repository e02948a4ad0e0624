import Testing
@testable import BriefingCore

@Suite("The built-in sample")
struct SampleBriefingTests {
    let briefing = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)

    @Test func sentencesAndStories() {
        #expect(briefing.sentences.count == 18)
        #expect(briefing.stories.count == 5)
        #expect(briefing.stories.map(\.sentences.count) == [8, 3, 3, 2, 2])
    }

    @Test func sentenceTextsAsAReaderSplitsThem() {
        let texts = briefing.sentences.map { briefing.text(of: $0) }
        #expect(texts[0].hasPrefix("David Lammy and Kaja Kallas engage in talks"))
        #expect(texts[9].hasPrefix("US President\nDonald Trump is reportedly"))
        #expect(texts[9].hasSuffix("resistance from the Kremlin."))
        #expect(texts[16].hasSuffix("forthcoming tax adjustments in the UK."))
        #expect(texts[17].hasPrefix("Analysts predict"))
        for text in texts {
            #expect(text.last == ".", "every sentence of the sample ends with a full stop: \(text)")
        }
    }

    @Test func titleIsTheFirstLine() {
        #expect(briefing.title?.hasPrefix("David Lammy and Kaja Kallas") == true)
        #expect(briefing.date == nil)
    }
}
