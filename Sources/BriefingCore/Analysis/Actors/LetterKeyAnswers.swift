/// The answers to one yes/no question about words, remembered by `LetterKey` for a
/// document: asking the question again costs one probe of a small table.
///
/// Open addressing that grows by doubling; each slot holds the key shifted left by one
/// with the answer in bit 0 (a key has at most 60 bits, and is never 0, so no entry is 0).
/// The table lives behind a pointer so that lookups from copies of the owner, which share
/// it, write their answers without the exclusivity checks a class's stored `var`s cost.
final class LetterKeyAnswers {
    private struct Table {
        var slots: [UInt64]
        var used = 0
    }

    private let table: UnsafeMutablePointer<Table>

    init() {
        table = .allocate(capacity: 1)
        table.initialize(to: Table(slots: [UInt64](repeating: 0, count: 64)))
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    /// The remembered answer for `key` (not 0), or `ask()`'s, remembered.
    @inline(__always) func answer(_ key: UInt64, _ ask: () -> Bool) -> Bool {
        let mask = table.pointee.slots.count - 1
        var i = hashSlot(key, mask)
        while true {
            let entry = table.pointee.slots[i]
            if entry == 0 { break }
            if entry >> 1 == key { return entry & 1 == 1 }
            i = (i + 1) & mask
        }
        let answer = ask()
        insert(key << 1 | (answer ? 1 : 0))
        return answer
    }

    private func insert(_ entry: UInt64) {
        if (table.pointee.used + 1) * 2 > table.pointee.slots.count {
            let old = table.pointee.slots
            table.pointee.slots = [UInt64](repeating: 0, count: old.count * 2)
            table.pointee.used = 0
            for e in old where e != 0 { place(e) }
        }
        place(entry)
    }

    private func place(_ entry: UInt64) {
        let mask = table.pointee.slots.count - 1
        var i = hashSlot(entry >> 1, mask)
        while table.pointee.slots[i] != 0 { i = (i + 1) & mask }
        table.pointee.slots[i] = entry
        table.pointee.used += 1
    }
}
