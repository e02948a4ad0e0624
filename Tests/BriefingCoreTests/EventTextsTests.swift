import Testing
@testable import BriefingCore

@Suite("Event texts")
struct EventTextsTests {
    @Test("gives each event its own actors, shared lists or not, in any order")
    func actorLists() {
        let ids = (0..<40).map { "actor-\($0)" }
        var texts = EventTexts(actorIds: ids, textLength: 1000)
        var generator = SeededRandom(seed: 11)
        var events: [(Range<Int>, [String])] = []
        for n in 0..<2000 {
            // lists of 0 to 4 actors, many repeated, so the cache's slots both hit and collide
            let first = texts.actors.count
            var expected: [String] = []
            for _ in 0..<generator.next(5) {
                let a = generator.next(n % 3 == 0 ? 40 : 6)
                if !expected.contains(ids[a]) { expected.append(ids[a]) }
                texts.addActor(a, from: first)
            }
            events.append((first..<texts.actors.count, expected))
        }
        var cache = EventTexts.ListCache()
        for _ in 0..<3 {
            for _ in 0..<events.count {
                let (range, expected) = generator.pick(events)
                #expect(texts.actors(range, cache: &cache) == expected)
            }
        }
    }

    @Test("gives each event back the ranges of actors and summary written for it, from their ends")
    func eventRanges() {
        var generator = SeededRandom(seed: 5)
        var actors = 0, summary = 0
        var events: [(FoundEvent, Range<Int>, Range<Int>)] = []
        for n in 0..<500 {
            // events without actors, or with an empty summary, among the others
            let actorCount = generator.next(4), summaryLength = generator.next(3) * 17
            let event = FoundEvent(sentence: n, position: generator.next(60_000), relation: .past, time: nil,
                                   actorsEnd: actors + actorCount, summaryEnd: summary + summaryLength, cue: 1)
            events.append((event, actors..<(actors + actorCount), summary..<(summary + summaryLength)))
            actors += actorCount
            summary += summaryLength
        }
        var ranges = FoundEvent.Ranges()
        for (event, actors, summary) in events {
            let read = ranges.next(event)
            #expect(read.actors == actors && read.summary == summary)
        }
    }
}
