import Testing
@testable import BriefingCore

/// An actor's fields read back as given, however it holds them (no mention, one plain
/// mention inline, or a side object for anything more), and equal actors equal and hashed alike.
@Suite("Actor storage")
struct ActorStorageTests {
    private let first = Mention(span: TextSpan(4, 15), sentence: 0)
    private let second = Mention(span: TextSpan(40, 45), sentence: 2)

    private func actor(kind: ActorKind = .person, aliases: [String] = ["David Lammy"], roles: [String] = [],
                       affiliation: String? = nil, mentions: [Mention]) -> Actor {
        Actor(id: "david-lammy", name: "David Lammy", kind: kind, aliases: aliases, roles: roles,
              affiliation: affiliation, mentions: mentions)
    }

    @Test func everyFieldReadsBackAsGiven() {
        let cases: [(ActorKind, [String], [String], String?, [Mention])] = [
            (.person, ["David Lammy"], [], nil, []),
            (.place, ["David Lammy"], [], nil, [first]),
            (.organization, ["David Lammy"], [], nil, [first, second]),
            (.person, ["David Lammy", "Lammy"], [], nil, [first]),
            (.person, ["David Lammy"], ["Foreign Secretary"], nil, [first]),
            (.person, ["David Lammy"], [], "united-kingdom", []),
        ]
        for (kind, aliases, roles, affiliation, mentions) in cases {
            let a = actor(kind: kind, aliases: aliases, roles: roles, affiliation: affiliation, mentions: mentions)
            #expect(a.id == "david-lammy" && a.name == "David Lammy" && a.kind == kind)
            #expect(a.aliases == aliases && a.roles == roles && a.affiliation == affiliation)
            #expect(Array(a.mentions) == mentions && a.mentions.count == mentions.count)
        }
    }

    @Test func affiliatedLaterEqualsAffiliatedWhenMade() {
        for (aliases, roles, mentions) in [(["David Lammy"], [String](), [Mention]()), (["David Lammy"], [], [first]),
                                           (["David Lammy", "Lammy"], ["Foreign Secretary"], [first, second])] {
            let later = actor(aliases: aliases, roles: roles, mentions: mentions).affiliated(with: "united-kingdom")
            let made = actor(aliases: aliases, roles: roles, affiliation: "united-kingdom", mentions: mentions)
            #expect(later == made && later.hashValue == made.hashValue && later.affiliation == "united-kingdom")
        }
    }

    @Test func equalActorsAreEqualAndHashAlike() {
        let a = actor(roles: ["Foreign Secretary"], mentions: [first, second])
        let b = actor(roles: ["Foreign Secretary"], mentions: [first, second])
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(actor(mentions: [first]) == actor(mentions: [first]))
        #expect(actor(mentions: [first]) != actor(mentions: [second]))
        #expect(actor(mentions: [first]) != actor(kind: .place, mentions: [first]))
        #expect(actor(mentions: []) != actor(mentions: [first]))
        #expect(actor(mentions: [first]) != actor(roles: ["Foreign Secretary"], mentions: [first]))
        #expect(Set([a, b, actor(mentions: [first]), actor(mentions: [first])]).count == 2)
    }
}
