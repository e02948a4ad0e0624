/// Indexes of candidates by a hash of theirs (`ActorCandidate.repeatHash`), for finding the
/// earlier candidate a new one repeats: a `[String: Int]` of the first candidate of each key
/// hashed every candidate's key with SipHash, which was most of the cost of setting repeats aside.
///
/// Slots hold the hash (never 0; 0 marks an empty slot) and the index, side by side: in two
/// arrays, a probe of a large document's table missed the cache in each. Entries with the
/// same hash are told apart by the caller's test, so a collision costs a probe, never a wrong answer.
struct EarlierCandidates {
    private struct Slot {
        var hash: UInt64
        var index: Int32
    }

    private var slots = [Slot](repeating: Slot(hash: 0, index: 0), count: 64)
    private var used = 0

    /// The index stored with `hash` that `isKey` accepts, if any.
    func index(hash: UInt64, where isKey: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var i = hashSlot(hash, mask)
        while slots[i].hash != 0 {
            if slots[i].hash == hash, isKey(Int(slots[i].index)) { return Int(slots[i].index) }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(hash: UInt64, _ index: Int) {
        if (used + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = hashSlot(hash, mask)
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: hash, index: Int32(index))
        used += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, index: 0), count: old.count * 2)
        used = 0
        for slot in old where slot.hash != 0 { insert(hash: slot.hash, Int(slot.index)) }
    }
}
