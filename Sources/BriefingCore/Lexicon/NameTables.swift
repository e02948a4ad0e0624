/// Tables looked up by `NameKey`.
enum NameTables {
    /// The well-known names over the gazetteer's places, in one table: `fixed` is asked
    /// several times for every name, and a name of several words is looked up by hashing.
    private static let fixedNames: WordMap<(name: String, kind: ActorKind)> = {
        var known: [String: (name: String, kind: ActorKind)] = [:]
        for (surface, name, kind) in ActorLexicon.known { known[NameKey.make(surface)] = (name, kind) }
        return Gazetteer.shared.places.mapValues({ ($0.name, .place) }, overriddenBy: known)
    }()

    /// Canonical name and kind of a name any reader knows (a well-known name, else a place), or nil.
    static func fixed(_ key: String) -> (name: String, kind: ActorKind)? { fixedNames[key] }

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
