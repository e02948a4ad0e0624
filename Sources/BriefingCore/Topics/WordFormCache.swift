/// The forms (`WordForm`) of a text's words, so a repeated word costs a load or a probe
/// instead of a scalar-by-scalar classification.
///
/// A word the token store numbers (`WordNumbering`: nearly every word of English news) has
/// its form kept by number, in an array. Any other word is found by its own 16-bit units
/// in a table of the first `maxWords` such words:
///
/// An ASCII word of up to 16 letters (nearly every word of English news) is its own key:
/// its units packed seven bits each into two 64-bit words, read sixteen units at a time
/// with no loop over the letters, whose varying length the branch predictor cannot guess.
/// Any other word is keyed by a hash of its units and checked against its first occurrence
/// (the text stays put for the whole scan); a word with a scalar above U+FFFF is never
/// kept, as its units (the astral mark) do not tell it apart. The first `maxWords` (4,096)
/// distinct words of a text hold its function words and most of its repeated ones; later
/// words are worked out each time. Real news soon has more than a thousand distinct words:
/// with room for 1,024, the topics of 20 MB of Wikinews took 0.33 s instead of 0.26 s. It
/// takes 256 KB (half a cache line a slot), whatever the text: with room for 8,192 words
/// (and 32-byte forms), 20 MB of Wikinews ran 0.1% fewer instructions, but a hostile text's
/// peak rose by 1 MB.
struct WordFormCache {
    /// A word's key and form, side by side in a slot of the table (32 bytes, two slots to a
    /// cache line of the aligned table): a word found costs the read of one cache line. (With the keys in a table of their own and the forms apart, or
    /// a small table of indices to entries kept in first-seen order, a look-up missed the
    /// cache more than once on real news, where the words outgrow the L1 cache.)
    private struct Entry {
        /// Units 0..<8 (short word) or the hash of all units with bit 7 set; 0 in a free slot.
        /// A short ASCII word's `low` has bit 7 clear (each unit takes seven bits of a byte).
        var low: UInt64
        /// Units 8..<16 (short word) or the first occurrence's start and length.
        var high: UInt64
        var form: WordForm
    }

    /// The table, freed with the cache.
    private final class Table {
        let slots: UnsafeMutablePointer<Entry>

        init(count: Int) {
            let bytes = count * MemoryLayout<Entry>.stride
            let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
            // All bits zero: free slots (`low` 0).
            raw.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
            slots = raw.bindMemory(to: Entry.self, capacity: count)
        }

        deinit { slots.deallocate() }
    }

    /// The table has 2^slotBits slots, twice `maxWords`.
    private static let slotBits = 13
    static let maxWords = 1 << (slotBits - 1)

    private let table = Table(count: 1 << slotBits)
    private var count = 0
    private let mask = 1 << slotBits - 1
    /// By word number, the forms made so far (a `key` of 0, which no word's form has, where none is).
    private let numbered = Numbered()

    /// Memory for the forms by number, freed with the cache.
    private final class Numbered {
        let forms: UnsafeMutablePointer<WordForm>

        /// A form (16 bytes) lies in one cache line (`WordNumbering.table` aligns to one; a
        /// 32-byte form at `malloc`'s 16-byte alignment lay across two lines for half the numbers).
        init() {
            forms = WordNumbering.table(repeating: .punctuation)
        }

        deinit { forms.deallocate() }
    }

    /// The first slot of a key's hash.
    @inline(__always)
    private static func place(_ hash: UInt64) -> Int {
        // The top bits of a product depend on every bit of the key: one multiply, a short wait for the probe.
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.slotBits))
    }

    /// By number, the forms made so far: entry 0 (no word's) and any number whose form is not
    /// made yet has a `key` of 0, which no word's form has. For a reader that reads the common
    /// word's form itself, with this address held in a register, and calls `form` on a 0 key.
    var byNumber: UnsafePointer<WordForm> { UnsafePointer(numbered.forms) }

    /// The form of the word at `span`, whose number is `number` (0 for none): remembered, or
    /// made by `make` (and remembered while there is room).
    @inline(__always)
    mutating func form(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan, number: Int,
                       make: () -> WordForm) -> WordForm {
        if number != 0 {
            let form = numbered.forms + number
            if form.pointee.key == 0 { form.pointee = make() }
            return form.pointee
        }
        return unnumberedForm(units, span, make: make)
    }

    /// The form of a word with no number, from the table: out of line, as few words have none.
    @inline(never)
    private mutating func unnumberedForm(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan,
                                         make: () -> WordForm) -> WordForm {
        let n = span.length
        guard span.start + 16 <= units.count else { return make() }
        let base = UnsafeRawPointer(units.baseAddress! + span.start)
        let u0 = Self.four(base, 0, n), u1 = Self.four(base, 4, n)
        let u2 = Self.four(base, 8, n), u3 = Self.four(base, 12, n)
        guard n <= 16, ASCIIUnit.allASCII(u0 | u1 | u2 | u3) else { return hashedForm(units, span, make: make) }
        // Seven bits a unit: units 0, 2, 4, 6 in the even bytes, 1, 3, 5, 7 (shifted) in the odd ones.
        let low = u0 | u1 << 8, high = u2 | u3 << 8
        var i = Self.place(low ^ high << 7)
        // Probed in place: the mask keeps a slot inside the table.
        let slots = table.slots
        // The key compared in one test, and a free slot looked for after: one branch a word found.
        while (slots[i].low ^ low) | (slots[i].high ^ high) != 0 {
            if slots[i].low == 0 { return remember(make(), low, high, at: i) }
            i = (i + 1) & mask
        }
        return slots[i].form
    }

    /// The four units from `base + k`, those at `n` and after (beyond the word) made 0.
    @inline(__always) private static func four(_ base: UnsafeRawPointer, _ k: Int, _ n: Int) -> UInt64 {
        let four = base.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self)
        // No branch on the length: a shift of 64 or more leaves nothing.
        return four & UInt64.max >> max(0, 64 - 16 * (n - k))
    }

    /// The form of a long or non-ASCII word: keyed by a hash of its units, checked against the text.
    @inline(never)
    private mutating func hashedForm(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan,
                                     make: () -> WordForm) -> WordForm {
        let n = span.length
        // The units are read four at a time, so the last four must lie inside the text.
        guard span.start + (n + 3) & ~3 <= units.count else { return make() }
        let base = UnsafeRawPointer(units.baseAddress! + span.start)
        var hash = UInt64(truncatingIfNeeded: n)
        var k = 0
        while k < n {
            let four = Self.four(base, k, n)
            if ASCIIUnit.equal(four, PackedScalars.astralMark) != 0 { return make() }
            hash = ((hash << 26 | hash >> 38) ^ four) &* 0x9E37_79B9_7F4A_7C15
            k += 4
        }
        let low = hash | 0x80
        var i = Self.place(hash)
        let slots = table.slots
        while slots[i].low != 0 {
            let entry = slots[i]
            if entry.low == low && Int(truncatingIfNeeded: entry.high & 0xFFFF_FFFF) == n
                && Self.equal(base, UnsafeRawPointer(units.baseAddress! + Int(entry.high >> 32)), n) {
                return entry.form
            }
            i = (i + 1) & mask
        }
        return remember(make(), low, UInt64(span.start) << 32 | UInt64(n), at: i)
    }

    @inline(__always)
    private mutating func remember(_ form: WordForm, _ low: UInt64, _ high: UInt64, at i: Int) -> WordForm {
        if count < Self.maxWords {
            table.slots[i] = Entry(low: low, high: high, form: form)
            count += 1
        }
        return form
    }

    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
        var k = 0
        while k < n {
            if four(a, k, n) != four(b, k, n) { return false }
            k += 4
        }
        return true
    }
}
