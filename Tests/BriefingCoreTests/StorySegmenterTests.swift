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

    /// The cues as the scalars of the sentence's opening, lower-cased by ASCII, the plain way.
    private func opensPlainly(_ scalars: [Unicode.Scalar]) -> Bool {
        let lowered = scalars.map { $0.value >= 65 && $0.value <= 90 ? $0.value + 32 : $0.value }
        func opens(_ prefix: [Unicode.Scalar], at start: Int = 0) -> Bool {
            lowered.count - start >= prefix.count && prefix.indices.allSatisfy { lowered[start + $0] == prefix[$0].value }
        }
        if StorySegmenter.cues.contains(where: { opens($0) }) { return true }
        guard opens(StorySegmenter.inPrefix) else { return false }
        var words = 0, wordStart = 3
        for i in 3..<scalars.count where words <= StorySegmenter.newsSectionWords {
            if scalars[i] == " " || scalars[i] == "," {
                words += 1
                if scalars[i] == "," {
                    return words <= StorySegmenter.newsSectionWords && i - wordStart == 4 && opens(StorySegmenter.news, at: wordStart)
                }
                wordStart = i + 1
            } else if !scalars[i].isLetter && scalars[i] != "-" {
                return false
            }
        }
        return false
    }

    /// Sentences opening with each cue, cut short, changed by a character or a case, with
    /// scalars ≥ 128 and "In … news," of several lengths, read at the text's start (sixteen
    /// units read at once) and at its end (the units it has, one by one).
    @Test(arguments: 0..<8)
    func cueHeadsAgreeWithThePlainComparison(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 901)
        let openings = StorySegmenter.cues.map { String(String.UnicodeScalarView($0)) }
            + ["in regulatory news,", "in tech news, ", "in other big news,", "in a b c news,", "in 2019,", "on", "in"]
        let noise: [Unicode.Scalar] = ["x", " ", ",", "\u{E9}", "\u{2019}", "\u{1F600}", "A", "-", "\u{161}", "\u{120}"]
        for opening in openings {
            for _ in 0..<12 {
                var scalars = Array(opening.unicodeScalars).prefix(random.next(4) == 0 ? random.next(opening.count + 1) : opening.count)
                    .map { random.next(3) == 0 && $0.value >= 97 && $0.value <= 122 ? Unicode.Scalar($0.value - 32)! : $0 }
                if random.next(4) == 0, !scalars.isEmpty { scalars[random.next(scalars.count)] = random.pick(noise) }
                scalars += (0..<random.next(6)).map { _ in random.pick(noise) }
                guard scalars.count >= 2 else { continue }
                let expected = opensPlainly(scalars)
                let sentence = String(String.UnicodeScalarView(scalars))
                for text in [sentence + " and then the rest of a long enough text", "Before. " + sentence] {
                    let start = text.hasPrefix("Before. ") ? 8 : 0
                    let packed = PackedScalars(text)
                    packed.withView { view in
                        #expect(StorySegmenter.opensStory(view, TextSpan(start, start + scalars.count)) == expected,
                                "\(sentence.debugDescription)")
                    }
                }
            }
        }
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
