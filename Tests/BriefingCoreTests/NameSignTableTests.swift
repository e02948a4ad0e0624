import Testing
@testable import BriefingCore

@Suite("Name sign table")
struct NameSignTableTests {
    @Test("each key keeps its own signs through growth, as a dictionary of bits would")
    func answersAsADictionary() {
        var random = SeededRandom(seed: 5)
        var table = NameSignTable()
        var expected: [UInt64: Int32] = [:]
        // Keys side by side (1, 2, 3…: differing in their low bits, beside the sign bits)
        // and spread ones, far more than the first table holds.
        let keys = (1..<6_000).map { UInt64($0) } + (0..<6_000).map { _ in UInt64(random.next(1 << 40) + 1) &* 0x2545_F491_4F6C_DD1D }
        for _ in 0..<30_000 {
            let key = keys[random.next(keys.count)]
            let sign = random.next(2) == 0 ? NameSign.seenAsName : NameSign.seenInName
            table.insert(key, sign)
            expected[key, default: 0] |= sign
        }
        #expect(table.count == expected.count)
        for key in keys { #expect(table.signs(key) == expected[key] ?? 0) }
        #expect(table.signs(0xFFFF_FFFF_FFFF) == 0)
    }
}
