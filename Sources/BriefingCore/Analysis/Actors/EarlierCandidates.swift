/// Indexes of candidates by a hash of theirs (`ActorCandidate.repeatHash`), for finding the
/// earlier candidate a new one repeats: a `[String: Int]` of the first candidate of each key
/// hashed every candidate's key with SipHash, which was most of the cost of setting repeats aside.
///
/// Slots hold the hash's top 32 bits (never 0; 0 marks an empty slot, and the slot is found
/// from them alone) and the index, side by side: in two arrays, a probe of a large document's
/// table missed the cache in each. Entries with the same hash are told apart by the caller's
/// test, so a collision costs a probe, never a wrong answer. Eight bytes a slot: most repeats
/// are found without a probe, by the last candidate kept of their strings
/// (`NameStrings.lastKept`), which is not put here until a later one displaces it
/// (`ActorRecognizer.setAsideRepeats`), so the slots keep nothing to tell one without the
/// caller's test, which took eight bytes more each, and a text of distinct names puts
/// next to none (one of 220,000 names held 5.1 MB).
///
/// Any number of slots (`slotInRange`), kept at most 3/4 full and grown by half: a text of
/// 220,000 distinct names held 2^19 slots when a power of two kept at most half full.
struct EarlierCandidates {
    private struct Slot {
        var tag: UInt32
        var index: Int32
    }

    private var slots = [Slot](repeating: Slot(tag: 0, index: 0), count: 64)
    private var used = 0

    /// The index stored with `hash` that `isKey` accepts, if any.
    func index(hash: UInt64, where isKey: (Int) -> Bool) -> Int? {
        let tag = Self.tag(hash)
        var i = slotInRange(tag, slots.count)
        while slots[i].tag != 0 {
            if slots[i].tag == tag, isKey(Int(slots[i].index)) { return Int(slots[i].index) }
            i = slotAfter(i, slots.count)
        }
        return nil
    }

    mutating func insert(hash: UInt64, _ index: Int) {
        put(Slot(tag: Self.tag(hash), index: Int32(index)))
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
        slots = [Slot](repeating: Slot(tag: 0, index: 0), count: old.count + old.count / 2)
        used = 0
        for slot in old where slot.tag != 0 { put(slot) }
    }
}
