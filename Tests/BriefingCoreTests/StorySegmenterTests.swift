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

    @Test("the two-unit filter lets every cue's opening through, in any case, and stops common openings")
    func cueOpeningFilter() {
        for cue in StorySegmenter.cues + [StorySegmenter.inPrefix] {
            let (a, b) = (UInt16(cue[0].value), UInt16(cue[1].value))
            #expect(StorySegmenter.mayOpenCue(a, b), "\(String(String.UnicodeScalarView(cue)))")
            #expect(StorySegmenter.mayOpenCue(a - 32, b), "capitalised \(String(String.UnicodeScalarView(cue)))")
            #expect(StorySegmenter.mayOpenCue(a - 32, b - 32), "upper case \(String(String.UnicodeScalarView(cue)))")
        }
        for opening in ["The", "He", "A ", "It", "\u{201C}In", "Île"] {
            let units = Array(opening.utf16)
            #expect(!StorySegmenter.mayOpenCue(units[0], units[1]), "\(opening)")
        }
    }
}
