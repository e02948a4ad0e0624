import Testing
@testable import BriefingCore

/// The ids given so far while actors are named (`GivenIds`): found once inserted, never
/// before, through collisions and growth.
@Suite("Actors' given ids")
struct GivenIdsTests {
    private func actor(_ id: String) -> Actor {
        Actor(id: id, name: id, kind: .organization, aliases: [id], roles: [], affiliation: nil, mentions: [])
    }

    @Test func foundOnceInsertedThroughGrowth() {
        var actors: [Actor] = []
        var ids = GivenIds(capacity: 2)
        for n in 0..<500 {
            let id = n % 3 == 0 ? "name-\(n)-with-a-long-tail" : "n\(n)"
            #expect(!ids.contains(id, in: actors))
            actors.append(actor(id))
            ids.insert(actors.count - 1, of: actors)
            #expect(ids.contains(id, in: actors))
        }
        for a in actors { #expect(ids.contains(a.id, in: actors)) }
        #expect(!ids.contains("n500", in: actors) && !ids.contains("", in: actors) && !ids.contains("n1-2", in: actors))
    }

    @Test func anEmptyTableHoldsNothing() {
        let ids = GivenIds(capacity: 0)
        #expect(!ids.contains("david-lammy", in: [actor("david-lammy")]))
    }
}
