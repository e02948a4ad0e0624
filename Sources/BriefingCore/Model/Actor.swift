/// What kind of thing an actor is. The raw values are the export's.
public enum ActorKind: String, Sendable, CaseIterable, Codable {
    case person
    case organization
    case place
}

/// One place in the text where an actor is named: 12 bytes, the sentence in 32 bits
/// as the span's offsets are.
public struct Mention: Hashable, Sendable {
    public let span: TextSpan
    private let storedSentence: Int32

    public var sentence: Int { Int(storedSentence) }

    public init(span: TextSpan, sentence: Int) {
        self.span = span
        storedSentence = Int32(sentence)
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
