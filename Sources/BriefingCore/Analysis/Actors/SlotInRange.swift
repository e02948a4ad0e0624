/// The first slot of a 32-bit hash in an open-addressing table of `count` slots, any count
/// (not only a power of two): the hash times the count, divided by 2^32. Lets the resolver's
/// tables be made at the size their keys need, up to 3/4 full, where a power of two was up to
/// twice that. The hash's high bits choose the slot, so it should be well mixed.
@inline(__always) func slotInRange(_ hash: UInt32, _ count: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(hash) &* UInt64(count)) >> 32)
}

/// How many slots hold `capacity` keys with the table at most 3/4 full (at least 16).
func slotCount(holding capacity: Int) -> Int {
    max(16, capacity + (capacity + 2) / 3 + 1)
}

/// The slot after `i` in a table of `count` slots, wrapping round to the first: linear probing.
@inline(__always) func slotAfter(_ i: Int, _ count: Int) -> Int {
    i + 1 == count ? 0 : i + 1
}

/// A key's `KeyHash` in 32 bits, its high half folded onto its low one, for `slotInRange`
/// (which chooses by the high bits) and for telling keys apart in a slot.
@inline(__always) func foldedKeyHash(_ key: String) -> UInt32 {
    let h = KeyHash.of(key)
    return UInt32(truncatingIfNeeded: h ^ h >> 32)
}
