/// The answers to one yes/no question about words, remembered by `LetterKey` for a
/// document: asking the question again costs one probe of a small table.
///
/// A fixed table of 2^14 slots, each holding the last key that fell into it, shifted left by
/// one, with its answer in bit 0 (a key has at most 60 bits and is never 0, so no entry is
/// empty by mistake). Fixed, so a text of a million different words costs 128 KB like any
/// other: a key whose slot another took is asked again. The slots are memory behind a
/// pointer, so that lookups from copies of the owner, which share them, write their answers
/// without the exclusivity checks a class's stored `var`s cost.
final class LetterKeyAnswers {
    private static let count = 1 << 14
    private let slots: UnsafeMutablePointer<UInt64>

    init() {
        slots = .allocate(capacity: Self.count)
        slots.initialize(repeating: 0, count: Self.count)
    }

    deinit { slots.deallocate() }

    /// The remembered answer for `key` (not 0), or `ask()`'s, remembered.
    @inline(__always) func answer(_ key: UInt64, _ ask: () -> Bool) -> Bool {
        let i = hashSlot(key, Self.count - 1)
        let entry = slots[i]
        if entry >> 1 == key { return entry & 1 == 1 }
        let answer = ask()
        slots[i] = key << 1 | (answer ? 1 : 0)
        return answer
    }
}
