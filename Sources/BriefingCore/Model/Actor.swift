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
///
/// A text of many names holds hundreds of thousands of these, most named once and only as
/// written: such an actor holds its one mention inline (`Mentions`) and no array of aliases.
public struct Actor: Hashable, Sendable {
    /// A stable slug of the canonical name ("david-lammy").
    public let id: String
    public let name: String
    /// The names the text uses for it, in text order.
    public var aliases: [String] { otherAliases ?? [name] }
    public let roles: [String]
    /// The id of another actor (a place or organisation), or nil.
    public let affiliation: String?
    public let mentions: Mentions
    public let kind: ActorKind
    /// `aliases`, nil when they are just `[name]` (most actors): that array cost 48 bytes an actor.
    private let otherAliases: [String]?

    public init(id: String, name: String, kind: ActorKind, aliases: [String],
                roles: [String], affiliation: String?, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.kind = kind
        otherAliases = aliases.count == 1 && aliases[0] == name ? nil : aliases
        self.roles = roles
        self.affiliation = affiliation
        self.mentions = Mentions(mentions)
    }
}
