import Testing
@testable import BriefingCore

/// Headlines are kept until their story ends (`PendingHeading`), in storage reused from one to
/// the next: a headline mines its own words only, whether the one before was longer or shorter.
@Suite("Pending headline")
struct PendingHeadingTests {
    /// The phrases mined from the headline (first sentence) of each story, by story.
    func headlinePhrases(_ string: String) -> [[String]] {
        let input = topicInput(string)
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
        return input.stories.map { story in
            let headline = input.sentences[story.sentences.lowerBound].span
            return evidence.occurrences.filter { headline.start <= $0.span.start && $0.span.end <= headline.end }
                .map { input.text.slice($0.span) }
        }
    }

    @Test("a shorter headline after a longer one, and a longer after a shorter, mine as they would alone")
    func reusedStorage() {
        let long = "Airline orders forty new jets in record deal\n\nThe airline ordered the jets on Monday.\n\n"
        let short = "Ceasefire talks\n\nThe ceasefire talks began on Tuesday.\n\n"
        let alone = headlinePhrases(long) + headlinePhrases(short)
        #expect(alone.count == 2 && alone.allSatisfy { !$0.isEmpty })
        let both = headlinePhrases(long + short + long)
        #expect(both.count == 3)
        if both.count == 3 {
            #expect(both[0] == alone[0] && both[1] == alone[1] && both[2] == alone[0])
        }
    }
}
