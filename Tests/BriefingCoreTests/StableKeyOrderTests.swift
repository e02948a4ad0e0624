import Testing
@testable import BriefingCore

@Suite("Stable order by key, by counting")
struct StableKeyOrderTests {
    /// What it stands for: a stable sort of the indices by their keys.
    func sorted(_ keys: [Double]) -> [Int32] {
        keys.indices.map { Int32($0) }.sorted { keys[Int($0)] < keys[Int($1)] }
    }

    @Test func fewKeysKeepTheirIndexOrder() {
        let keys: [Double] = [3, 1, 3, 2.5, 1, -0.5, 3, 0, -0.0, 0, 2.5]
        #expect(StableKeyOrder.order(keys) == sorted(keys))
        #expect(StableKeyOrder.order(keys) == [5, 7, 8, 9, 1, 4, 3, 10, 0, 2, 6]) // -0 and +0 together, in index order
    }

    @Test func emptyAndOne() {
        #expect(StableKeyOrder.order([]) == [])
        #expect(StableKeyOrder.order([14_000.6]) == [0])
    }

    @Test("random keys, few or many distinct", arguments: [3, 40, 5_000])
    func randomKeys(distinct: Int) {
        var generator = SeededRandom(seed: UInt64(distinct))
        let keys = (0..<3_000).map { _ in Double(generator.next() % UInt64(distinct)) * 0.1 - 7 }
        #expect(StableKeyOrder.order(keys) == sorted(keys))
    }
}
