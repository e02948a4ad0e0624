import Testing
@testable import BriefingCore

@Suite("Event texts")
struct EventTextsTests {
    @Test("gives each event its own actors, in any order, read from the store the entries share")
    func actorLists() {
        let ids = (0..<40).map { "actor-\($0)" }
        let actors = ids.map { Actor(id: $0, name: $0, kind: .person, aliases: [$0], roles: [], affiliation: nil, mentions: []) }
        var texts = EventTexts(textLength: 1000)
        var generator = SeededRandom(seed: 11)
        var events: [(Range<Int>, [String])] = []
        for n in 0..<2000 {
            // lists of 0 to 4 actors, many repeated
            let first = texts.actors.count
            var expected: [String] = []
            for _ in 0..<generator.next(5) {
                let a = generator.next(n % 3 == 0 ? 40 : 6)
                if !expected.contains(ids[a]) { expected.append(ids[a]) }
                texts.addActor(a, from: first)
            }
            events.append((first..<texts.actors.count, expected))
        }
        let shared = texts.finish(actors)
        for _ in 0..<events.count {
            let (range, expected) = generator.pick(events)
            let entry = EntryTexts(shared, actors: range, summary: 0..<0)
            #expect(Array(entry.actorIds) == expected)
            #expect(entry == EntryTexts(actors: expected, summary: ""))
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
