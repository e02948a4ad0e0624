/// What the actor stages have worked out about a document's word forms: most words of a
/// text are forms met before, and finding a form's entry costs a load or a probe, where
/// packing its `LetterKey` read its letters one by one.
///
/// A word the token store numbers (`WordNumbering`: nearly every word of English news) has
/// its entry by number, in an array. Any other is remembered by its own units:
///
/// An ASCII word of up to 16 units is its own key: its units packed seven bits each into two
/// 64-bit words, as `WordFormCache` keys them, read with no loop over the letters. Other
/// words (longer, not ASCII, or within 16 units of the text's end) have no entry, and their
/// answers are worked out each time. A fixed table of 2^14 entries, each holding the last
/// form that fell into it: a text of a million different words costs 512 KB like any other,
/// and a form whose entry another took is worked out again. The entries are memory behind a
/// pointer, so that copies of the owner share them, as `LetterKeyAnswers`' slots are.
final class WordFacts {
    struct Entry {
        /// The form's units, seven bits each: units 0, 2, 4, 6 in the even bytes of `low` and
        /// 1, 3, 5, 7 in the odd ones, units 8 to 15 likewise in `high`. 0 in a free entry.
        var low: UInt64
        var high: UInt64
        /// `LetterKey.of(units:_:_:)` of the form.
        var letterKey: UInt64
        /// What else is known: the bits below, and under `listsKnown` the `WordLists` raw value.
        var facts: UInt64
    }

    /// `facts` holds the form's `WordLists` in its low bits.
    static let listsKnown: UInt64 = 1 << 63
    /// `DocumentEvidence` has counted the form as a lowercase word.
    static let countedLowercase: UInt64 = 1 << 62
    /// The bits of `facts` that hold the `WordLists` raw value (38 bits).
    static let listBits: UInt64 = (1 << 38) - 1
    /// The 16 bits of `facts` above those that hold the index, plus one, of the form's facts
    /// as a one-word name in `names` (0 for none).
    private static let nameShift: UInt64 = 38
    private static let nameBits: UInt64 = 0xFFFF << nameShift
    /// `CandidateReader.opensNothing` of the form is known, and its answer.
    static let openerKnown: UInt64 = 1 << 54
    static let openerDrops: UInt64 = 1 << 55

    /// `NameFacts` of forms read as one-word names, each kept with its form's entry
    /// (`name(_:)`): a name's facts found by the probe that finds the form, where the
    /// `NameFactsMemo` hashed and compared its units. At most `maxNames`, past which the memo
    /// keeps the others; one left behind by a form whose entry another took stays until then.
    /// Memory behind a pointer, each held by a retain taken in `keep` and given back with the
    /// table: in an array, each read of a name was checked for exclusive access at run time.
    private let names: UnsafeMutablePointer<Unmanaged<NameFacts>>
    private var nameCount = 0
    static let maxNames = 1 << 12

    private static let bits = 14
    private let entries: UnsafeMutablePointer<Entry>
    /// By word number, the entries of numbered words: `low` is 1 once made, 0 before.
    private let numbered: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: 1 << Self.bits)
        entries.initialize(repeating: Entry(low: 0, high: 0, letterKey: 0, facts: 0), count: 1 << Self.bits)
        numbered = WordNumbering.table(repeating: Entry(low: 0, high: 0, letterKey: 0, facts: 0))
        names = .allocate(capacity: Self.maxNames)
    }

    deinit {
        entries.deallocate()
        numbered.deallocate()
        for k in 0..<nameCount { names[k].release() }
        names.deallocate()
    }

    /// The entry of the word at `start..<end` of `units`, whose number in the document's
    /// token store is `number` (0 for none): made (with its `letterKey`, no other fact) the
    /// first time, or if another form held it; nil for a word that has none.
    @inline(__always)
    func entry(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, number: Int) -> UnsafeMutablePointer<Entry>? {
        if number != 0 {
            let entry = numbered + number
            if entry.pointee.low == 0 { Self.make(entry, 1, 0, units, start, end) }
            return entry
        }
        return unnumberedEntry(units, start, end)
    }

    /// The entry of the word numbered `number` if `entry` has made it; nil before, and for
    /// number 0. Two loads and no call, for a caller's fast path.
    @inline(__always) func madeEntry(number: Int) -> UnsafeMutablePointer<Entry>? {
        guard number != 0 else { return nil }
        let entry = numbered + number
        return entry.pointee.low != 0 ? entry : nil
    }

    /// The entry of a word with no number, from the table: out of line, as few words have none.
    @inline(never)
    private func unnumberedEntry(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UnsafeMutablePointer<Entry>? {
        let n = end - start
        guard n <= 16, start + 16 <= units.count else { return nil }
        let base = UnsafeRawPointer(units.baseAddress! + start)
        let u0 = Self.four(base, 0, n), u1 = Self.four(base, 4, n)
        let low = u0 | u1 << 8
        var high: UInt64 = 0, all = u0 | u1
        // Most words have eight units at most: the other eight are read only for a longer one.
        if n > 8 {
            let u2 = Self.four(base, 8, n), u3 = Self.four(base, 12, n)
            high = u2 | u3 << 8
            all |= u2 | u3
        }
        guard ASCIIUnit.allASCII(all) else { return nil }
        // The top bits of a product depend on every bit of the key.
        let entry = entries + Int(truncatingIfNeeded: ((low ^ high << 7) &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.bits))
        if entry.pointee.low != low || entry.pointee.high != high { Self.make(entry, low, high, units, start, end) }
        return entry
    }

    /// The facts kept with the form at `entry` as a one-word name (`keep(_:_:)`), if any.
    @inline(__always) func name(_ entry: UnsafeMutablePointer<Entry>) -> NameFacts? {
        let index = Int(truncatingIfNeeded: (entry.pointee.facts & Self.nameBits) >> Self.nameShift)
        return index > 0 ? names[index - 1].takeUnretainedValue() : nil
    }

    /// Keeps `facts` with the form at `entry`, unless `maxNames` are kept already.
    func keep(_ facts: NameFacts, _ entry: UnsafeMutablePointer<Entry>) {
        guard nameCount < Self.maxNames else { return }
        names[nameCount] = Unmanaged.passRetained(facts)
        nameCount += 1
        entry.pointee.facts = entry.pointee.facts & ~Self.nameBits | UInt64(nameCount) << Self.nameShift
    }

    /// Puts the form in `entry`, out of line: most words are forms met before.
    @inline(never)
    private static func make(_ entry: UnsafeMutablePointer<Entry>, _ low: UInt64, _ high: UInt64,
                             _ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) {
        entry.pointee = Entry(low: low, high: high, letterKey: LetterKey.of(units: units, start, end), facts: 0)
    }

    /// The four units from `base + k`, those at `n` and after (beyond the word) made 0.
    @inline(__always) private static func four(_ base: UnsafeRawPointer, _ k: Int, _ n: Int) -> UInt64 {
        let four = base.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self)
        // No branch on the length: a shift of 64 or more leaves nothing.
        return four & UInt64.max >> max(0, 64 - 16 * (n - k))
    }
}
