/// The slots of a `NameFactsMemo`: memory behind a pointer, aligned so that each slot is one
/// cache line, held by an object that frees it and releases the facts the slots hold.
/// Copies of the memo share it, as `WordFacts`' entries are shared.
final class NameFactsSlots {
    /// Up to `Slot.unitCount` units of a name, four to a word in text order (the first in
    /// the low bits), 0 beyond the name.
    struct Units: Equatable {
        private var words: (UInt64, UInt64, UInt64)

        init() { words = (0, 0, 0) }
        init(_ a: UInt64, _ b: UInt64, _ c: UInt64) { words = (a, b, c) }

        /// Sets unit `k`, which was 0.
        mutating func set(_ k: Int, _ unit: UInt16) {
            let bits = UInt64(unit) << (16 * UInt64(k & 3))
            switch k >> 2 {
            case 0: words.0 |= bits
            case 1: words.1 |= bits
            default: words.2 |= bits
            }
        }

        static func == (a: Units, b: Units) -> Bool { a.words == b.words }
    }

    /// One name's entry: 64 bytes.
    struct Slot {
        /// Names of up to this many units are compared with `units`, longer ones in the text.
        static let unitCount = 12
        /// The name's hash, 0 for a free slot.
        var hash: UInt64
        /// Where its words stand (`NameFactsMemo.lookUp`).
        var layout: (UInt64, UInt64)
        /// Where it stood when it was kept or, for a name longer than `unitCount`, last found.
        var start: Int32
        var end: Int32
        /// Its units when it has at most `unitCount`, else 0.
        var units: Units
        /// Its facts, retained by the slot.
        var facts: Unmanaged<NameFacts>?
    }

    let base: UnsafeMutablePointer<Slot>
    /// How many slots (a power of two).
    let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Slot>.stride, alignment: 64)
            .bindMemory(to: Slot.self, capacity: count)
        base.initialize(repeating: Slot(hash: 0, layout: (0, 0), start: 0, end: 0, units: Units(), facts: nil), count: count)
    }

    deinit {
        for i in 0..<count { base[i].facts?.release() }
        base.deallocate()
    }

    /// Moves every entry into `other`'s slots, by the same bits of its hash as the memo
    /// reads (one of two that fall into one slot dropped), leaving these empty; gives how
    /// many `other` holds.
    func moveAll(into other: NameFactsSlots) -> Int {
        var held = 0
        for i in 0..<count where base[i].hash != 0 {
            let target = other.base + (Int(truncatingIfNeeded: base[i].hash >> 7) & (other.count - 1))
            if target.pointee.hash != 0 { target.pointee.facts?.release() } else { held += 1 }
            target.pointee = base[i]
            base[i].hash = 0
            base[i].facts = nil
        }
        return held
    }
}
