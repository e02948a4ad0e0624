/// The first slot of a 64-bit key in an open-addressing table of `mask + 1` slots, a power
/// of two: Fibonacci hashing, so keys that differ only in a few bits still spread. Shared by
/// every flat table of packed keys (`PackedKeys`, `KeyTable`, `HashCounts`, `WordFormCache`).
@inline(__always) func hashSlot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
}
