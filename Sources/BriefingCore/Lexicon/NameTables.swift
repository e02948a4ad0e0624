/// Tables looked up by `NameKey`.
enum NameTables {
    /// A name any reader knows: its canonical name, that name's `NameKey` and its kind.
    struct Fixed: Sendable {
        let name: String
        let nameKey: String
        let kind: ActorKind

        init(_ name: String, _ kind: ActorKind) {
            self.name = name
            nameKey = NameKey.make(name)
            self.kind = kind
        }

        /// A place's entry, its key made from the place's `LetterKey` when it has one.
        init(place: Gazetteer.Place) {
            name = place.name
            nameKey = place.nameLetterKey != 0 ? LetterKey.word(place.nameLetterKey) : NameKey.make(place.name)
            kind = .place
        }
    }

    /// Every entry, and the well-known names over the gazetteer's places by key in one table
    /// of indexes into them: `fixed` is asked several times for every name, and a name of
    /// several words is looked up by hashing.
    private static let fixedNames: (entries: [Fixed], indexes: WordMap<Int32>) = {
        var entries: [Fixed] = []
        entries.reserveCapacity(ActorLexicon.known.count + Gazetteer.shared.places.count)
        var known: [String: Int32] = [:]
        for (surface, name, kind) in ActorLexicon.known {
            known[NameKey.make(surface)] = Int32(entries.count)
            entries.append(Fixed(name, kind))
        }
        let indexes = Gazetteer.shared.places.mapValues({ place in
            entries.append(Fixed(place: place))
            return Int32(entries.count - 1)
        }, overriddenBy: known)
        return (entries, indexes)
    }()

    /// The name any reader knows by this key (a well-known name, else a place), or nil.
    static func fixed(_ key: String) -> Fixed? { fixedIndex(key).map(fixedEntry) }

    /// Index of `fixed(key)`, for `fixedEntry`.
    static func fixedIndex(_ key: String) -> Int32? { fixedNames.indexes[key] }

    /// `fixedIndex` of a key by its `LetterKey`, which is not 0.
    static func fixedIndex(letterKey: UInt64) -> Int32? { fixedNames.indexes[letterKey: letterKey] }

    static func fixedEntry(_ index: Int32) -> Fixed { fixedNames.entries[Int(index)] }

    static let strongOrgHeads: WordSet = [
        "ministry", "department", "bank", "university", "council", "commission", "agency",
        "organisation", "organization", "committee", "office", "institute", "court", "courts",
        "party", "union", "association", "federation", "authority", "board", "bureau",
        "academy", "college", "school", "society", "foundation", "corporation", "company",
        "airlines", "airways", "group", "inc", "corp", "ltd", "plc", "force", "army", "navy",
    ]

    static let legalSuffixes: WordSet = [
        "inc", "corp", "ltd", "co", "plc", "llc", "nv", "ag", "sa", "limited", "gmbh", "bv",
        "spa", "ab", "pty", "pte", "llp", "lp", "corporation", "incorporated",
    ]
}
