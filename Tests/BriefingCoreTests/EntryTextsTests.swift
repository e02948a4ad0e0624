import Testing
@testable import BriefingCore

@Suite("Entry texts")
struct EntryTextsTests {
    /// Summaries written one after the other into one store, as the analysis writes them, each
    /// with the actors given.
    private func written(_ texts: [(actors: [String], summary: String)]) -> [EntryTexts] {
        let ids = Array(Set(texts.flatMap(\.actors))).sorted()
        let actors = ids.map { Actor(id: $0, name: $0, kind: .person, aliases: [$0], roles: [], affiliation: nil, mentions: []) }
        var events = EventTexts(textLength: 1)
        var ranges: [(Range<Int>, Range<Int>)] = []
        for text in texts {
            let first = events.actors.count
            for id in text.actors { events.addActor(ids.firstIndex(of: id)!, from: first) }
            events.summaries.beginText()
            events.summaries.append(PackedScalars(text.summary), 0, PackedScalars(text.summary).count)
            ranges.append((first..<events.actors.count, events.summaries.current))
        }
        let shared = events.finish(actors)
        return ranges.map { EntryTexts(shared, actors: $0.0, summary: $0.1) }
    }

    @Test("a written summary reads back as its text, each apart from the next, with its actors")
    func readsBack() {
        let texts = [(["kallas"], "met Kallas in Brussels"), (["lammy", "kallas"], "signed the café's naïve 👍🏽 deal"),
                     ([], "")]
        let entries = written(texts)
        #expect(entries.map(\.summary) == texts.map(\.1))
        #expect(entries.map { Array($0.actorIds) } == texts.map(\.0))
        for (entry, text) in zip(entries, texts) {
            #expect(entry.withSummaryUTF8 { Array($0) } == Array(text.1.utf8))
        }
    }

    @Test("equal and hashed by actors and text, however they are held")
    func equalByText() {
        let entry = written([(["kallas"], "met Kallas"), (["kallas"], "met Lammy"), (["lammy"], "met Kallas")])
        #expect(entry[0] == EntryTexts(actors: ["kallas"], summary: "met Kallas"))
        #expect(entry[0].hashValue == EntryTexts(actors: ["kallas"], summary: "met Kallas").hashValue)
        #expect(entry[0] != entry[1])
        #expect(entry[0] != entry[2])
        #expect(entry[1] != EntryTexts(actors: ["kallas"], summary: "met Kallas"))
        #expect(entry[0] != EntryTexts(actors: ["kallas", "lammy"], summary: "met Kallas"))
    }

    @Test("an entry's actors and summary are theirs, made by the public initialiser or by the analysis")
    func entryTexts() {
        let made = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil, actors: ["lammy"], summary: "met Kallas")
        let analysed = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil,
                                     texts: written([(["lammy"], "met Kallas")])[0])
        #expect(analysed.summary == "met Kallas" && analysed.actors == ["lammy"])
        #expect(made.actors == ["lammy"])
        #expect(made == analysed)
    }

    @Test("an entry keeps its numbers, a missing time included, in 40 bytes")
    func compactEntry() {
        let entry = TimelineEntry(sentence: 123_456, order: 99_999, relation: .future, time: 0, actors: ["a"],
                                  summary: "met Kallas")
        #expect(entry.sentence == 123_456 && entry.order == 99_999 && entry.time == 0 && entry.relation == .future)
        let timeless = TimelineEntry(sentence: 1, order: 2, relation: nil, time: nil, actors: [], summary: "")
        #expect(timeless.time == nil && timeless.relation == nil && timeless.summary == "" && timeless.actors.isEmpty)
        #expect(entry != timeless)
        #expect(MemoryLayout<TimelineEntry>.stride <= 40)
    }

    @Test("canonically equivalent summaries are equal, with equal hashes, however they are held")
    func canonicalEquivalence() {
        let precomposed = written([([], "caf\u{E9}")])[0]
        let decomposed = EntryTexts(actors: [], summary: "cafe\u{301}")
        #expect(precomposed == decomposed)
        #expect(precomposed.hashValue == decomposed.hashValue)
    }

    @Test("an entry has an actor of a set when one of its ids is in it, and none of an empty set")
    func hasActorInSet() {
        let entry = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil, actors: ["lammy", "kallas"], summary: "met")
        #expect(entry.hasActor(in: ["kallas"]))
        #expect(entry.hasActor(in: ["obama", "lammy"]))
        #expect(!entry.hasActor(in: ["obama"]))
        #expect(!entry.hasActor(in: []))
        let alone = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil, actors: [], summary: "it rained")
        #expect(!alone.hasActor(in: ["lammy"]))
    }
}
