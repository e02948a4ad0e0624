/// The `NameSign` bits of the capitalised words a text shows, by the word's key (`WordKey`).
///
/// A hostile text may capitalise half a million distinct words, each with a slot here. A
/// slot is one `UInt64`: the key shifted up by two, with the two sign bits below it (a
/// `KeyTable`'s 16-byte slot of key and `Int32` held them in twice the room: 16 MB on a text
/// of 440,000 distinct names, and 25 MB while it grew, the topics stage's peak). Keys are
/// hashes: two that differ only in their top two bits are taken for one, about one chance
/// in 10^18 for two given words. A key is only put in with a sign, so a slot in use is
/// never 0, which marks a free one.
///
/// Open addressing with linear probing, grown by doubling when half full, as `KeyTable`. The
/// slots are memory behind a pointer, held by an object (`Slots`) that frees it: copies
/// share it, so a copy is for reading.
struct NameSignTable {
    private let memory = Slots()

    private static let signBits: UInt64 = 3

    /// Adds `sign` (not 0) to the key's signs, putting the key in if absent.
    mutating func insert(_ key: UInt64, _ sign: Int32) {
        // A sign of 0 would leave a key whose tag is 0 looking like an empty slot.
        assert(sign != 0 && sign & Int32(Self.signBits) == sign, "a sign is one or both of the two low bits")
        if (memory.used + 1) * 2 > memory.capacity { grow() }
        let tag = key << 2
        let slots = memory.slots
        let mask = memory.capacity - 1
        var i = hashSlot(tag, mask)
        while slots[i] != 0 && slots[i] & ~Self.signBits != tag { i = (i + 1) & mask }
        if slots[i] == 0 { memory.used += 1 }
        slots[i] |= tag | UInt64(truncatingIfNeeded: sign) & Self.signBits
    }

    /// The key's signs, 0 for a key never put in.
    @inline(__always) func signs(_ key: UInt64) -> Int32 {
        let tag = key << 2
        let slots = memory.slots
        let mask = memory.capacity - 1
        var i = hashSlot(tag, mask)
        while slots[i] != 0 {
            if slots[i] & ~Self.signBits == tag { return Int32(truncatingIfNeeded: slots[i] & Self.signBits) }
            i = (i + 1) & mask
        }
        return 0
    }

    /// How many keys it holds.
    var count: Int { memory.used }

    private func grow() {
        let old = memory.slots
        let oldCapacity = memory.capacity
        memory.allocate(2 * oldCapacity)
        let slots = memory.slots
        let mask = memory.capacity - 1
        for k in 0..<oldCapacity where old[k] != 0 {
            var i = hashSlot(old[k] & ~Self.signBits, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = old[k]
        }
        old.deallocate()
    }

    /// `capacity` slots (a power of two), 0 for a free one, of which `used` are taken.
    private final class Slots {
        private(set) var slots: UnsafeMutablePointer<UInt64>
        private(set) var capacity: Int
        var used = 0

        init() {
            capacity = 2048
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
        }

        deinit { slots.deallocate() }

        /// New memory of `capacity` free slots in place of the old, which the caller frees;
        /// `used` left as it was.
        func allocate(_ capacity: Int) {
            self.capacity = capacity
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
        }
    }
}
