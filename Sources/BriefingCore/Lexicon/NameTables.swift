/// Tables looked up by `NameKey`.
enum NameTables {
    static let known: WordMap<(name: String, kind: ActorKind)> = {
        var out: [String: (name: String, kind: ActorKind)] = [:]
        for (surface, name, kind) in ActorLexicon.known { out[NameKey.make(surface)] = (name, kind) }
        return WordMap(out)
    }()

    /// Canonical name and kind of a name any reader knows, or nil.
    static func fixed(_ key: String) -> (name: String, kind: ActorKind)? {
        if let k = known[key] { return k }
        if let p = Gazetteer.shared.places[key] { return (p.name, .place) }
        return nil
    }

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
