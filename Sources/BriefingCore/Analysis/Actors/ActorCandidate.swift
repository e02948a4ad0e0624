/// One name found in the text, with the evidence for what it is, before names are merged.
///
/// A text can hold a million of these, all kept until names are merged, in one flat array:
/// a struct each, so no heap object, reference count or pointer to chase per mention. Each
/// is kept to 48 bytes: the eight-byte fields first, then the four-byte ones, then the
/// two-byte ones, so that no padding falls between them (Swift lays stored properties out in
/// the order they are declared); the evidence in whole halves, the table entry and the flags
/// in one word, and what is the same for every mention of a name in its `NameStrings`.
struct ActorCandidate {
    var span: TextSpan
    /// Its key, word keys and surface, shared with the other mentions made from the same
    /// `NameFacts`.
    private var names: NameStrings
    private var rare: Rare?
    /// Stored in 32 bits.
    var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(newValue) }
    }
    private var storedSentence: Int32
    /// How many later mentions repeat it (`repeats`), kept in a `RepeatedMentions`: a name
    /// said a million times costs 12 bytes a mention instead of a candidate each. Set when
    /// the repeats are placed, 0 before.
    private(set) var repeatCount: Int32 = 0
    /// Index of its first repeat in that `RepeatedMentions` once placed (`RepeatedMentions.place`).
    private(set) var firstRepeat: Int32 = 0
    /// The table entry, its kind and the flags below, in one word (`CandidateBits`).
    private var bits = CandidateBits()
    /// Evidence for each kind, counted in halves: every weight given is a whole number of
    /// halves, so the sums are exact, in 2 bytes each where a `Double` took 8. A mention
    /// gets a handful of votes of at most 4 each, far below the 32,767 halves an `Int16`
    /// holds (checked in debug builds: a check at every vote cost 0.6 M instructions on
    /// 2 MB of news; past it, a release build's sum stops at the bound).
    private var personHalves: Int16 = 0
    private var organizationHalves: Int16 = 0
    private var placeHalves: Int16 = 0

    /// How often its key stands capitalised in the document, 0 to 6 (the counts stop at 3 a
    /// table: `DocumentEvidence.capitalisedCount`): the same for every mention of the name,
    /// so kept with its strings.
    var documentCount: Int32 { names.documentCount }

    /// `NameKey` of the name as written ("u.s." → "us").
    var key: String { names.key }
    /// Keys of its words, connectors left out: `[key]` for a one-word name. Made on demand,
    /// since an array per name costs ~64 bytes on the heap (`NameStrings.wordKeys`).
    var wordKeys: [String] { names.wordKeys }
    /// `wordKeys.count`, without making the array.
    var wordCount: Int { names.wordCount }
    /// The name as written, a kept abbreviation dot included.
    var surface: String { names.surface }
    /// Canonical name and kind from a table (gazetteer, well-known acronyms), if any.
    /// Set with `fixedKind` by `setFixed`, or from a name's facts.
    var fixedName: String? { bits.fixedIndex.map { NameTables.fixedEntry($0).name } }
    /// `NameKey` of `fixedName`.
    var fixedNameKey: String? { bits.fixedIndex.map { NameTables.fixedEntry($0).nameKey } }
    /// Kind from the table that gives `fixedName`.
    @inline(__always) var fixedKind: ActorKind? { bits.fixedKind }
    /// Evidence for each kind: a whole number of halves (see `personHalves`).
    var person: Double {
        @inline(__always) get { Double(personHalves) * 0.5 }
        set { personHalves = Self.halves(newValue) }
    }
    var organization: Double {
        @inline(__always) get { Double(organizationHalves) * 0.5 }
        set { organizationHalves = Self.halves(newValue) }
    }
    var place: Double {
        @inline(__always) get { Double(placeHalves) * 0.5 }
        set { placeHalves = Self.halves(newValue) }
    }
    /// Sentence-initial word with no other evidence: kept only if it joins a stronger name.
    var weak: Bool {
        @inline(__always) get { bits.contains(.weak) }
        set { bits.update(.weak, newValue) }
    }
    var isAcronym: Bool {
        @inline(__always) get { bits.contains(.isAcronym) }
        set { bits.update(.isAcronym, newValue) }
    }
    /// `wordCount >= 2`, kept in the candidate: read through `names`, a trip to the heap, and
    /// a cache miss, for each candidate that the resolver's passes over all of them ask.
    @inline(__always) var hasSeveralWords: Bool { bits.contains(.hasSeveralWords) }
    /// Its own mention and its repeats.
    var mentionCount: Int { 1 + Int(repeatCount) }

    /// `value` in halves: every weight is a whole number of halves, and every sum within
    /// `Int16` (both checked in debug builds only: a check of each at every vote cost 1% of
    /// the actors' instructions). The weights are the rules' constants, so a fraction would
    /// be a rule's mistake, which the debug builds of the tests catch.
    @inline(__always) private static func halves(_ value: Double) -> Int16 {
        let halves = Int(value * 2)
        assert(Double(halves) == value * 2 && Int16(exactly: halves) != nil, "evidence \(value) is not in halves")
        return Int16(clamping: halves)
    }

    /// `halves` plus `weight`, stopping at `Int16`'s bounds.
    @inline(__always) private static func adding(_ weight: Double, to halves: Int16) -> Int16 {
        let sum = Int(halves) + Int(Self.halves(weight))
        assert(Int16(exactly: sum) != nil, "evidence beyond 32,767 halves")
        return Int16(clamping: sum)
    }

    var roles: [String] {
        get { bits.contains(.roles) ? rare!.roles : [] }
        set {
            guard !newValue.isEmpty || rare != nil else { return }
            writableRare.roles = newValue
            bits.update(.roles, !newValue.isEmpty)
        }
    }
    /// Where the text gives the role as a phrase of its own ("UK Foreign Secretary",
    /// "The EU's foreign affairs chief"): a nominal mention of the same person.
    var roleSpan: TextSpan? {
        get { bits.contains(.roleSpan) ? rare!.roleSpan : nil }
        set {
            guard newValue != nil || rare != nil else { return }
            writableRare.roleSpan = newValue
            bits.update(.roleSpan, newValue != nil)
        }
    }
    /// Key (a `NameKey`) of the name it belongs to: a country, an organisation.
    var affiliation: String? {
        get { bits.contains(.affiliation) ? rare!.affiliation : nil }
        set {
            guard newValue != nil || rare != nil else { return }
            writableRare.affiliation = newValue
            bits.update(.affiliation, newValue != nil)
        }
    }
    /// Index of the candidate this acronym stands for ("OECD" after "Organisation … (OECD)").
    var expansion: Int? {
        get { bits.contains(.expansion) ? rare!.expansion : nil }
        set {
            guard newValue != nil || rare != nil else { return }
            writableRare.expansion = newValue
            bits.update(.expansion, newValue != nil)
        }
    }
    /// The fields above that most mentions leave unset, in an object made on the first
    /// write of a value: kept inline they cost ~60 bytes for every mention.
    private final class Rare {
        var roles: [String] = []
        var roleSpan: TextSpan?
        var affiliation: String?
        var expansion: Int?

        init() {}

        init(copying other: Rare) {
            roles = other.roles
            roleSpan = other.roleSpan
            affiliation = other.affiliation
            expansion = other.expansion
        }
    }
    /// The side object, made on first use and copied before a write when another copy of the
    /// candidate shares it, so candidates keep value semantics.
    private var writableRare: Rare {
        mutating get {
            guard rare != nil else {
                let made = Rare()
                rare = made
                return made
            }
            if !isKnownUniquelyReferenced(&rare!) { rare = Rare(copying: rare!) }
            return rare!
        }
    }

    /// `severalWordKeys`: the word keys, two or more, or nil when they are just `[key]`.
    init(span: TextSpan, sentence: Int, key: String, severalWordKeys: [String]?, surface: String) {
        self.init(span: span, sentence: sentence,
                  names: NameStrings.make(key: key, severalWordKeys: severalWordKeys, surface: surface,
                                     keyHash: KeyHash.of(key)))
        bits.update(.hasSeveralWords, severalWordKeys != nil)
    }

    /// A mention at `span` of the name whose strings `names` holds.
    private init(span: TextSpan, sentence: Int, names: NameStrings) {
        self.span = span
        storedSentence = Int32(sentence)
        self.names = names
    }

    /// A mention of the name `facts` tell of, written at `span`.
    init(span: TextSpan, sentence: Int, facts: NameFacts) {
        self.init(span: span, sentence: sentence, names: facts.names)
        // The table entry as `setFixed` would set it, with the kind, `isAcronym` and
        // `hasSeveralWords`, packed once for all the facts' mentions.
        bits = facts.candidateBits
    }

    /// Sets or clears (nil) the table entry that gives its name and kind.
    mutating func setFixed(_ index: Int32?) {
        bits.setFixed(index, index.map { NameTables.fixedEntry($0).kind })
    }

    /// Inlined: out of line, each of the reader's votes cost a call and a check that the
    /// candidates' array was not shared (1.6 M instructions on 2 MB of news).
    @inline(__always) mutating func vote(_ kind: ActorKind, _ weight: Double) {
        switch kind {
        case .person: personHalves = Self.adding(weight, to: personHalves)
        case .organization: organizationHalves = Self.adding(weight, to: organizationHalves)
        case .place: placeHalves = Self.adding(weight, to: placeHalves)
        }
    }

    var hasTitle: Bool { !roles.isEmpty }

    /// Sets how many later mentions repeat it and where they start, once the
    /// `RepeatedMentions` gathers them.
    mutating func placeRepeats(count: Int32, at index: Int32) {
        repeatCount = count
        firstRepeat = index
    }

    /// Its own mention, then its repeats (placed in `repeats`), appended to `array` in text
    /// order, leaving it without repeats.
    mutating func takeMentions(into array: inout [Mention], from repeats: inout RepeatedMentions) {
        array.append(Mention(span: span, sentence: sentence))
        guard repeatCount > 0 else { return }
        repeats.take(first: firstRepeat, count: Int(repeatCount), length: span.length, to: &array)
        repeatCount = 0
    }

    /// Lets go of its strings once nothing reads them again (the resolver, as its actor is
    /// made): empty ones shared by all stand in. Whether it held them last, so that they
    /// were freed.
    mutating func releaseStrings() -> Bool {
        let wasLast = isKnownUniquelyReferenced(&names)
        names = Self.releasedStrings
        return wasLast
    }

    /// Unsafe only in name: it is never written (`keepStrings` and `noteKept` are the reader's,
    /// before any release).
    nonisolated(unsafe) private static let releasedStrings = NameStrings.make(key: "", severalWordKeys: nil, surface: "", keyHash: 0)
}

extension ActorCandidate {
    /// The key other names use to point at it: the table name when it has one.
    var fixedKey: String { fixedNameKey ?? key }
}

extension ActorCandidate {
    /// Whether the mention at `a` says nothing an earlier one, at `b`, did not: the same name
    /// written the same way (and as long in the text, so that `RepeatedMentions` keeps only
    /// its start) with the same evidence, roles and affiliation, and neither with a role
    /// phrase or an expansion. The recogniser then keeps only its place, in `b`'s
    /// `RepeatedMentions`: the resolver weighs each repeat as a member of its own, and
    /// a member with the same roles and affiliation as one before it adds nothing else.
    ///
    /// Read field by field through pointers into the candidates' array: a method called on
    /// two elements copied both whole, retaining and releasing each of their strings.
    static func repeats(_ a: UnsafeMutablePointer<ActorCandidate>, _ b: UnsafeMutablePointer<ActorCandidate>) -> Bool {
        // The same bits: the same table entry, the same rare fields set, both acronyms or neither.
        mayRepeat(a) && mayRepeat(b) && a.pointee.bits == b.pointee.bits
            && a.pointee.span.length == b.pointee.span.length
            && a.pointee.personHalves == b.pointee.personHalves
            && a.pointee.organizationHalves == b.pointee.organizationHalves
            && a.pointee.placeHalves == b.pointee.placeHalves
            // The same strings: the same key, so the same `documentCount`.
            && NameStrings.same(a.pointee.names, b.pointee.names)
            && (!a.pointee.bits.hasRareFields
                || a.pointee.rare!.roles == b.pointee.rare!.roles && a.pointee.rare!.affiliation == b.pointee.rare!.affiliation)
    }

    /// Whether it has an `expansion`, read through a pointer as `repeats` reads.
    static func hasExpansion(_ c: UnsafeMutablePointer<ActorCandidate>) -> Bool {
        c.pointee.bits.contains(.expansion)
    }

    /// No role phrase or expansion, which stand for this mention alone, and not a weak
    /// sentence-initial word.
    static func mayRepeat(_ c: UnsafeMutablePointer<ActorCandidate>) -> Bool {
        c.pointee.bits.containsNone(of: .roleSpan | .expansion | .weak)
    }

    /// What `repeats` compares beyond the facts the candidate was made from, when it fits in 32
    /// bits: its length in the text (1 to 255) and its evidence for each kind in halves (0 to
    /// 255 each), with none of the fields `rare` holds. 0 for any other: two candidates made
    /// with the same `NameStrings` with the same non-zero summary repeat each other.
    @inline(__always)
    static func repeatSummary(_ c: UnsafeMutablePointer<ActorCandidate>) -> UInt32 {
        let length = c.pointee.span.length
        let person = c.pointee.personHalves, organization = c.pointee.organizationHalves
        let place = c.pointee.placeHalves
        // Each count of halves from 0 to 255 at once: a negative one, as unsigned, is larger.
        let p = UInt32(UInt16(bitPattern: person)), o = UInt32(UInt16(bitPattern: organization))
        let q = UInt32(UInt16(bitPattern: place))
        guard !c.pointee.bits.hasRareFields, length > 0, length < 256, p | o | q < 256 else { return 0 }
        return UInt32(length) | p << 8 | o << 16 | q << 24
    }

    /// The candidate it repeats when that is the last kept with its strings and `summary`, its
    /// `repeatSummary` (`NameStrings.lastKept`), told without a read of that one; else nil.
    /// The same strings are the same facts or the same mention's copy (the same key, word
    /// keys, surface and table entry), and the same non-zero summary the same length and
    /// evidence and no field `rare` holds: all `repeats` compares.
    @inline(__always)
    static func lastKeptAlike(_ c: UnsafeMutablePointer<ActorCandidate>, summary: UInt32) -> Int? {
        summary != 0 && c.pointee.names.lastKeptSummary == summary ? Int(c.pointee.names.lastKept) : nil
    }

    /// Notes the candidate at `c`, kept at `index`, as the last kept with its strings and
    /// `summary`, which is not 0; gives the index of the one noted before, if any.
    @inline(__always)
    static func noteKept(_ c: UnsafeMutablePointer<ActorCandidate>, at index: Int, summary: UInt32) -> Int? {
        c.pointee.names.noteKept(index, summary: summary)
    }

    /// A hash of what `repeats` compares first: the key (by its `KeyHash`, which stands for
    /// `documentCount` too) and the evidence for each kind.
    static func repeatHash(_ c: UnsafeMutablePointer<ActorCandidate>) -> UInt64 {
        let keyHash = c.pointee.names.keyHash
        @inline(__always) func mix(_ h: UInt64, _ part: UInt64) -> UInt64 {
            let m = (h ^ part) &* 0x9E37_79B9_7F4A_7C15
            return m ^ m >> 29
        }
        let h = mix(UInt64(keyHash), UInt64(UInt16(bitPattern: c.pointee.personHalves))
                    | UInt64(UInt16(bitPattern: c.pointee.organizationHalves)) << 16
                    | UInt64(UInt16(bitPattern: c.pointee.placeHalves)) << 32)
        return h == 0 ? 1 : h
    }
}
