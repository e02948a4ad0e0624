/// Case-folded 64-bit keys for words, computed straight from scalars so the hot
/// loop never builds a `String`, and a small open-addressing table over them.
///
/// Keys are FNV-1a over the folded scalars (ASCII lowercased, curly apostrophe
/// and Unicode hyphens made ASCII, other uppercase letters lowercased). Two
/// different words sharing a 64-bit key is possible in principle but, with a
/// vocabulary of about 45,000 words, less likely than one in a hundred million
/// over a billion tokens; the topic model accepts that.
enum WordKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) ? v + 32 : v }
        return foldNonASCII(c)
    }

    /// Out of line: Unicode properties cost a metadata lookup that the ASCII path should not pay.
    @inline(never) static func foldNonASCII(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        switch v {
        case 0x2019, 0x2018: return 0x27
        case 0x2010, 0x2011, 0x2012, 0x2013: return 0x2D
        default:
            guard c.properties.isUppercase, let lower = c.properties.lowercaseMapping.unicodeScalars.first else { return v }
            return lower.value
        }
    }

    @inline(__always) static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        if value < 128 {
            h = (h ^ UInt64(value)) &* prime
        } else {
            h = (h ^ UInt64(value & 0xFF)) &* prime
            h = (h ^ UInt64(value >> 8)) &* prime
        }
        return h
    }

    @inline(__always) static func nonZero(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    static func key(_ scalars: PackedScalars, _ range: Range<Int>) -> UInt64 {
        var h = offsetBasis
        for i in range { h = mix(h, fold(scalars[i])) }
        return nonZero(h)
    }

    static func key<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = offsetBasis
        for c in scalars { h = mix(h, fold(c)) }
        return nonZero(h)
    }

    static func key(_ word: String) -> UInt64 { key(scalars: word.unicodeScalars) }

    /// Key of already folded ASCII bytes (a stem, a word of a list).
    static func key(bytes: some Sequence<UInt8>) -> UInt64 { nonZero(hash(bytes)) }

    /// Key of already folded ASCII bytes followed by `last`: a stem as `Stemmer.stem(ascii:)` gives it.
    static func key(bytes: some Sequence<UInt8>, then last: UInt8) -> UInt64 {
        nonZero((hash(bytes) ^ UInt64(last)) &* prime)
    }

    @inline(__always) private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// A second key space for exact-form lexicon entries ("=arms"), so they never collide with stems.
    @inline(__always) static func exact(_ key: UInt64) -> UInt64 { nonZero(key ^ 0x9E37_79B9_7F4A_7C15) }

    /// Combines word keys into a phrase key (order matters).
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019 &+ (a >> 29)))
    }
}

/// Open addressing with linear probing from a 64-bit key to an `Int32`; 0 is the empty key.
/// Grows by doubling, so inserting stays amortised constant time.
struct KeyTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Inserts `key` unless present; returns the value stored for it.
    @discardableResult
    mutating func insert(_ key: UInt64, _ value: Int32) -> Int32 {
        let i = slot(inserting: key, value)
        return values[i]
    }

    /// Inserts many keys without a copy-on-write check each: calls `body` with an `Inserter` over
    /// the table's storage until it returns true. `body` returns false where it stopped because
    /// the inserter was full; the table then grows, as `insert` would have, and `body` goes on.
    mutating func insertAll(_ body: (inout Inserter) -> Bool) {
        while true {
            let mask = mask
            var count = count
            let done = keys.withUnsafeMutableBufferPointer { keys in
                values.withUnsafeMutableBufferPointer { values in
                    var inserter = Inserter(keys: keys.baseAddress!, values: values.baseAddress!, mask: mask, count: count)
                    defer { count = inserter.count }
                    return body(&inserter)
                }
            }
            self.count = count
            if done { return }
            grow()
        }
    }

    /// `insert` into a table's storage as it stands, for `insertAll`.
    struct Inserter {
        fileprivate let keys: UnsafeMutablePointer<UInt64>
        fileprivate let values: UnsafeMutablePointer<Int32>
        fileprivate let mask: Int
        fileprivate(set) var count: Int

        /// Whether the table must grow before the next insert.
        var isFull: Bool { (count + 1) * 2 > mask + 1 }

        /// Inserts `key` unless present; returns the value stored for it.
        @inline(__always) mutating func insert(_ key: UInt64, _ value: Int32) -> Int32 {
            precondition(!isFull, "KeyTable.Inserter: the table is full")
            let (i, found) = KeyTable.probe(key, mask) { keys[$0] }
            if found { return values[i] }
            keys[i] = key
            values[i] = value
            count += 1
            return value
        }
    }

    /// Treats values as bit sets: adds `flags` to `key`'s, inserting the key with them if absent.
    mutating func insertFlags(_ key: UInt64, _ flags: Int32) {
        let i = slot(inserting: key, flags)
        values[i] |= flags
    }

    /// The slot holding `key`, after inserting it with `value` if absent.
    @inline(__always) private mutating func slot(inserting key: UInt64, _ value: Int32) -> Int {
        if (count + 1) * 2 > keys.count { grow() }
        let (i, found) = Self.probe(key, mask) { keys[$0] }
        if !found {
            keys[i] = key
            values[i] = value
            count += 1
        }
        return i
    }

    /// The value for `key`, or -1.
    @inline(__always) func find(_ key: UInt64) -> Int32 {
        let (i, found) = Self.probe(key, mask) { keys[$0] }
        return found ? values[i] : -1
    }

    /// The one probe of the table, over its arrays or (`Inserter`) their memory: the slot
    /// holding `key`, or the empty one where it would go.
    @inline(__always) private static func probe(_ key: UInt64, _ mask: Int,
                                                _ keyAt: (Int) -> UInt64) -> (slot: Int, found: Bool) {
        var i = hashSlot(key, mask)
        while true {
            let k = keyAt(i)
            if k == key { return (i, true) }
            if k == 0 { return (i, false) }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { find(key) >= 0 }

    /// The entries whose value `map` sends to a new value (≥ 0), with that value, in a new table.
    func remapped(_ map: [Int32], capacity: Int) -> KeyTable {
        var table = KeyTable(capacity: capacity)
        for (i, key) in keys.enumerated() where key != 0 {
            let value = map[Int(values[i])]
            if value >= 0 { table.insert(key, value) }
        }
        return table
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { insert(k, oldValues[i]) }
    }
}
