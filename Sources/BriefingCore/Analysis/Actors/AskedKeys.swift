/// The keys the resolver's step 4 may look one-word names up by, as bits set at their
/// `KeyHash`: the indexes of surnames, first words and initials keep only a key whose bit is
/// set. A key never asked for changes no answer, and a text of many names that are never
/// repeated by one word (every name once, in full) then makes no index entry for them,
/// where it made one for each. A key not asked for whose bit another set is kept, as before;
/// a key asked for is never left out.
struct AskedKeys {
    private var words: [UInt64]
    /// The number of bits less one, a power of two less one.
    private let mask: Int

    /// About eight bits a key for `capacity` keys: few keys not asked for are kept.
    init(capacity: Int) {
        var bits = 64
        while bits < 8 * capacity { bits *= 2 }
        words = [UInt64](repeating: 0, count: bits / 64)
        mask = bits - 1
    }

    mutating func insert(_ key: String) {
        let bit = Self.bit(key, mask)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False only for a key never inserted.
    func mayContain(_ key: String) -> Bool {
        let bit = Self.bit(key, mask)
        return words[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }

    private static func bit(_ key: String, _ mask: Int) -> Int { hashSlot(KeyHash.of(key), mask) }
}
