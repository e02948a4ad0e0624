/// One name found in the text, with the evidence for what it is, before names are merged.
///
/// A text can hold a million of these, all kept until names are merged, in one flat array:
/// a struct each, so no heap object, reference count or pointer to chase per mention. Each
/// is kept small: the one-byte fields are stored last, after the eight-byte ones, so that no
/// padding falls between them (Swift lays stored properties out in the order they are declared).
struct ActorCandidate {
    var span: TextSpan
    /// Stored in 32 bits, which leaves room for `repeatCount` and `firstRepeat` in the same 104 bytes.
    var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(newValue) }
    }
    /// Its key, word keys and surface, shared with the other mentions made from the same
    /// `NameFacts`.
    private let names: NameStrings
    /// `NameKey` of the name as written ("u.s." → "us").
    var key: String { names.key }
    /// Keys of its words, connectors left out: `[key]` for a one-word name. Made on demand
    /// for those (most mentions), since an array per mention costs ~64 bytes on the heap.
    var wordKeys: [String] { names.severalWordKeys ?? [key] }
    /// `wordKeys.count`, without making the array.
    var wordCount: Int { names.severalWordKeys?.count ?? 1 }
    /// The name as written, a kept abbreviation dot included.
    var surface: String { names.surface }
    /// Canonical name and kind from a table (gazetteer, well-known acronyms), if any.
    /// Set with `fixedKind` by `setFixed`, or from a name's facts.
    var fixedName: String? { fixedIndex >= 0 ? NameTables.fixedEntry(fixedIndex).name : nil }
    /// `NameKey` of `fixedName`.
    var fixedNameKey: String? { fixedIndex >= 0 ? NameTables.fixedEntry(fixedIndex).nameKey : nil }
    /// Evidence for each kind.
    var person = 0.0
    var organization = 0.0
    var place = 0.0
    var roles: [String] {
        get { rareFields.contains(.roles) ? rare!.roles : [] }
        set {
            guard !newValue.isEmpty || rare != nil else { return }
            writableRare.roles = newValue
            rareFields.update(.roles, !newValue.isEmpty)
        }
    }
    /// Where the text gives the role as a phrase of its own ("UK Foreign Secretary",
    /// "The EU's foreign affairs chief"): a nominal mention of the same person.
    var roleSpan: TextSpan? {
        get { rareFields.contains(.roleSpan) ? rare!.roleSpan : nil }
        set {
            guard newValue != nil || rare != nil else { return }
            writableRare.roleSpan = newValue
            rareFields.update(.roleSpan, newValue != nil)
        }
    }
    /// Key (a `NameKey`) of the name it belongs to: a country, an organisation.
    var affiliation: String? {
        get { rareFields.contains(.affiliation) ? rare!.affiliation : nil }
        set {
            guard newValue != nil || rare != nil else { return }
            writableRare.affiliation = newValue
            rareFields.update(.affiliation, newValue != nil)
        }
    }
    /// Index of the candidate this acronym stands for ("OECD" after "Organisation … (OECD)").
    var expansion: Int? {
        get { rareFields.contains(.expansion) ? rare!.expansion : nil }
        set {
            guard newValue != nil || rare != nil else { return }
            writableRare.expansion = newValue
            rareFields.update(.expansion, newValue != nil)
        }
    }
    private var rare: Rare?
    /// How many later mentions repeat it (`repeats`), kept in a `RepeatedMentions`: a name
    /// said a million times costs 12 bytes a mention instead of a candidate each. Set when
    /// the repeats are placed, 0 before.
    private(set) var repeatCount: Int32 = 0
    /// Index of its first repeat in that `RepeatedMentions` once placed (`RepeatedMentions.place`).
    private(set) var firstRepeat: Int32 = 0
    /// Its own mention and its repeats.
    var mentionCount: Int { 1 + Int(repeatCount) }
    private var storedSentence: Int32
    /// How often its key stands capitalised in the document.
    var documentCount: Int32 = 0
    /// Index of its table entry (`NameTables.fixedEntry`), -1 for none: mentions of
    /// countries and well-known bodies are common, and a side object holding copies of the
    /// entry's strings cost ~110 bytes for each.
    private var fixedIndex: Int32 = -1
    /// Kind from the table that gives `fixedName`.
    private(set) var fixedKind: ActorKind?
    /// Sentence-initial word with no other evidence: kept only if it joins a stronger name.
    var weak = false
    var isAcronym = false
    /// `wordCount >= 2`, kept in the candidate: read through `names`, a trip to the heap, and
    /// a cache miss, for each candidate that the resolver's passes over all of them ask.
    let hasSeveralWords: Bool
    /// Which fields of `rare` hold a value: a read of an unset one then costs no trip to the
    /// side object, which, far from the candidate in memory, is a cache miss when merging names.
    private var rareFields: RareFields = []

    private struct RareFields: OptionSet {
        let rawValue: UInt8
        static let roles = RareFields(rawValue: 2)
        static let roleSpan = RareFields(rawValue: 4)
        static let affiliation = RareFields(rawValue: 8)
        static let expansion = RareFields(rawValue: 16)

        mutating func update(_ field: RareFields, _ isSet: Bool) {
            if isSet { insert(field) } else { remove(field) }
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
                  names: NameStrings(key: key, severalWordKeys: severalWordKeys, surface: surface,
                                     keyHash: KeyHash.of(key), serial: 0))
    }

    /// A mention at `span` of the name whose strings `names` holds.
    private init(span: TextSpan, sentence: Int, names: NameStrings) {
        self.span = span
        storedSentence = Int32(sentence)
        self.names = names
        hasSeveralWords = names.severalWordKeys != nil
    }

    /// A mention of the name `facts` tell of, written at `span`.
    init(span: TextSpan, sentence: Int, facts: NameFacts) {
        self.init(span: span, sentence: sentence, names: facts.names)
        documentCount = facts.documentCount
        isAcronym = facts.isAcronym
        // As `setFixed` would, with the kind the facts looked up once.
        fixedIndex = facts.fixedIndex ?? -1
        fixedKind = facts.fixedKind
    }

    /// Sets or clears (nil) the table entry that gives its name and kind.
    mutating func setFixed(_ index: Int32?) {
        fixedIndex = index ?? -1
        fixedKind = index.map { NameTables.fixedEntry($0).kind }
    }

    mutating func vote(_ kind: ActorKind, _ weight: Double) {
        switch kind {
        case .person: person += weight
        case .organization: organization += weight
        case .place: place += weight
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
        mayRepeat(a) && mayRepeat(b) && a.pointee.rareFields == b.pointee.rareFields
            && a.pointee.span.length == b.pointee.span.length
            && a.pointee.person == b.pointee.person && a.pointee.organization == b.pointee.organization
            && a.pointee.place == b.pointee.place && a.pointee.documentCount == b.pointee.documentCount
            && a.pointee.fixedIndex == b.pointee.fixedIndex && a.pointee.isAcronym == b.pointee.isAcronym
            && NameStrings.same(a.pointee.names, b.pointee.names)
            && (a.pointee.rareFields.isEmpty
                || a.pointee.rare!.roles == b.pointee.rare!.roles && a.pointee.rare!.affiliation == b.pointee.rare!.affiliation)
    }

    /// Whether it has an `expansion`, read through a pointer as `repeats` reads.
    static func hasExpansion(_ c: UnsafeMutablePointer<ActorCandidate>) -> Bool {
        c.pointee.rareFields.contains(.expansion)
    }

    /// No role phrase or expansion, which stand for this mention alone, and not a weak
    /// sentence-initial word.
    static func mayRepeat(_ c: UnsafeMutablePointer<ActorCandidate>) -> Bool {
        c.pointee.rareFields.isDisjoint(with: [.roleSpan, .expansion]) && !c.pointee.weak
    }

    /// What `repeats` compares beyond the facts the candidate was made from, when it fits in 32
    /// bits: its length in the text (1 to 255) and its evidence for each kind in halves (0 to
    /// 255 each), with none of the fields `rare` holds. 0 for any other: two candidates made
    /// from the same `NameFacts` with the same non-zero summary repeat each other.
    @inline(__always)
    static func repeatSummary(_ c: UnsafeMutablePointer<ActorCandidate>) -> UInt32 {
        // Rounded by adding 2^52, past which a double holds no fraction, and taken from the
        // sum's low bits: converted to an integer and back, each conversion checked its range
        // (and `rounded(.down)` cost a call). `h` is a whole number when the sum less 2^52,
        // exact for `h` below 2^52, gives it back. The sum's bits less those of 2^52 are `h`
        // for a whole `h` from 0 to 2^52, and 2^52 or more (wrapped round) for any other
        // double, negative, too large or NaN: the three ranges are checked at once, by one
        // comparison of their bits combined, where a test of each bound of each took a branch.
        @inline(__always) func halves(_ v: Double) -> (bits: UInt64, whole: Bool) {
            let h = v * 2
            let sum = h + 0x1p52
            return (sum.bitPattern &- (0x1p52 as Double).bitPattern, sum - 0x1p52 == h)
        }
        let length = c.pointee.span.length
        let person = halves(c.pointee.person), organization = halves(c.pointee.organization)
        let place = halves(c.pointee.place)
        guard c.pointee.rareFields.isEmpty, length > 0, length < 256,
              person.bits | organization.bits | place.bits < 256,
              person.whole, organization.whole, place.whole else { return 0 }
        return UInt32(length) | UInt32(truncatingIfNeeded: person.bits << 8 | organization.bits << 16 | place.bits << 24)
    }

    /// The `NameFacts.serial` of the facts it was made from (0 for none), read through a pointer.
    static func factsSerial(_ c: UnsafeMutablePointer<ActorCandidate>) -> UInt32 { c.pointee.names.serial }

    /// A hash of what `repeats` compares first: the key (by its `KeyHash`) and the evidence
    /// for each kind.
    static func repeatHash(_ c: UnsafeMutablePointer<ActorCandidate>) -> UInt64 {
        let keyHash = c.pointee.names.keyHash
        @inline(__always) func mix(_ h: UInt64, _ part: UInt64) -> UInt64 {
            let m = (h ^ part) &* 0x9E37_79B9_7F4A_7C15
            return m ^ m >> 29
        }
        let h = mix(mix(mix(mix(keyHash, c.pointee.person.bitPattern), c.pointee.organization.bitPattern),
                        c.pointee.place.bitPattern), UInt64(UInt32(bitPattern: c.pointee.documentCount)))
        return h == 0 ? 1 : h
    }
}
