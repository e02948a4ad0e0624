import Testing
@testable import BriefingCore

@Suite("Summary mention lists")
struct MentionListTests {
    @Test("emptied by its count, refilled shorter and longer, it holds what an array would")
    func refills() {
        var list = EventSummary.MentionList()
        var generator = SeededRandom(seed: 5)
        for _ in 0..<200 {
            list.removeAll()
            #expect(list.isEmpty && list.count == 0)
            var expected: [Int] = []
            for _ in 0..<generator.next(7) {
                let mention = generator.next(50)
                list.append(mention)
                expected.append(mention)
            }
            #expect(list.count == expected.count && list.isEmpty == expected.isEmpty)
            #expect((0..<list.count).map { list[$0] } == expected)
        }
    }
}
