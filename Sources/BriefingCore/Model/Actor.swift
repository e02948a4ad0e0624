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
/// written, with no role or affiliation: such an actor holds its one mention and its kind
/// inline (`Body.plain`), and its name and id as places in its document's `ActorStrings`,
/// 40 bytes in all; any other with roles, an affiliation, aliases or several mentions holds
/// them in one side object (`Details`). A `Details?` beside the mentions and the kind took 56.
/// Compared and hashed by content: two actors of different stores with the same name and id
/// are equal.
public struct Actor: Hashable, Sendable {
    /// A stable slug of the canonical name ("david-lammy"). Given by the resolver, which gives
    /// ids last (`giveId`).
    public var id: String { strings.string(idPiece) }
    public var name: String { strings.string(namePiece) }
    private let strings: ActorStrings
    private let namePiece: ActorStrings.Piece
    private var idPiece: ActorStrings.Piece
    /// The names the text uses for it, in text order.
    public var aliases: [String] {
        guard case .full(let details) = body else { return [name] }
        return details.otherAliases ?? [name]
    }
    public var roles: [String] {
        guard case .full(let details) = body else { return [] }
        return details.roles
    }
    /// The id of another actor (a place or organisation), or nil.
    public var affiliation: String? {
        guard case .full(let details) = body else { return nil }
        return details.affiliation
    }
    public var mentions: Mentions {
        switch body {
        case .unmentioned: []
        case .plain(let mention, _): Mentions(mention)
        case .full(let details): details.mentions
        }
    }
    public var kind: ActorKind {
        switch body {
        case .unmentioned(let kind), .plain(_, let kind): kind
        case .full(let details): details.kind
        }
    }
    private var body: Body

    /// With aliases just `[name]`, no roles and no affiliation, `.unmentioned` for no mention
    /// (as the resolver first makes each actor, named only) and `.plain` for exactly one;
    /// `.full` for any other, so that equal actors are always held alike (which the
    /// synthesised `==` and `hash(into:)` of the body rely on).
    private enum Body: Hashable, Sendable {
        case unmentioned(ActorKind)
        case plain(Mention, ActorKind)
        case full(Details)
    }

    /// Everything but the id and name of an actor that is not plain: compared and hashed by
    /// value, as the actor's own fields are.
    private final class Details: Hashable, Sendable {
        let kind: ActorKind
        let mentions: Mentions
        /// The aliases when they are not just `[name]`.
        let otherAliases: [String]?
        let roles: [String]
        let affiliation: String?

        init(kind: ActorKind, mentions: Mentions, otherAliases: [String]?, roles: [String], affiliation: String?) {
            self.kind = kind
            self.mentions = mentions
            self.otherAliases = otherAliases
            self.roles = roles
            self.affiliation = affiliation
        }

        static func == (a: Details, b: Details) -> Bool {
            a.kind == b.kind && a.mentions == b.mentions && a.otherAliases == b.otherAliases
                && a.roles == b.roles && a.affiliation == b.affiliation
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(mentions)
            hasher.combine(otherAliases)
            hasher.combine(roles)
            hasher.combine(affiliation)
        }
    }

    public init(id: String, name: String, kind: ActorKind, aliases: [String],
                roles: [String], affiliation: String?, mentions: [Mention]) {
        let strings = ActorStrings(capacity: name.utf8.count + id.utf8.count)
        self.init(name: name, in: strings, kind: kind, aliases: aliases, roles: roles, affiliation: affiliation,
                  mentions: mentions)
        idPiece = strings.append(id)
    }

    /// An actor whose name is appended to `strings`, its document's store, and whose id is
    /// empty until `giveId` gives it.
    init(name: String, in strings: ActorStrings, kind: ActorKind, aliases: [String],
         roles: [String], affiliation: String?, mentions: [Mention]) {
        self.strings = strings
        namePiece = strings.append(name)
        idPiece = .empty
        let otherAliases = aliases.count == 1 && aliases[0] == name ? nil : aliases
        if mentions.count <= 1, otherAliases == nil, roles.isEmpty, affiliation == nil {
            body = mentions.first.map { .plain($0, kind) } ?? .unmentioned(kind)
        } else {
            body = .full(Details(kind: kind, mentions: Mentions(mentions), otherAliases: otherAliases,
                                 roles: roles, affiliation: affiliation))
        }
    }

    /// Gives the actor the id `id`, appended to its store.
    mutating func giveId(_ id: String) {
        idPiece = strings.append(id)
    }

    /// Calls `body` with the UTF-8 of the actor's name, without making a `String` of it.
    func withNameUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        strings.withUTF8(namePiece, body)
    }

    /// Whether the actor's id is `id`, without making a `String` of it.
    func hasId(_ id: String) -> Bool {
        strings.holds(idPiece, equalTo: id)
    }

    public static func == (a: Actor, b: Actor) -> Bool {
        a.body == b.body && a.strings.holds(a.idPiece, equalTo: b.idPiece, in: b.strings)
            && a.strings.holds(a.namePiece, equalTo: b.namePiece, in: b.strings)
    }

    public func hash(into hasher: inout Hasher) {
        strings.hash(idPiece, into: &hasher)
        strings.hash(namePiece, into: &hasher)
        hasher.combine(body)
    }

    /// The same actor affiliated with the actor of id `affiliation`: its mentions shared, not
    /// copied into an array and held again.
    func affiliated(with affiliation: String) -> Actor {
        var actor = self
        switch body {
        case .unmentioned(let kind):
            actor.body = .full(Details(kind: kind, mentions: [], otherAliases: nil, roles: [], affiliation: affiliation))
        case .plain(let mention, let kind):
            actor.body = .full(Details(kind: kind, mentions: Mentions(mention), otherAliases: nil, roles: [],
                                       affiliation: affiliation))
        case .full(let details):
            actor.body = .full(Details(kind: details.kind, mentions: details.mentions, otherAliases: details.otherAliases,
                                       roles: details.roles, affiliation: affiliation))
        }
        return actor
    }
}
