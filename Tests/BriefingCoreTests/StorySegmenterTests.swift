import Testing
@testable import BriefingCore

@Suite("Story segmentation")
struct StorySegmenterTests {
    private func stories(_ text: String) -> [Int] {
        BriefingAnalyzer.analyze(text).sentences.map(\.story)
    }

    @Test func discourseCuesOpenStories() {
        let text = """
            Ministers met in London. They agreed a plan.
            In a separate development, the bank raised rates. Markets fell.
            Meanwhile, storms hit the coast. Elsewhere, a strike ended. Separately, talks resumed.
            """
        #expect(stories(text) == [0, 0, 1, 1, 2, 3, 4])
    }

    @Test func newsSectionCue() {
        #expect(stories("Talks began. In regulatory news, the bank held rates. Analysts agreed.") == [0, 1, 1])
        #expect(stories("Talks began. In anticipation of the talks, aides met.") == [0, 0])
    }

    @Test func headingLinesOpenStoriesAfterTheBody() {
        let text = "Daily briefing\n\nMarch 3, 2025\n\nRates were held. Banks agreed.\n\nWeather\n\nStorms hit. Roads closed."
        #expect(stories(text) == [0, 0, 0, 0, 1, 1, 1])
    }

    @Test func storiesCoverEverySentenceOnce() {
        let briefing = BriefingAnalyzer.analyze("Talks began. In a related context, rates rose. Prices fell. Meanwhile, snow fell.")
        #expect(briefing.stories.map(\.sentences) == [0..<1, 1..<3, 3..<4])
    }
}
