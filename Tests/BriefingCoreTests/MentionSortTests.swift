import Testing
@testable import BriefingCore

@Suite("Sentence mention order")
struct MentionSortTests {
    /// The insertion sort of a sentence's few mentions orders them as the library's sort did.
    @Test func fewMentionsSortAsTheLibrarySorts() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let count = 2 + random.next(TimelinePass.fewMentions - 1)
            var mentions = (0..<count).map { _ in
                let start = random.next(6)
                return ActorMention(span: TextSpan(start, start + random.next(3)),
                                    actor: random.next(4))
            }
            let expected = mentions.sorted { ($0.span, $0.actor) < ($1.span, $1.actor) }
            mentions.withUnsafeMutableBufferPointer(TimelinePass.insertionSort)
            #expect(mentions.map(\.span) == expected.map(\.span))
            #expect(mentions.map(\.actor) == expected.map(\.actor))
        }
    }
}

@Suite("Mentions by sentence")
struct MentionsBySentenceTests {
    /// Each sentence's items are reordered in place, apart from the others'; a sentence of
    /// one item or none is left alone.
    @Test func eachSentenceReorderedApart() {
        let items: [(sentence: Int, item: Int)] = [(0, 3), (2, 9), (0, 1), (2, 7), (0, 2), (3, 5), (2, 8)]
        var groups = SentenceGroups(sentenceCount: 4, filler: -1) { add in
            for (sentence, item) in items { add(sentence, item) }
        }
        var sizes: [Int] = []
        groups.reorderEach { group in
            sizes.append(group.count)
            group.sort()
        }
        #expect(sizes == [3, 3])
        #expect((0..<4).map { Array(groups.items[groups.range(of: $0)]) } == [[1, 2, 3], [], [7, 8, 9], [5]])
    }

    /// Spans kept by sentence or read through each actor's list, the pass finds the same
    /// events, in the same order, with the same actors and summaries.
    @Test func bothWaysFindTheSameTimeline() {
        let briefing = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)
        #expect(briefing.actors.contains { $0.mentions.count > 1 })
        func entries(keepingSpans: Bool) -> [TimelineEntry] {
            let text = briefing.source.scalars
            var pass = TimelinePass(text: text, sentenceCount: briefing.sentences.count, actors: briefing.actors,
                                    keepsSpans: keepingSpans)
            let tokens = TimeTokenBuffer()
            for sentence in briefing.sentences {
                let tally = TimeTokens.make(text, in: sentence.span, into: tokens)
                let times = briefing.times.indices.filter { briefing.times[$0].sentence == sentence.index }.map { i in
                    let time = briefing.times[i]
                    return SentenceTime(span: time.span, type: time.type, hasValue: time.value != nil, index: i)
                }
                times.withUnsafeBufferPointer { pass.add(sentence, tokens: tokens, tally: tally, times: $0) }
            }
            return pass.entries(times: briefing.times, reference: nil)
        }
        let kept = entries(keepingSpans: true)
        #expect(!kept.isEmpty && kept.contains { !$0.actors.isEmpty })
        #expect(kept == entries(keepingSpans: false))
    }

    /// News keeps the spans; a text of one-word sentences each naming an actor does not.
    @Test func densityDecides() {
        #expect(TimelinePass.keepsSpans(mentionCount: 1_000, textLength: 80_000))
        #expect(!TimelinePass.keepsSpans(mentionCount: 1_000_000, textLength: 6_000_000))
    }
}
