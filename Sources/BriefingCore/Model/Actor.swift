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
/// A text of many names holds hundreds of thousands of these, most named once, only as
/// written, with no role or affiliation: such an actor holds its one mention inline
/// (`Mentions`) and no side object (`Details`), 56 bytes in all.
public struct Actor: Hashable, Sendable {
    /// A stable slug of the canonical name ("david-lammy").
    public let id: String
    public let name: String
    /// The names the text uses for it, in text order.
    public var aliases: [String] { details?.otherAliases ?? [name] }
    public var roles: [String] { details?.roles ?? [] }
    /// The id of another actor (a place or organisation), or nil.
    public var affiliation: String? { details?.affiliation }
    public let mentions: Mentions
    public let kind: ActorKind
    /// The fields most actors leave at their default, nil when all are: held inline, they
    /// cost 24 bytes an actor, and an array of aliases that were just the name 48 more.
    private let details: Details?

    /// Aliases when they are not just `[name]`, roles, affiliation: compared and hashed by
    /// value, as the actor's own fields are.
    private final class Details: Hashable, Sendable {
        let otherAliases: [String]?
        let roles: [String]
        let affiliation: String?

        init(otherAliases: [String]?, roles: [String], affiliation: String?) {
            self.otherAliases = otherAliases
            self.roles = roles
            self.affiliation = affiliation
        }

        static func == (a: Details, b: Details) -> Bool {
            a.otherAliases == b.otherAliases && a.roles == b.roles && a.affiliation == b.affiliation
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(otherAliases)
            hasher.combine(roles)
            hasher.combine(affiliation)
        }
    }

    public init(id: String, name: String, kind: ActorKind, aliases: [String],
                roles: [String], affiliation: String?, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.kind = kind
        let otherAliases = aliases.count == 1 && aliases[0] == name ? nil : aliases
        details = otherAliases == nil && roles.isEmpty && affiliation == nil
            ? nil : Details(otherAliases: otherAliases, roles: roles, affiliation: affiliation)
        self.mentions = Mentions(mentions)
    }
}
