/// One name found in the text, with the evidence for what it is, before names are merged.
final class ActorCandidate {
    var span: TextSpan
    var sentence: Int
    /// `NameKey` of the name as written ("u.s." → "us").
    var key: String
    /// Keys of its words, connectors left out: `[key]` for a one-word name. Made on demand
    /// for those (most mentions), since an array per mention costs ~64 bytes on the heap.
    var wordKeys: [String] { severalWordKeys ?? [key] }
    /// `wordKeys.count`, without making the array.
    var wordCount: Int { severalWordKeys?.count ?? 1 }
    /// The word keys, unless they are just `[key]`.
    private let severalWordKeys: [String]?
    var surface: String
    /// Canonical name and kind from a table (gazetteer, well-known acronyms), if any.
    var fixedName: String? { didSet { fixedNameKey = fixedName.map(NameKey.make) } }
    /// `NameKey` of `fixedName`, made once.
    private(set) var fixedNameKey: String?
    var fixedKind: ActorKind?
    /// Evidence for each kind.
    var person = 0.0
    var organization = 0.0
    var place = 0.0
    var roles: [String] = []
    /// Where the text gives the role as a phrase of its own ("UK Foreign Secretary",
    /// "The EU's foreign affairs chief"): a nominal mention of the same person.
    var roleSpan: TextSpan?
    /// Key (a `NameKey`) of the name it belongs to: a country, an organisation.
    var affiliation: String?
    /// Index of the candidate this acronym stands for ("OECD" after "Organisation … (OECD)").
    var expansion: Int?
    /// Sentence-initial word with no other evidence: kept only if it joins a stronger name.
    var weak = false
    var isAcronym = false
    /// How often its key stands capitalised in the document.
    var documentCount = 0

    init(span: TextSpan, sentence: Int, key: String, wordKeys: [String], surface: String) {
        self.span = span
        self.sentence = sentence
        self.key = key
        severalWordKeys = wordKeys.count == 1 && wordKeys[0] == key ? nil : wordKeys
        self.surface = surface
    }

    func vote(_ kind: ActorKind, _ weight: Double) {
        switch kind {
        case .person: person += weight
        case .organization: organization += weight
        case .place: place += weight
        }
    }

    var hasTitle: Bool { !roles.isEmpty }
}

extension ActorCandidate {
    /// The key other names use to point at it: the table name when it has one.
    var fixedKey: String { fixedNameKey ?? key }
}
