/// An open-addressing hash set of non-zero `UInt64` keys; a key's slot is its index.
///
/// Built by inserting one key at a time: the table doubles whenever a key would leave
/// fewer than half its slots empty, so it ends as large as one sized for its keys at once
/// (the smallest power of two, 16 or more, with twice as many slots as keys).
struct PackedKeys: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// An empty table.
    init() {
        slots = [UInt64](repeating: 0, count: 16)
        mask = 15
    }

    /// A table of `keys` sized for them at once.
    init(_ keys: [UInt64]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for key in keys {
            let (slot, found) = probe(key)
            if !found {
                slots[slot] = key
                count += 1
            }
        }
    }

    var capacity: Int { slots.count }

    /// Reads the slots through a pointer: the mask keeps every probe inside them, and the
    /// array's bounds check was a tenth of a lookup.
    @inline(__always) func index(of key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var i = hashSlot(key, mask)
            while true {
                let k = slots[i]
                if k == key { return i }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// Puts `key` in the table if it is not there; whether it was not.
    @discardableResult mutating func insert(_ key: UInt64) -> Bool {
        var none: [Never?] = []
        return insert(key, carrying: &none).inserted
    }

    /// Puts `key` in the table if it is not there, and gives its slot. `values`, one a slot
    /// (or none), move to their keys' new slots when the table grows.
    mutating func insert<Value>(_ key: UInt64, carrying values: inout [Value?]) -> (slot: Int, inserted: Bool) {
        var (slot, found) = probe(key)
        if found { return (slot, false) }
        if (count + 1) * 2 > slots.count {
            grow(carrying: &values)
            slot = probe(key).slot
        }
        slots[slot] = key
        count += 1
        return (slot, true)
    }

    /// Each key with its slot.
    func forEach(_ body: (_ slot: Int, _ key: UInt64) -> Void) {
        for i in slots.indices where slots[i] != 0 { body(i, slots[i]) }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func probe(_ key: UInt64) -> (slot: Int, found: Bool) {
        var i = hashSlot(key, mask)
        while true {
            let k = slots[i]
            if k == key { return (i, true) }
            if k == 0 { return (i, false) }
            i = (i + 1) & mask
        }
    }

    private mutating func grow<Value>(carrying values: inout [Value?]) {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        var moved: [Value?] = .nils(values.isEmpty ? 0 : grown.count)
        let mask = grown.count - 1
        // Through pointers: the arrays' accessors cost more than the moves.
        slots.withUnsafeBufferPointer { slots in
            grown.withUnsafeMutableBufferPointer { grown in
                values.withUnsafeMutableBufferPointer { values in
                    moved.withUnsafeMutableBufferPointer { moved in
                        for i in slots.indices where slots[i] != 0 {
                            // Keys already in the table differ from each other: the first empty slot is theirs.
                            var slot = hashSlot(slots[i], mask)
                            while grown[slot] != 0 { slot = (slot + 1) & mask }
                            grown[slot] = slots[i]
                            if !values.isEmpty { swap(&moved[slot], &values[i]) }
                        }
                    }
                }
            }
        }
        slots = grown
        self.mask = mask
        values = moved
    }
}

extension Array {
    /// `count` nils. `Array(repeating: nil, count:)` copied its nil into each element through
    /// the element type's witness, which was most of the cost of growing a table of places.
    static func nils<Wrapped>(_ count: Int) -> [Wrapped?] where Element == Wrapped? {
        [Wrapped?](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: nil) }
            initialized = count
        }
    }
}
