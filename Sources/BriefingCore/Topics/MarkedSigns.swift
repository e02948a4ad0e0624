/// A memo of the `NameSign` bits a `SentenceReader` has put in its table of name signs, for
/// the last key seen in each of a few slots (direct-mapped). A text names the same people,
/// places and bodies again and again: a repeated mark is then a load and a comparison here,
/// not a table insert, whose stores check the table's storage for uniqueness.
///
/// Marks only add bits, so a key that has dropped out of its slot (another key took it) is
/// marked again in the table, which changes nothing: the table holds what marking every
/// occurrence would have put in it.
///
/// The slots are memory of its own, written in place (as arrays, each mark checked them for
/// uniqueness and bounds): a copy shares them, so it serves the one table it was made for.
struct MarkedSigns {
    /// 2^slotBits slots (a few KB): the capitalised words a story repeats, not a whole text's.
    private static let slotBits = 10

    /// The slots' keys and signs, freed together.
    private final class Slots {
        let keys: UnsafeMutablePointer<UInt64>
        let signs: UnsafeMutablePointer<Int32>

        init() {
            keys = .allocate(capacity: 1 << MarkedSigns.slotBits)
            keys.initialize(repeating: 0, count: 1 << MarkedSigns.slotBits)
            signs = .allocate(capacity: 1 << MarkedSigns.slotBits)
            signs.initialize(repeating: 0, count: 1 << MarkedSigns.slotBits)
        }

        deinit {
            keys.deallocate()
            signs.deallocate()
        }
    }

    private let slots = Slots()

    /// Adds `sign` to `key`'s bits in `table` (`NameSignTable.insert`), unless this memo shows it there.
    @inline(__always) func mark(_ key: UInt64, _ sign: Int32, in table: inout NameSignTable) {
        // Keys are hashes, but the top bits of a product depend on all of a key's bits.
        let i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.slotBits))
        let keys = slots.keys, signs = slots.signs
        if keys[i] == key {
            if signs[i] & sign == sign { return }
            signs[i] |= sign
        } else {
            keys[i] = key
            signs[i] = sign
        }
        table.insert(key, sign)
    }
}
