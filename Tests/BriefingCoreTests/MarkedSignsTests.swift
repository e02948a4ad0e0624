import Testing
@testable import BriefingCore

@Suite("Marked name signs")
struct MarkedSignsTests {
    @Test("marking through the memo leaves the table that marking every time leaves")
    func sameTableAsPlainMarks() {
        var random = SeededRandom(seed: 17)
        // Few keys repeat often (memo hits), many keys share slots (memo misses and evictions).
        let keys = (0..<3_000).map { _ in UInt64(random.next(5_000) + 1) &* 0x2545_F491_4F6C_DD1D | 1 }
        let memo = MarkedSigns()
        var throughMemo = KeyTable(capacity: 16)
        var plain = KeyTable(capacity: 16)
        for _ in 0..<40_000 {
            let key = keys[random.next(random.next(2) == 0 ? 40 : keys.count)]
            let sign = random.next(2) == 0 ? NameSign.seenAsName : NameSign.seenInName
            memo.mark(key, sign, in: &throughMemo)
            plain.insertFlags(key, sign)
        }
        #expect(throughMemo.count == plain.count)
        for key in keys { #expect(throughMemo.find(key) == plain.find(key)) }
    }

    @Test("a key marked again with a new sign gains it")
    func newSignOfAMarkedKey() {
        let memo = MarkedSigns()
        var table = KeyTable(capacity: 4)
        memo.mark(42, NameSign.seenAsName, in: &table)
        memo.mark(42, NameSign.seenAsName, in: &table)
        #expect(table.find(42) == NameSign.seenAsName)
        memo.mark(42, NameSign.seenInName, in: &table)
        #expect(table.find(42) == NameSign.seenAsName | NameSign.seenInName)
    }
}
