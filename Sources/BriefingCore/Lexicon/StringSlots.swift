/// Strings in an open-addressing table by their `KeyHash`; a string's slot is its index.
/// For the words of a `WordSet` or `WordMap` that do not pack into a `LetterKey` (names of
/// several words, mostly), which a `Set<String>` hashed with SipHash at every lookup.
/// Grows as `PackedKeys` does.
struct StringSlots: Sendable {
    /// Each slot's hash, 0 for an empty slot (`KeyHash` is never 0).
    private var hashes: [UInt64]
    private var keys: [String]
    private var mask: Int
    private(set) var count = 0

    /// An empty table.
    init() {
        hashes = [UInt64](repeating: 0, count: 16)
        keys = .empties(16)
        mask = 15
    }

    init(_ words: [String]) {
        self.init()
        for word in words { insert(word) }
    }

    var capacity: Int { hashes.count }

    func index(of word: String) -> Int? {
        let hash = KeyHash.of(word)
        var i = hashSlot(hash, mask)
        while hashes[i] != 0 {
            if hashes[i] == hash && keys[i] == word { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Puts `word` in the table if it is not there; whether it was not.
    @discardableResult mutating func insert(_ word: String) -> Bool {
        var none: [Never?] = []
        return insert(word, carrying: &none).inserted
    }

    /// Puts `word` in the table if it is not there, and gives its slot. `values`, one a slot
    /// (or none), move to their keys' new slots when the table grows.
    mutating func insert<Value>(_ word: String, carrying values: inout [Value?]) -> (slot: Int, inserted: Bool) {
        let hash = KeyHash.of(word)
        var (slot, found) = probe(word, hash)
        if found { return (slot, false) }
        if (count + 1) * 2 > hashes.count {
            grow(carrying: &values)
            slot = probe(word, hash).slot
        }
        hashes[slot] = hash
        keys[slot] = word
        count += 1
        return (slot, true)
    }

    /// Each key with its slot.
    func forEach(_ body: (_ slot: Int, _ key: String) -> Void) {
        for i in hashes.indices where hashes[i] != 0 { body(i, keys[i]) }
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func probe(_ word: String, _ hash: UInt64) -> (slot: Int, found: Bool) {
        var i = hashSlot(hash, mask)
        while hashes[i] != 0 {
            if hashes[i] == hash && keys[i] == word { return (i, true) }
            i = (i + 1) & mask
        }
        return (i, false)
    }

    private mutating func grow<Value>(carrying values: inout [Value?]) {
        var grownHashes = [UInt64](repeating: 0, count: hashes.count * 2)
        var grownKeys: [String] = .empties(grownHashes.count)
        var moved: [Value?] = .nils(values.isEmpty ? 0 : grownHashes.count)
        let mask = grownHashes.count - 1
        // Through pointers, as `PackedKeys` grows.
        hashes.withUnsafeBufferPointer { hashes in
            keys.withUnsafeMutableBufferPointer { keys in
                grownHashes.withUnsafeMutableBufferPointer { grownHashes in
                    grownKeys.withUnsafeMutableBufferPointer { grownKeys in
                        values.withUnsafeMutableBufferPointer { values in
                            moved.withUnsafeMutableBufferPointer { moved in
                                for i in hashes.indices where hashes[i] != 0 {
                                    // Keys already in the table differ from each other: the first empty slot is theirs.
                                    var slot = hashSlot(hashes[i], mask)
                                    while grownHashes[slot] != 0 { slot = (slot + 1) & mask }
                                    grownHashes[slot] = hashes[i]
                                    swap(&grownKeys[slot], &keys[i])
                                    if !values.isEmpty { swap(&moved[slot], &values[i]) }
                                }
                            }
                        }
                    }
                }
            }
        }
        hashes = grownHashes
        keys = grownKeys
        self.mask = mask
        values = moved
    }
}

private extension Array where Element == String {
    /// `count` empty strings, written straight, as `nils` writes nils.
    static func empties(_ count: Int) -> [String] {
        [String](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: "") }
            initialized = count
        }
    }
}

/// A hash of a key, never 0, equal for equal keys: an ASCII key's UTF-8 taken eight bytes at
/// a time (keys are short, and `Hasher`'s SipHash, with its set-up and finish, cost several
/// times as much), any other by `hashValue`, which Unicode-equivalent strings share. An ASCII
/// string equals a non-ASCII one only through U+212A (Kelvin), U+037E or U+1FEF; `NameKey`
/// lowercases the first to "k", and no word or name holds the others.
enum KeyHash {
    static func of(_ key: String) -> UInt64 {
        var key = key
        let ascii = key.withUTF8 { bytes -> UInt64? in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var high: UInt64 = 0
            var k = 0
            while k + 8 <= bytes.count {
                let eight = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self))
                high |= eight
                h = mix(h ^ eight)
                k += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while k < bytes.count {
                tail |= UInt64(bytes[k]) << shift
                shift += 8
                k += 1
            }
            high |= tail
            return high & 0x8080_8080_8080_8080 == 0 ? mix(h ^ tail) : nil
        }
        let h = ascii ?? UInt64(UInt(bitPattern: key.hashValue))
        return h == 0 ? 1 : h
    }

    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0xBF58_476D_1CE4_E5B9
        return m ^ (m >> 31)
    }
}
