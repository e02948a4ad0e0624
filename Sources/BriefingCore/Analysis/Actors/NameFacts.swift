/// What the words of a name give on their own, wherever they stand: its key, the strings a
/// candidate holds, and the table answers asked about the key.
///
/// News names the same people and bodies again and again: `NameFactsMemo` keeps these per
/// distinct name as written, so a repeated name makes no string and hashes no key. An
/// object, so that the memo hands it out with one retain, not a copy of each field.
final class NameFacts {
    /// The key, word keys and surface, in one object every candidate made from these facts
    /// shares (`ActorCandidate`).
    let names: NameStrings
    /// `NameKey` of the words.
    var key: String { names.key }
    /// The top half of `KeyHash.of(key)`, which `ActorCandidate.repeatHash` starts from.
    var keyHash: UInt32 { names.keyHash }
    /// `NameTables.fixedIndex(key)`.
    let fixedIndex: Int32?
    /// The kind of that table entry.
    let fixedKind: ActorKind?
    /// `ActorLexicon.notActors.contains(key)`.
    let isNotActor: Bool
    /// `Gazetteer.shared.demonym(key)`.
    let demonym: String?
    /// The words as written, a kept abbreviation dot included (`RoleReader.spanText`).
    var surface: String { names.surface }
    /// `DocumentEvidence.capitalisedCount(key)`.
    var documentCount: Int32 { names.documentCount }
    /// Every word an acronym.
    let isAcronym: Bool
    /// What a mention's `ActorCandidate` starts from: the table entry and its kind,
    /// `isAcronym`, and whether the words are several.
    let candidateBits: CandidateBits
    /// The last word keeps the abbreviation dot after it (`NameRunFinder.keepsDot`).
    let keepsDot: Bool
    /// The last word an acronym.
    let lastIsAcronym: Bool
    /// Several words, the last ending a holiday's or a market index's name ("Martin Luther
    /// King Day", "Nasdaq Composite Index").
    let endsHolidayOrIndex: Bool
    /// `CandidateReader.readPlain`'s reading of the words, once it has read them.
    var plain = PlainReading()
    /// Mentions' cues that the name is a product, a product's modifier or an actor
    /// (`ProductEvidence`): kept with the facts, so a mention adds to them with no lookup of
    /// its own. Facts made again after another name took their memo slot start from none.
    var productCues: Int32 = 0
    var modifierCues: Int32 = 0
    var actorCues: Int32 = 0
    /// How many candidates were made from these facts, up to 2 (`noteCandidate`): set at
    /// 2 for one word, which has no word keys to keep.
    private var candidatesMade: UInt8
    /// `RoleReader.roleText` of the title the words hold, once a reader has made it.
    var titleRoles: [String]?
    /// `RoleReader.split` of the words, once asked (`split(_:_:)`).
    private var splitCounts = SplitCounts.unread
    /// Made from the words (token indexes of `w`), one word asked about by its token, as
    /// the rules ask: no string is made for its table lookups. `w` and `evidence` borrowed:
    /// an initialiser takes its arguments owned, and each call copied both, retaining all they hold.
    init(_ w: borrowing SentenceWords, _ words: NameWords, evidence: borrowing DocumentEvidence) {
        let first = words[words.startIndex]
        let last = words[words.endIndex - 1]
        let start = w.tokens[first].start
        var end = w.tokens[last].end
        let key: String
        let severalWordKeys: [String]?
        let documentCount: Int
        if words.count == 1 {
            key = w.key(first)
            fixedIndex = w.fixedIndex(first)
            isNotActor = w.key(first, isIn: .notActors)
            demonym = w.demonym(first)
            severalWordKeys = nil
            documentCount = evidence.capitalisedCount(hash: w.keyHash(first))
        } else {
            key = NameKey.make(w.scalars, start, end)
            fixedIndex = NameTables.fixedIndex(key)
            isNotActor = ActorLexicon.notActors.contains(key)
            demonym = Gazetteer.shared.demonym(key)
            severalWordKeys = words.map { w.key($0) }
            documentCount = evidence.capitalisedCount(key)
        }
        fixedKind = fixedIndex.map { NameTables.fixedEntry($0).kind }
        // The dot changes no key: keys drop dots.
        keepsDot = NameRunFinder.keepsDot(w, last)
        if keepsDot { end += 1 }
        names = NameStrings.make(key: key, severalWordKeys: severalWordKeys, surface: RoleReader.spanText(w, start, end),
                            keyHash: KeyHash.of(key), documentCount: documentCount)
        isAcronym = words.allSatisfy { w.isAcronym($0) }
        var bits = CandidateBits()
        bits.setFixed(fixedIndex, fixedKind)
        bits.update(.isAcronym, isAcronym)
        bits.update(.hasSeveralWords, words.count >= 2)
        candidateBits = bits
        candidatesMade = words.count >= 2 ? 0 : 2
        lastIsAcronym = w.isAcronym(last)
        endsHolidayOrIndex = words.count >= 2 && (w.key(last, isIn: .holidayEnds) || w.key(last, isIn: .indexEnds))
    }

    /// Notes a candidate made from these facts: at the second, the name is said again, and
    /// its word keys and surface are kept as strings (`NameStrings.keepStrings`) for the
    /// resolver, which asks for them at each of its candidates. A name said once keeps only
    /// their places, and its surface may be made from its key.
    @inline(__always) func noteCandidate() {
        if candidatesMade < 2 { noteEarlyCandidate() }
    }

    /// `noteCandidate` for the first two candidates of a name of several words.
    private func noteEarlyCandidate() {
        candidatesMade += 1
        if candidatesMade == 2 { names.keepStrings() }
    }

    /// `RoleReader.split(w, words)` for `words` these are the facts of, worked out the first time.
    /// Inlined, a name known to hold no title (most) answered at once: out of line, each call
    /// from the reader took a copy of the words (`w`) to pass them, and a frame for the rest.
    @inline(__always) func split(_ w: SentenceWords, _ words: NameWords) -> RoleReader.Split? {
        if case .noTitle = splitCounts { return nil }
        return knownOrNewSplit(w, words)
    }

    /// `split`, for a name not known to hold no title.
    private func knownOrNewSplit(_ w: SentenceWords, _ words: NameWords) -> RoleReader.Split? {
        switch splitCounts {
        case .unread:
            let split = RoleReader.split(w, words)
            splitCounts = split.map { .split(prefix: $0.prefix.count, title: $0.title.count) } ?? .noTitle
            return split
        case .noTitle:
            return nil
        case let .split(prefix, title):
            let o = words.startIndex
            return RoleReader.Split(prefix: words[o..<(o + prefix)], title: words[(o + prefix)..<(o + prefix + title)],
                                    name: words[(o + prefix + title)...])
        }
    }
}

/// `NameFacts` of a document's names by their words as written, so each distinct name's
/// are made once (the first time it is read), not at each mention.
///
/// An entry is known by the name's scalars (a kept abbreviation dot included) and where its
/// words stand among them, compared in full on a hit: equal hashes never give another name's
/// facts. A longer name is compared with its last mention, which a hit moves the slot to. Direct-mapped and bounded: a name whose slot another took is made again, and the
/// table stops growing at `maxSlots`, so a text of a million distinct names holds no more.
/// Names of more than `maxWords` words, or longer than 255 scalars, or with a scalar above
/// U+FFFF (whose value the units do not hold), are not kept. A word alone, most names, is
/// kept with its form instead (`WordFacts.name(_:)`), when the form has an entry.
///
/// Everything a hit reads is in its slot, one cache line (`NameFactsSlots`): in four arrays
/// and with the name compared against its first place in the text, a hit on a large
/// document cost a cache miss in each.
struct NameFactsMemo {
    private var slots: NameFactsSlots
    /// Entries written, the ones moved over at the last growth and those since: a slot
    /// taken again counts, so that names crowding each other out grow the table to its bound.
    private var written = 0

    static let maxSlots = 1 << 14
    static let maxWords = 8

    init() { slots = NameFactsSlots(count: 256) }

    /// Sized for a document of `capitalisedWords` capitalised words, which no more distinct
    /// names can be: a long one's table made at its size at once, not grown through
    /// doubling after doubling (each a new table, every entry moved over).
    init(capitalisedWords: Int) {
        var count = 256
        while count < capitalisedWords && count < Self.maxSlots { count *= 2 }
        slots = NameFactsSlots(count: count)
    }

    /// A word alone without a dot: its facts are those of its form, kept with the form's
    /// entry (`SentenceWords.oneWordName`), which one probe finds; no hash of its units, no
    /// comparison. Nil for several words, or a word whose form has no entry. A caller holding
    /// the evidence in a stored property asks this before it reads the evidence (see
    /// `CandidateReader.facts`).
    @inline(__always)
    static func oneWordForm(_ w: SentenceWords, _ words: NameWords) -> UnsafeMutablePointer<WordFacts.Entry>? {
        let first = words[words.startIndex]
        return words.count == 1 && !NameRunFinder.keepsDot(w, first) ? w.formEntry(first) : nil
    }

    /// The facts of `words` (token indexes of `w`, in order) from the table or made, then
    /// kept with `form`, the entry of the one word's form, if any: found the first time in
    /// the table, so that a mention whose form has no entry gets the same facts. The reader
    /// asks the form's kept facts first (`CandidateReader.facts`).
    mutating func facts(_ w: SentenceWords, _ words: NameWords, evidence: DocumentEvidence,
                        keptWith form: UnsafeMutablePointer<WordFacts.Entry>?) -> NameFacts {
        let facts = lookUp(w, words, evidence: evidence)
        if let form { w.keepOneWordName(facts, form) }
        return facts
    }

    /// `facts` from the table or made.
    private mutating func lookUp(_ w: SentenceWords, _ words: NameWords, evidence: DocumentEvidence) -> NameFacts {
        guard words.count <= Self.maxWords else { return make(w, words, evidence: evidence) }
        let first = words[words.startIndex]
        let last = words[words.endIndex - 1]
        let start = w.tokens[first].start
        var end = w.tokens[last].end
        if NameRunFinder.keepsDot(w, last) { end += 1 }
        guard end - start <= 255 else { return make(w, words, evidence: evidence) }
        // Where each word stands: its offset and length, a byte each, two bytes a word.
        var layout: (UInt64, UInt64) = (0, 0)
        for (n, word) in words.enumerated() {
            let t = w.tokens[word]
            let bits = UInt64((t.start - start) << 8 | t.span.length) << (16 * UInt64(n & 3))
            if n < 4 { layout.0 |= bits } else { layout.1 |= bits }
        }
        guard let hash = Self.hash(w.scalars, start, end, layout.0 ^ layout.1 &* 0x9E37_79B9_7F4A_7C15) else {
            return make(w, words, evidence: evidence)
        }
        let units = Self.shortUnits(w.scalars, start, end)
        let slot = slots.base + (Int(truncatingIfNeeded: hash >> 7) & (slots.count - 1))
        if slot.pointee.hash == hash, slot.pointee.layout == layout, slot.pointee.end - slot.pointee.start == Int32(end - start) {
            if end - start <= NameFactsSlots.Slot.unitCount {
                if slot.pointee.units == units { return slot.pointee.facts!.takeUnretainedValue() }
            } else if Self.sameUnits(w.scalars, Int(slot.pointee.start), start, end - start) {
                // The next mention is compared with this one: its units are likely still in
                // the cache, where the name's first place far back in the text was a miss.
                slot.pointee.start = Int32(truncatingIfNeeded: start)
                slot.pointee.end = Int32(truncatingIfNeeded: end)
                return slot.pointee.facts!.takeUnretainedValue()
            }
        }
        let made = make(w, words, evidence: evidence)
        written += 1
        slot.pointee.facts?.release()
        slot.pointee = NameFactsSlots.Slot(hash: hash, layout: layout, start: Int32(truncatingIfNeeded: start),
                                           end: Int32(truncatingIfNeeded: end), units: units, facts: .passRetained(made))
        // Kept an eighth full: direct-mapped, a name shares its slot with others by chance,
        // and at half full a third of the names read were made again after another took it.
        if written * 8 > slots.count && slots.count < Self.maxSlots { grow() }
        return made
    }

    /// New facts of `words`.
    private func make(_ w: SentenceWords, _ words: NameWords, evidence: DocumentEvidence) -> NameFacts {
        NameFacts(w, words, evidence: evidence)
    }

    /// A hash of the units and the layout, never 0; nil when a unit marks a scalar above U+FFFF.
    private static func hash(_ scalars: PackedScalars, _ start: Int, _ end: Int, _ layout: UInt64) -> UInt64? {
        // Most texts have no such scalar: their units need no look for the mark.
        let mayHaveMark = !scalars.astral.isEmpty
        return scalars.units.withUnsafeBufferPointer { units -> UInt64? in
            if mayHaveMark, units[start..<end].contains(PackedScalars.astralMark) { return nil }
            var h = (layout ^ UInt64(end - start)) &* 0xBF58_476D_1CE4_E5B9
            let raw = UnsafeRawPointer(units.baseAddress!)
            var k = start
            // Four units at a time, read as one word.
            while k + 4 <= end {
                h = (h ^ raw.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                k += 4
            }
            var tail: UInt64 = 0
            if k < end && end - start >= 4 {
                // The last four units, some hashed already: the length is in the hash.
                tail = raw.loadUnaligned(fromByteOffset: 2 * (end - 4), as: UInt64.self)
            } else {
                while k < end {
                    tail = tail << 16 | UInt64(units[k])
                    k += 1
                }
            }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            return h == 0 ? 1 : h
        }
    }

    /// The units of a name of at most `Slot.unitCount` units, four to a word in text order,
    /// those beyond the name 0; all 0 for a longer name, which is compared in the text.
    private static func shortUnits(_ scalars: PackedScalars, _ start: Int, _ end: Int) -> NameFactsSlots.Units {
        let n = end - start
        guard n <= NameFactsSlots.Slot.unitCount else { return NameFactsSlots.Units() }
        return scalars.units.withUnsafeBufferPointer { units in
            if start + NameFactsSlots.Slot.unitCount <= units.count {
                // Read as three words, the units beyond the name masked off: no loop.
                let raw = UnsafeRawPointer(units.baseAddress! + start)
                @inline(__always) func word(_ j: Int) -> UInt64 {
                    let kept = min(4, n - 4 * j)
                    return kept <= 0 ? 0 : raw.loadUnaligned(fromByteOffset: 8 * j, as: UInt64.self) & UInt64.max >> (64 - 16 * kept)
                }
                return NameFactsSlots.Units(word(0), word(1), word(2))
            }
            var words = NameFactsSlots.Units()
            for k in 0..<n { words.set(k, units[start + k]) }
            return words
        }
    }

    /// Whether the `count` units from `a` and from `b` are the same.
    private static func sameUnits(_ scalars: PackedScalars, _ a: Int, _ b: Int, _ count: Int) -> Bool {
        scalars.units.withUnsafeBufferPointer { units in
            // Four units at a time, read as one word, then the rest one by one.
            let raw = UnsafeRawPointer(units.baseAddress!)
            var k = 0
            while k + 4 <= count {
                if raw.loadUnaligned(fromByteOffset: 2 * (a + k), as: UInt64.self)
                    != raw.loadUnaligned(fromByteOffset: 2 * (b + k), as: UInt64.self) {
                    return false
                }
                k += 4
            }
            while k < count {
                if units[a + k] != units[b + k] { return false }
                k += 1
            }
            return true
        }
    }

    /// Twice the slots, the entries moved over.
    private mutating func grow() {
        let bigger = NameFactsSlots(count: slots.count * 2)
        written = slots.moveAll(into: bigger)
        slots = bigger
    }
}
