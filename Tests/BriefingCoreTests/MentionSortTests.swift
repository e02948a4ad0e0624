import Testing
@testable import BriefingCore

@Suite("Sentence mention order")
struct MentionSortTests {
    /// The insertion sort of a sentence's few mentions orders them as the library's sort did.
    @Test func fewMentionsSortAsTheLibrarySorts() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let count = 2 + random.next(TimelinePass.fewMentions - 1)
            var mentions = (0..<count).map { _ in
                let start = random.next(6)
                return ActorMention(span: TextSpan(start, start + random.next(3)),
                                    actor: random.next(4))
            }
            let expected = mentions.sorted { ($0.span, $0.actor) < ($1.span, $1.actor) }
            mentions.withUnsafeMutableBufferPointer(TimelinePass.insertionSort)
            #expect(mentions.map(\.span) == expected.map(\.span))
            #expect(mentions.map(\.actor) == expected.map(\.actor))
        }
    }
}
