/// Word lists and tables keyed by `NameKey`s, looked up without hashing a `String`.
///
/// The actor stages ask these lists a dozen questions per name; with `Set<String>` the
/// profile was dominated by SipHash. Nearly every key is a short lowercase word, so
/// such words are packed into a `UInt64` (`LetterKey`) and found in an open-addressing
/// table; anything else (spaces, digits, accents, over 12 letters) falls back to a `Set`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let packed: PackedKeys
    private let others: StringSlots
    /// Every word, for building other lists from this one.
    let words: Set<String>

    init<S: Sequence>(_ words: S) where S.Element == String {
        let all = Set(words)
        self.words = all
        self.packed = PackedKeys(all.map(LetterKey.of).filter { $0 != 0 })
        self.others = StringSlots(all.filter { LetterKey.of($0) == 0 })
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ word: String) -> Bool {
        let key = LetterKey.of(word)
        return key != 0 ? packed.index(of: key) != nil : others.index(of: word) != nil
    }

    func union<S: Sequence>(_ more: S) -> WordSet where S.Element == String { WordSet(words.union(more)) }
    func union(_ more: WordSet) -> WordSet { union(more.words) }
    func subtracting<S: Sequence>(_ less: S) -> WordSet where S.Element == String { WordSet(words.subtracting(less)) }
}

/// A table from `NameKey`s to values, looked up as `WordSet` does.
struct WordMap<Value: Sendable>: Sendable {
    private let packed: PackedKeys
    /// Values of the packed keys, by the key's slot in `packed`.
    private let values: [Value?]
    private let others: StringSlots
    /// Values of the other keys, by the key's slot in `others`.
    private let otherValues: [Value?]

    init(_ entries: [String: Value]) {
        var packedEntries: [UInt64: Value] = [:]
        var others: [String: Value] = [:]
        for (word, value) in entries {
            let key = LetterKey.of(word)
            if key != 0 { packedEntries[key] = value } else { others[word] = value }
        }
        self.init(packedEntries: packedEntries, others: others)
    }

    private init(packedEntries: [UInt64: Value], others: [String: Value]) {
        let packed = PackedKeys(Array(packedEntries.keys))
        var values = [Value?](repeating: nil, count: packed.capacity)
        for (key, value) in packedEntries { values[packed.index(of: key)!] = value }
        self.packed = packed
        self.values = values
        let otherKeys = StringSlots(Array(others.keys))
        var otherValues = [Value?](repeating: nil, count: otherKeys.capacity)
        for (word, value) in others { otherValues[otherKeys.index(of: word)!] = value }
        self.others = otherKeys
        self.otherValues = otherValues
    }

    /// This map with each value transformed and `overrides` put over the result: one table
    /// that answers what two lookups answered.
    func mapValues<T: Sendable>(_ transform: (Value) -> T, overriddenBy overrides: [String: T]) -> WordMap<T> {
        var packedEntries: [UInt64: T] = [:]
        for (slot, key) in packed.keysBySlot { if let value = values[slot] { packedEntries[key] = transform(value) } }
        var others: [String: T] = [:]
        for (slot, word) in self.others.keysBySlot { if let value = otherValues[slot] { others[word] = transform(value) } }
        for (word, value) in overrides {
            let key = LetterKey.of(word)
            if key != 0 { packedEntries[key] = value } else { others[word] = value }
        }
        return WordMap<T>(packedEntries: packedEntries, others: others)
    }

    @inline(__always) subscript(_ word: String) -> Value? {
        let key = LetterKey.of(word)
        if key != 0 { return packed.index(of: key).flatMap { values[$0] } }
        return others.index(of: word).flatMap { otherValues[$0] }
    }

    /// `self[word()]` for a word whose `LetterKey` is already known: the string is made
    /// only when the key is 0.
    @inline(__always) func value(letterKey key: UInt64, _ word: () -> String) -> Value? {
        key != 0 ? self[letterKey: key] : self[word()]
    }

    /// The value of a word by its `LetterKey`, which is not 0.
    @inline(__always) subscript(letterKey key: UInt64) -> Value? {
        packed.index(of: key).flatMap { values[$0] }
    }
}

/// A lowercase ASCII word of 1 to 12 letters packed 5 bits a letter (a = 1), so distinct
/// words get distinct keys; 0 for any other string.
enum LetterKey {
    @inline(__always) static func of(_ word: String) -> UInt64 {
        // Through a pointer when the string has contiguous UTF-8 (small strings too):
        // iterating `utf8` checks the string's form at every byte.
        word.utf8.withContiguousStorageIfAvailable(pack) ?? pack(word.utf8)
    }

    /// `of(String(word))`, packed from the bytes of a literal.
    @inline(__always) static func of(_ word: StaticString) -> UInt64 {
        word.withUTF8Buffer(pack)
    }

    /// The key of `NameKey.make(scalars, start, end)` for a word of ASCII letters (dots
    /// dropped, as the key drops them), made without the string from the text's 16-bit
    /// units (`PackedScalars.units`: an ASCII letter's unit is its value, and no other unit
    /// falls among them); 0 for any other word, whose key callers then make as a string.
    @inline(__always) static func of(units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt64 {
        var key: UInt64 = 0
        var k = start
        // Four letters at a time while they are letters (most words), in a word short enough
        // that they all fit: each lane, lowered, less 96, is its letter's 5 bits.
        if end - start <= 12 {
            while k + 4 <= end {
                let four = ASCIIUnit.four(units, at: k)
                guard allLetters(four) else { break }
                let v = (four | 0x0020_0020_0020_0020) &- 0x0060_0060_0060_0060
                key = key << 20 | (v & 0x1F) << 15 | (v >> 16 & 0x1F) << 10 | (v >> 32 & 0x1F) << 5 | (v >> 48 & 0x1F)
                k += 4
            }
        }
        var letters = k - start
        for k in k..<end {
            var v = units[k]
            if v == 46 { continue }
            if v >= 65 && v <= 90 { v |= 0x20 }
            guard v >= 97 && v <= 122, letters < 12 else { return 0 }
            key = key << 5 | UInt64(v - 96)
            letters += 1
        }
        return key
    }

    /// How many letters a key (not 0) packs: each is a nonzero group of five bits.
    @inline(__always) static func letters(_ key: UInt64) -> Int { (64 - key.leadingZeroBitCount + 4) / 5 }

    /// Whether the four units (lane 0 in the low 16 bits) are all ASCII letters.
    @inline(__always) private static func allLetters(_ four: UInt64) -> Bool {
        let lanes: UInt64 = 0x0001_0001_0001_0001
        let tops: UInt64 = 0x8000_8000_8000_8000
        // A lane below 128 plus 0x8000 - n has its top bit set exactly when it is at least n,
        // and never carries into the next lane. Setting bit 5 takes A-Z onto a-z, and no other unit.
        @inline(__always) func atLeast(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &+ (0x8000 - n) &* lanes) & tops }
        let folded = four | 0x20 &* lanes
        return four & 0xFF80_FF80_FF80_FF80 == 0 && atLeast(folded, 97) & ~atLeast(folded, 123) == tops
    }

    @inline(__always) private static func pack<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var key: UInt64 = 0
        var letters = 0
        for byte in bytes {
            guard byte >= 97 && byte <= 122, letters < 12 else { return 0 }
            key = key << 5 | UInt64(byte - 96)
            letters += 1
        }
        return key
    }
}

/// An open-addressing hash set of non-zero `UInt64` keys; a key's slot is its index.
struct PackedKeys: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init(_ keys: [UInt64]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for key in keys {
            var i = hashSlot(key, mask)
            while slots[i] != 0 && slots[i] != key { i = (i + 1) & mask }
            slots[i] = key
        }
        self.slots = slots
        self.mask = mask
    }

    var capacity: Int { slots.count }

    /// Each key with its slot.
    var keysBySlot: [(slot: Int, key: UInt64)] {
        slots.indices.compactMap { slots[$0] != 0 ? ($0, slots[$0]) : nil }
    }

    @inline(__always) func index(of key: UInt64) -> Int? {
        var i = hashSlot(key, mask)
        while true {
            let k = slots[i]
            if k == key { return i }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// Strings in an open-addressing table by their `KeyHash`; a string's slot is its index.
/// For the words of a `WordSet` or `WordMap` that do not pack into a `LetterKey` (names of
/// several words, mostly), which a `Set<String>` hashed with SipHash at every lookup.
struct StringSlots: Sendable {
    /// Each slot's hash, 0 for an empty slot (`KeyHash` is never 0).
    private let hashes: [UInt64]
    private let keys: [String]
    private let mask: Int

    init(_ words: [String]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var keys = [String](repeating: "", count: capacity)
        let mask = capacity - 1
        for word in words {
            let hash = KeyHash.of(word)
            var i = hashSlot(hash, mask)
            while hashes[i] != 0 && !(hashes[i] == hash && keys[i] == word) { i = (i + 1) & mask }
            hashes[i] = hash
            keys[i] = word
        }
        self.hashes = hashes
        self.keys = keys
        self.mask = mask
    }

    var capacity: Int { hashes.count }

    /// Each key with its slot.
    var keysBySlot: [(slot: Int, key: String)] {
        hashes.indices.compactMap { hashes[$0] != 0 ? ($0, keys[$0]) : nil }
    }

    func index(of word: String) -> Int? {
        let hash = KeyHash.of(word)
        var i = hashSlot(hash, mask)
        while hashes[i] != 0 {
            if hashes[i] == hash && keys[i] == word { return i }
            i = (i + 1) & mask
        }
        return nil
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
