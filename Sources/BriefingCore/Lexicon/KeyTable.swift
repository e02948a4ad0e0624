/// Open addressing with linear probing from a 64-bit key (`WordKey`) to an `Int32`; 0 is the
/// empty key. Grows by doubling, so inserting stays amortised constant time.
///
/// A key and its value lie side by side in one 16-byte slot: a probe that finds its key reads
/// one cache line, not one in an array of keys and another in an array of values (the phrase
/// tables of a long text are far larger than the cache, and each found phrase missed twice).
struct KeyTable: Sendable {
    struct Slot: Equatable, Sendable {
        var key: UInt64
        var value: Int32

        static let empty = Slot(key: 0, value: -1)
    }

    private(set) var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: .empty, count: size)
        mask = size - 1
    }

    /// Inserts `key` unless present; returns the value stored for it.
    @discardableResult
    mutating func insert(_ key: UInt64, _ value: Int32) -> Int32 {
        let i = slot(inserting: key, value)
        return slots[i].value
    }

    /// Inserts many keys without a copy-on-write check each: calls `body` with an `Inserter` over
    /// the table's storage until it returns true. `body` returns false where it stopped because
    /// the inserter was full; the table then grows, as `insert` would have, and `body` goes on.
    ///
    /// - Parameter dense: fill the table up to three quarters of its slots, not half, before it
    ///   grows: for a large table built once and only read after (the topic vocabulary's 46,000
    ///   words), which then takes half the memory and whose build waits less on the cache, for
    ///   slightly longer probes. An `insert` after it grows the table first.
    mutating func insertAll(dense: Bool = false, _ body: (inout Inserter) -> Bool) {
        while true {
            let mask = mask
            var count = count
            let limit = dense ? (mask &+ 1) &>> 2 &* 3 : (mask &+ 1) &>> 1
            let done = slots.withUnsafeMutableBufferPointer { slots in
                var inserter = Inserter(slots: slots.baseAddress!, mask: mask, limit: limit, count: count)
                defer { count = inserter.count }
                return body(&inserter)
            }
            self.count = count
            if done { return }
            grow()
        }
    }

    /// `insert` into a table's storage as it stands, for `insertAll`.
    struct Inserter {
        fileprivate let slots: UnsafeMutablePointer<Slot>
        fileprivate let mask: Int
        /// How many keys the table may hold before it grows: half its slots, or three quarters.
        fileprivate let limit: Int
        fileprivate(set) var count: Int

        /// Whether the table must grow before the next insert: it holds its `limit`.
        var isFull: Bool { count >= limit }

        /// Inserts `key` unless present; returns the value stored for it.
        @inline(__always) mutating func insert(_ key: UInt64, _ value: Int32) -> Int32 {
            precondition(!isFull, "KeyTable.Inserter: the table is full")
            let (i, found) = KeyTable.probe(key, mask) { slots[$0].key }
            if found { return slots[i].value }
            slots[i] = Slot(key: key, value: value)
            count += 1
            return value
        }
    }

    /// The slot holding `key`, after inserting it with `value` if absent.
    @inline(__always) private mutating func slot(inserting key: UInt64, _ value: Int32) -> Int {
        if (count + 1) * 2 > slots.count { grow() }
        let (i, found) = Self.probe(key, mask) { slots[$0].key }
        if !found {
            slots[i] = Slot(key: key, value: value)
            count += 1
        }
        return i
    }

    /// The value for `key`, or -1.
    @inline(__always) func find(_ key: UInt64) -> Int32 {
        let (i, found) = Self.probe(key, mask) { slots[$0].key }
        return found ? slots[i].value : -1
    }

    /// The one probe of the table, over its array or (`Inserter`) its memory: the slot
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
        for slot in slots where slot.key != 0 {
            let value = map[Int(slot.value)]
            if value >= 0 { table.insert(slot.key, value) }
        }
        return table
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: .empty, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 { insert(slot.key, slot.value) }
    }
}
