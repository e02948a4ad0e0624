/// The timeline stage's pass over a document, one sentence at a time, so it can work on the
/// tokens the time tagger made for the same sentence (`TimelineBuilder.tagAndBuild`).
struct TimelinePass {
    /// The actors' mentions by sentence, in text order.
    private let mentions: SentenceGroups<ActorMention>
    private var finder: EventFinder
    /// In chunks: a text's events are many (32 bytes each), and a doubling array copied them
    /// and touched new pages for them again at every growth.
    private var events = ChunkedArray<FoundEvent>()

    init(text: PackedScalars, sentenceCount: Int, actors: [Actor]) {
        var mentions = SentenceGroups(sentenceCount: sentenceCount,
                                      filler: ActorMention(span: TextSpan(0, 0), actor: 0)) { add in
            for (a, actor) in actors.enumerated() {
                for m in actor.mentions { add(m.sentence, ActorMention(span: m.span, actor: a)) }
            }
        }
        // equal spans keep actor order, as they were found
        mentions.sortEach { ($0.span, $0.actor) < ($1.span, $1.actor) }
        self.mentions = mentions
        finder = EventFinder(text: text, actors: ActorNames(actors))
    }

    /// Finds the events of a sentence from its tokens (`TimeTokens`) and time expressions.
    mutating func add(_ sentence: Sentence, tokens: [TimeToken], times: UnsafeBufferPointer<SentenceTime>) {
        let all = mentions.items
        let range = mentions.range(of: sentence.index)
        all.withUnsafeBufferPointer { all in
            finder.events(in: sentence, tokens: tokens, times: times,
                          mentions: UnsafeBufferPointer(rebasing: all[range]), into: &events)
        }
    }

    /// The events in timeline order, once every sentence is added.
    func entries(times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        TimelineOrdering.order(events, finder.texts, times: times, reference: reference)
    }
}
