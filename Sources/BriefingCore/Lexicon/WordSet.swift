/// Word lists and tables keyed by `NameKey`s, looked up without hashing a `String`.
///
/// The actor stages ask these lists a dozen questions per name; with `Set<String>` the
/// profile was dominated by SipHash. Nearly every key is a short lowercase word, so
/// such words are packed into a `UInt64` (`LetterKey`) and found in an open-addressing
/// table; anything else (spaces, digits, accents, over 12 letters) goes in `StringSlots`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    fileprivate private(set) var packed = PackedKeys()
    fileprivate private(set) var others = StringSlots()

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ word: String) -> Bool {
        let key = LetterKey.of(word)
        return key != 0 ? packed.index(of: key) != nil : others.index(of: word) != nil
    }

    mutating func insert(_ word: String) {
        let key = LetterKey.of(word)
        if key != 0 { packed.insert(key) } else { others.insert(word) }
    }

    /// `insert` of a word by its `LetterKey`, which is not 0.
    mutating func insert(letterKey key: UInt64) { packed.insert(key) }

    /// Every word, each once, in no order: for tables built from this list.
    var words: [String] {
        var words: [String] = []
        words.reserveCapacity(packed.count + others.count)
        packed.forEach { _, key in words.append(LetterKey.word(key)) }
        others.forEach { _, word in words.append(word) }
        return words
    }

    func union<S: Sequence>(_ more: S) -> WordSet where S.Element == String {
        var set = self
        for word in more { set.insert(word) }
        return set
    }

    func union(_ more: WordSet) -> WordSet {
        var set = self
        more.packed.forEach { _, key in set.packed.insert(key) }
        more.others.forEach { _, word in set.others.insert(word) }
        return set
    }

    func subtracting<S: Sequence>(_ less: S) -> WordSet where S.Element == String {
        let less = WordSet(less)
        var set = WordSet()
        packed.forEach { _, key in if less.packed.index(of: key) == nil { set.packed.insert(key) } }
        others.forEach { _, word in if less.others.index(of: word) == nil { set.others.insert(word) } }
        return set
    }
}

/// A table from `NameKey`s to values, looked up as `WordSet` does.
struct WordMap<Value: Sendable>: Sendable {
    private var packed = PackedKeys()
    /// Values of the packed keys, by the key's slot in `packed`.
    private var values: [Value?] = .nils(16)
    private var others = StringSlots()
    /// Values of the other keys, by the key's slot in `others`.
    private var otherValues: [Value?] = .nils(16)

    /// An empty table, filled through `slot`.
    init() {}

    init(_ entries: [String: Value]) {
        for (word, value) in entries { self[slot(word)] = value }
    }

    /// Each word of `set` with `value`: the set's tables, shared, with no word put in again.
    init(_ set: WordSet, value: Value) {
        packed = set.packed
        values = .nils(packed.capacity)
        packed.forEach { slot, _ in values[slot] = value }
        others = set.others
        otherValues = .nils(others.capacity)
        others.forEach { slot, _ in otherValues[slot] = value }
    }

    /// How many words have a value.
    var count: Int { packed.count + others.count }

    /// Where a word's value is kept.
    enum Slot {
        /// In `values`, for a word with a `LetterKey`.
        case packed(Int)
        /// In `otherValues`.
        case other(Int)
    }

    /// The slot of `word`, put in the table (with no value) if it was not there: one probe
    /// both reads and writes the value. A word put in must be given a value.
    mutating func slot(_ word: String) -> Slot {
        let key = LetterKey.of(word)
        return key != 0 ? slot(letterKey: key) : .other(others.insert(word, carrying: &otherValues).slot)
    }

    /// `slot` of a word by its `LetterKey`, which is not 0.
    mutating func slot(letterKey key: UInt64) -> Slot {
        .packed(packed.insert(key, carrying: &values).slot)
    }

    subscript(slot: Slot) -> Value? {
        get {
            switch slot {
            case .packed(let i): return values[i]
            case .other(let i): return otherValues[i]
            }
        }
        set {
            switch slot {
            case .packed(let i): values[i] = newValue
            case .other(let i): otherValues[i] = newValue
            }
        }
    }

    /// Each word of `set` given `combine` of its value here (nil when it has none).
    mutating func merge(_ set: WordSet, _ combine: (Value?) -> Value) {
        set.packed.forEach { _, key in
            let slot = slot(letterKey: key)
            self[slot] = combine(self[slot])
        }
        set.others.forEach { _, word in
            let slot = slot(word)
            self[slot] = combine(self[slot])
        }
    }

    /// This map with each value transformed and `overrides` put over the result: one table
    /// that answers what two lookups answered. Values are transformed in the order of
    /// their slots.
    func mapValues<T: Sendable>(_ transform: (Value) -> T, overriddenBy overrides: [String: T]) -> WordMap<T> {
        var map = WordMap<T>()
        map.packed = packed
        map.values = Self.map(values, transform)
        map.others = others
        map.otherValues = Self.map(otherValues, transform)
        for (word, value) in overrides { map[map.slot(word)] = value }
        return map
    }

    /// `values.map { $0.map(transform) }`, through pointers, each slot written once: mapping
    /// the arrays copied every slot in and out.
    private static func map<T>(_ values: [Value?], _ transform: (Value) -> T) -> [T?] {
        values.withUnsafeBufferPointer { values in
            [T?](unsafeUninitializedCapacity: values.count) { mapped, initialized in
                for i in values.indices {
                    (mapped.baseAddress! + i).initialize(to: values[i] == nil ? nil : transform(values[i]!))
                }
                initialized = values.count
            }
        }
    }

    @inline(__always) subscript(_ word: String) -> Value? {
        let key = LetterKey.of(word)
        if key != 0 { return packed.index(of: key).flatMap { values[$0] } }
        return others.index(of: word).flatMap { otherValues[$0] }
    }

    /// The value of a word by its `LetterKey`, which is not 0.
    @inline(__always) subscript(letterKey key: UInt64) -> Value? {
        packed.index(of: key).flatMap { values[$0] }
    }
}
