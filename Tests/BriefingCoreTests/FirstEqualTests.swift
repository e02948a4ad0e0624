import Testing
@testable import BriefingCore

@Suite("First equal item")
struct FirstEqualTests {
    @Test("each item goes to the first equal one, itself when none comes before it")
    func firstOfEach() {
        let items = ["a", "b", "a", "c", "b", "b", "", "c", ""]
        let first = FirstEqual.indexes(count: items.count, hash: { items[$0].hashValue }, equal: { items[$0] == items[$1] })
        #expect(first == [0, 1, 0, 3, 1, 1, 6, 3, 6])
    }

    @Test("items whose hashes collide are still told apart, and a list larger than the first table works")
    func collidingHashes() {
        var generator = SeededRandom(seed: 3)
        let items = (0..<500).map { _ in generator.next(40) }
        // every hash equal: each item probes past all the others kept
        let first = FirstEqual.indexes(count: items.count, hash: { _ in 7 }, equal: { items[$0] == items[$1] })
        let expected = items.indices.map { Int32(items.firstIndex(of: items[$0])!) }
        #expect(first == expected)
        #expect(FirstEqual.indexes(count: 0, hash: { $0 }, equal: { $0 == $1 }).isEmpty)
    }
}
