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
        var throughMemo = NameSignTable()
        var plain = NameSignTable()
        for _ in 0..<40_000 {
            let key = keys[random.next(random.next(2) == 0 ? 40 : keys.count)]
            let sign = random.next(2) == 0 ? NameSign.seenAsName : NameSign.seenInName
            memo.mark(key, sign, in: &throughMemo)
            plain.insert(key, sign)
        }
        #expect(throughMemo.count == plain.count)
        for key in keys { #expect(throughMemo.signs(key) == plain.signs(key)) }
    }

    @Test("a key marked again with a new sign gains it")
    func newSignOfAMarkedKey() {
        let memo = MarkedSigns()
        var table = NameSignTable()
        memo.mark(42, NameSign.seenAsName, in: &table)
        memo.mark(42, NameSign.seenAsName, in: &table)
        #expect(table.signs(42) == NameSign.seenAsName)
        memo.mark(42, NameSign.seenInName, in: &table)
        #expect(table.signs(42) == NameSign.seenAsName | NameSign.seenInName)
    }
}
