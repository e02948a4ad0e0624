/// Indexes of candidates by a hash of theirs (`ActorCandidate.repeatHash`), for finding the
/// earlier candidate a new one repeats: a `[String: Int]` of the first candidate of each key
/// hashed every candidate's key with SipHash, which was most of the cost of setting repeats aside.
///
/// Slots hold the hash's top 32 bits (never 0; 0 marks an empty slot, and the slot is found
/// from them alone) and the index, side by side: in two arrays, a probe of a large document's
/// table missed the cache in each. Entries with the same hash are told apart by the caller's
/// test, so a collision costs a probe, never a wrong answer.
///
/// With them, each candidate's `NameFacts.serial` and `ActorCandidate.repeatSummary`: an entry
/// of the same serial and the same non-zero summary is the one sought, taken without the
/// caller's test, which reads the earlier candidate (far back in a long document, a cache
/// miss or more: its word keys and strings are on the heap). Sixteen bytes a slot.
///
/// Any number of slots (`slotInRange`), kept at most 3/4 full and grown by half: a text of
/// 220,000 distinct names held 2^19 slots (8.4 MB) when a power of two kept at most half
/// full, now 6.4 MB or fewer.
struct EarlierCandidates {
    private struct Slot {
        var tag: UInt32
        var index: Int32
        var serial: UInt32
        var summary: UInt32
    }

    private var slots = [Slot](repeating: Slot(tag: 0, index: 0, serial: 0, summary: 0), count: 64)
    private var used = 0

    /// The index stored with `hash` that `isKey` accepts, if any: without asking `isKey`, one
    /// stored with the same `serial` and `summary` when neither is 0.
    func index(hash: UInt64, serial: UInt32, summary: UInt32, where isKey: (Int) -> Bool) -> Int? {
        let tag = Self.tag(hash)
        let known = serial != 0 && summary != 0
        var i = slotInRange(tag, slots.count)
        while slots[i].tag != 0 {
            if slots[i].tag == tag {
                let index = Int(slots[i].index)
                if known && slots[i].serial == serial && slots[i].summary == summary { return index }
                if isKey(index) { return index }
            }
            i = slotAfter(i, slots.count)
        }
        return nil
    }

    mutating func insert(hash: UInt64, serial: UInt32, summary: UInt32, _ index: Int) {
        put(Slot(tag: Self.tag(hash), index: Int32(index), serial: serial, summary: summary))
    }

    private mutating func put(_ slot: Slot) {
        if (used + 1) * 4 > slots.count * 3 { grow() }
        var i = slotInRange(slot.tag, slots.count)
        while slots[i].tag != 0 { i = slotAfter(i, slots.count) }
        slots[i] = slot
        used += 1
    }

    /// The hash's top 32 bits, never 0.
    @inline(__always) private static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return tag == 0 ? 1 : tag
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(tag: 0, index: 0, serial: 0, summary: 0), count: old.count + old.count / 2)
        used = 0
        for slot in old where slot.tag != 0 { put(slot) }
    }
}
