import Testing
@testable import BriefingCore

/// A document's actors' names and ids in one store (`ActorStrings`): each piece reads back as
/// appended, whatever is appended after it, and pieces compare and hash by their bytes, across
/// stores.
@Suite("Actors' strings")
struct ActorStringsTests {
    private let strings = ["David Lammy", "", "Organisation for Economic Co-operation and Development",
                           "Zoë Ærø-Łódź", "david-lammy-2"]

    @Test func piecesReadBackAfterLaterAppends() {
        let store = ActorStrings(capacity: 4)
        var pieces: [ActorStrings.Piece] = []
        for round in 0..<200 {
            for s in strings { pieces.append(store.append("\(s)\(round)")) }
        }
        for (k, piece) in pieces.enumerated() {
            let expected = "\(strings[k % strings.count])\(k / strings.count)"
            #expect(store.string(piece) == expected)
            #expect(store.holds(piece, equalTo: expected))
            #expect(!store.holds(piece, equalTo: expected + "x") && !store.holds(piece, equalTo: String(expected.dropLast())))
        }
        #expect(store.string(.empty) == "" && store.holds(.empty, equalTo: ""))
    }

    @Test func equalPiecesOfTwoStoresAreEqualAndHashAlike() {
        let a = ActorStrings(capacity: 0)
        let b = ActorStrings(capacity: 0)
        _ = b.append("padding before")
        for s in strings {
            let pa = a.append(s)
            let pb = b.append(s)
            #expect(a.holds(pa, equalTo: pb, in: b) && b.holds(pb, equalTo: pa, in: a))
            var ha = Hasher(), hb = Hasher()
            a.hash(pa, into: &ha)
            b.hash(pb, into: &hb)
            #expect(ha.finalize() == hb.finalize())
        }
        let lammy = a.append("David Lammy"), kallas = b.append("Kaja Kallas"), short = b.append("David Lamm")
        #expect(!a.holds(lammy, equalTo: kallas, in: b) && !a.holds(lammy, equalTo: short, in: b))
    }

    @Test func actorsOfOneStoreKeepTheirNamesAndIds() {
        let store = ActorStrings(capacity: 0)
        var actors = (0..<50).map { n in
            Actor(name: "Person Number \(n)", in: store, kind: .person, aliases: ["Person Number \(n)"],
                  roles: [], affiliation: nil, mentions: [])
        }
        #expect(actors.allSatisfy { $0.id.isEmpty })
        for a in actors.indices { actors[a].giveId(Slug.make(actors[a].name)) }
        for (n, actor) in actors.enumerated() {
            #expect(actor.name == "Person Number \(n)" && actor.id == "person-number-\(n)")
            #expect(actor.hasId("person-number-\(n)") && !actor.hasId("person-number"))
            #expect(actor.aliases == [actor.name])
            let alone = Actor(id: actor.id, name: actor.name, kind: .person, aliases: [actor.name], roles: [],
                              affiliation: nil, mentions: [])
            #expect(alone == actor && alone.hashValue == actor.hashValue)
        }
        #expect(actors[0] != actors[1])
    }
}
