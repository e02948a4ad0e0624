/// Indexes of candidates by a hash of theirs (`ActorCandidate.repeatHash`), for finding the
/// earlier candidate a new one repeats: a `[String: Int]` of the first candidate of each key
/// hashed every candidate's key with SipHash, which was most of the cost of setting repeats aside.
///
/// Slots hold the hash (never 0; 0 marks an empty slot) and the index; entries with the same
/// hash are told apart by the caller's test, so a collision costs a probe, never a wrong answer.
struct EarlierCandidates {
    private var hashes = [UInt64](repeating: 0, count: 64)
    private var indexes = [Int32](repeating: 0, count: 64)
    private var used = 0

    /// The index stored with `hash` that `isKey` accepts, if any.
    func index(hash: UInt64, where isKey: (Int) -> Bool) -> Int? {
        let mask = hashes.count - 1
        var i = hashSlot(hash, mask)
        while hashes[i] != 0 {
            if hashes[i] == hash, isKey(Int(indexes[i])) { return Int(indexes[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(hash: UInt64, _ index: Int) {
        if (used + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var i = hashSlot(hash, mask)
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = hash
        indexes[i] = Int32(index)
        used += 1
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldIndexes = indexes
        hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
        indexes = [Int32](repeating: 0, count: oldHashes.count * 2)
        used = 0
        for (hash, index) in zip(oldHashes, oldIndexes) where hash != 0 { insert(hash: hash, Int(index)) }
    }
}
