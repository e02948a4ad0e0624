/// What kind of thing an actor is. The raw values are the export's.
public enum ActorKind: String, Sendable, CaseIterable, Codable {
    case person
    case organization
    case place
}

/// One place in the text where an actor is named.
public struct Mention: Hashable, Sendable {
    public let span: TextSpan
    public let sentence: Int

    public init(span: TextSpan, sentence: Int) {
        self.span = span
        self.sentence = sentence
    }
}

/// A person, organisation or place, merged across all the names the text uses for it.
public struct Actor: Hashable, Sendable {
    /// A stable slug of the canonical name ("david-lammy").
    public let id: String
    public let name: String
    public let kind: ActorKind
    public let aliases: [String]
    public let roles: [String]
    /// The id of another actor (a place or organisation), or nil.
    public let affiliation: String?
    public let mentions: [Mention]

    public init(id: String, name: String, kind: ActorKind, aliases: [String],
                roles: [String], affiliation: String?, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.affiliation = affiliation
        self.mentions = mentions
    }
}
