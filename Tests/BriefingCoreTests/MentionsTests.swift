import Testing
@testable import BriefingCore

/// An actor's mentions (`Mentions`), one held inline and several in an array, read back as
/// given either way, and its aliases, stored only when they are not just its name.
@Suite("Actors' mentions and aliases")
struct MentionsTests {
    private func mention(_ start: Int, _ sentence: Int) -> Mention {
        Mention(span: TextSpan(start, start + 5), sentence: sentence)
    }

    @Test func readBackAsGiven() {
        for given in [[], [mention(3, 0)], [mention(3, 0), mention(40, 2)], (0..<9).map { mention(10 * $0, $0) }] {
            let mentions = Mentions(given)
            #expect(mentions.count == given.count && mentions.isEmpty == given.isEmpty)
            #expect(Array(mentions) == given)
            #expect(mentions.indices.map { mentions[$0] } == given)
            #expect(mentions.first == given.first && mentions.last == given.last)
            #expect(mentions.withContiguousStorageIfAvailable { Array($0) } == given)
        }
    }

    @Test func equalMentionsAreEqualAndHashAlike() {
        let one: Mentions = [mention(3, 0)]
        #expect(one == Mentions([mention(3, 0)]) && one.hashValue == Mentions([mention(3, 0)]).hashValue)
        #expect(one != Mentions([mention(4, 0)]) && one != Mentions([]))
        #expect(one != Mentions([mention(3, 0), mention(3, 0)]))
    }

    @Test func aliasesThatAreTheNameAreNotStoredButReadBack() {
        func actor(_ aliases: [String]) -> Actor {
            Actor(id: "david-lammy", name: "David Lammy", kind: .person, aliases: aliases, roles: [],
                  affiliation: nil, mentions: [mention(0, 0)])
        }
        for aliases in [["David Lammy"], [], ["Lammy"], ["David Lammy", "Lammy"]] {
            #expect(actor(aliases).aliases == aliases)
        }
        #expect(actor(["David Lammy"]) == actor(["David Lammy"]) && actor(["David Lammy"]) != actor([]))
        #expect(actor(["David Lammy"]).mentions.count == 1)
    }

    @Test func rolesAndAffiliationReadBackAndCompareByValue() {
        func actor(_ aliases: [String], _ roles: [String], _ affiliation: String?) -> Actor {
            Actor(id: "kallas", name: "Kaja Kallas", kind: .person, aliases: aliases, roles: roles,
                  affiliation: affiliation, mentions: [])
        }
        for (aliases, roles, affiliation) in [(["Kaja Kallas"], [], nil), (["Kaja Kallas"], ["foreign affairs chief"], nil),
                                              (["Kaja Kallas"], [], "eu"), (["Kaja Kallas", "Kallas"], ["chief"], "eu")]
            as [([String], [String], String?)] {
            let a = actor(aliases, roles, affiliation)
            #expect(a.aliases == aliases && a.roles == roles && a.affiliation == affiliation)
            let b = actor(aliases, roles, affiliation)
            #expect(a == b && a.hashValue == b.hashValue)
        }
        #expect(actor(["Kaja Kallas"], [], "eu") != actor(["Kaja Kallas"], [], "nato"))
        #expect(actor(["Kaja Kallas"], ["chief"], nil) != actor(["Kaja Kallas"], [], nil))
    }
}
