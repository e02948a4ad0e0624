/// The index of the first candidate of each key, found by a hash of the key's bytes taken
/// eight at a time: a `[String: Int]` hashed every candidate's key with SipHash, which was
/// most of the cost of setting repeats aside.
///
/// Slots hold the hash (never 0; 0 marks an empty slot) and the index; two keys with the same
/// hash are told apart by the caller's test, so a collision costs a probe, never a wrong answer.
struct FirstOfKey {
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

    /// A hash of the string's UTF-8, never 0.
    static func hash(_ key: String) -> UInt64 {
        var key = key
        let h = key.withUTF8 { bytes -> UInt64 in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var k = 0
            while k + 8 <= bytes.count {
                h = mix(h ^ UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self)))
                k += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while k < bytes.count {
                tail |= UInt64(bytes[k]) << shift
                shift += 8
                k += 1
            }
            return mix(h ^ tail)
        }
        return h == 0 ? 1 : h
    }

    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0xBF58_476D_1CE4_E5B9
        return m ^ (m >> 31)
    }
}
