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
    }

    /// The well-known names over the gazetteer's places, in one table: `fixed` is asked
    /// several times for every name, and a name of several words is looked up by hashing.
    private static let fixedNames: WordMap<Fixed> = {
        var known: [String: Fixed] = [:]
        for (surface, name, kind) in ActorLexicon.known { known[NameKey.make(surface)] = Fixed(name, kind) }
        return Gazetteer.shared.places.mapValues({ Fixed($0.name, .place) }, overriddenBy: known)
    }()

    /// The name any reader knows by this key (a well-known name, else a place), or nil.
    static func fixed(_ key: String) -> Fixed? { fixedNames[key] }

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
