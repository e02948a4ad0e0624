import Testing
@testable import BriefingCore

@Suite("Stable order by key, by counting")
struct StableKeyOrderTests {
    /// What it stands for: each index's place in a stable sort of the indices by their keys.
    func sortedPlaces(_ keys: [Double]) -> [Int32] {
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var places = [Int32](repeating: -1, count: keys.count)
        for (position, index) in order.enumerated() { places[index] = Int32(position) }
        return places
    }

    func places(_ keys: [Double]) -> [Int32] {
        var order = StableKeyOrder(capacity: keys.count)
        for key in keys { order.add(key) }
        return order.places()
    }

    @Test func fewKeysKeepTheirIndexOrder() {
        let keys: [Double] = [3, 1, 3, 2.5, 1, -0.5, 3, 0, -0.0, 0, 2.5]
        #expect(places(keys) == sortedPlaces(keys))
        // -0 and +0 together, in index order
        #expect(places(keys) == [8, 4, 9, 6, 5, 0, 10, 1, 2, 3, 7])
    }

    @Test func runsOfOneKey() {
        // runs, a key coming back after others, -0 after +0 and the other way round
        let keys: [Double] = [5, 5, 5, 1, 1, 5, 5, -0.0, 0, 0, -0.0, 1, 5]
        #expect(places(keys) == sortedPlaces(keys))
    }

    @Test func keysInTurns() {
        // two keys in turns, a third between them, and -0 and +0 in turns with another
        let keys: [Double] = [1, 2, 1, 2, 3, 1, 2, 3, 2, -0.0, 2, 0, -0.0, 1, 0, 1]
        #expect(places(keys) == sortedPlaces(keys))
        var order = StableKeyOrder(capacity: keys.count)
        for key in keys { order.add(key) }
        #expect(keys.indices.map(order.key) == keys.map { $0 == 0 ? 0 : $0 })
    }

    @Test func emptyAndOne() {
        #expect(places([]) == [])
        #expect(places([14_000.6]) == [0])
    }

    @Test func keysAsAdded() {
        var order = StableKeyOrder(capacity: 4)
        for key in [2.5, -0.0, 2.5, 7] { order.add(key) }
        #expect((0..<4).map(order.key) == [2.5, 0, 2.5, 7])
    }

    @Test("random keys, few or many distinct", arguments: [3, 40, 5_000])
    func randomKeys(distinct: Int) {
        var generator = SeededRandom(seed: UInt64(distinct))
        let keys = (0..<3_000).map { _ in Double(generator.next() % UInt64(distinct)) * 0.1 - 7 }
        #expect(places(keys) == sortedPlaces(keys))
    }
}
