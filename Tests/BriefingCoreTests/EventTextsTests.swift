import Testing
@testable import BriefingCore

@Suite("Event texts")
struct EventTextsTests {
    @Test("gives each event its own actors, shared lists or not, in any order")
    func actorLists() {
        let ids = (0..<40).map { "actor-\($0)" }
        var texts = EventTexts(actorIds: ids, textLength: 1000)
        var generator = SeededRandom(seed: 11)
        var events: [(FoundEvent, [String])] = []
        for n in 0..<2000 {
            // lists of 0 to 4 actors, many repeated, so the cache's slots both hit and collide
            let first = texts.actors.count
            var expected: [String] = []
            for _ in 0..<generator.next(5) {
                let a = generator.next(n % 3 == 0 ? 40 : 6)
                if !expected.contains(ids[a]) { expected.append(ids[a]) }
                texts.addActor(a, from: first)
            }
            let event = FoundEvent(sentence: n, position: 0, relation: nil, time: nil,
                                   actors: first..<texts.actors.count, summary: 0..<0, cue: 0)
            events.append((event, expected))
        }
        var cache = EventTexts.ListCache()
        for _ in 0..<3 {
            for _ in 0..<events.count {
                let (event, expected) = generator.pick(events)
                #expect(texts.actors(of: event, cache: &cache) == expected)
            }
        }
    }
}
