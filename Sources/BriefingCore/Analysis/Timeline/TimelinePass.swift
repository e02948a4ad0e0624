/// The timeline stage's pass over a document, one sentence at a time, so it can work on the
/// tokens the time tagger made for the same sentence (`TimelineBuilder.tagAndBuild`).
/// Not copyable, as it writes its events through a `ChunkedArray.Builder`; `entries` ends it.
struct TimelinePass: ~Copyable {
    private let actors: [Actor]
    /// The document's mentions, grouped by sentence in one of two ways.
    private enum SentenceMentions {
        /// Each sentence's sorted as the finder takes them, when the text has few enough for
        /// their spans to be kept (`keepsSpans`): a sentence's are then read one after
        /// another. Read through each actor's own list instead, they cost a cache miss or two
        /// each on a long text.
        case sorted(SentenceGroups<ActorMention>)
        /// Which actor each mention belongs to: 4 bytes a mention, the spans read from the
        /// actors' own lists (`next`) when the sentence comes.
        case actorOfMention(SentenceGroups<Int32>)
    }
    private let grouped: SentenceMentions
    /// Per actor, its first mention not yet read: sentences come in text order, and so do
    /// each actor's mentions. Empty when the spans are kept.
    private var next: [Int32] = []
    /// The sentence's mentions, remade for each.
    private var sentenceMentions: [ActorMention] = []
    private var finder: EventFinder
    /// In chunks: a text's events are many, and a doubling array copied them and touched new
    /// pages for them again at every growth. Written by a builder, which appends without the
    /// chunked array's uniqueness test (a runtime call an event).
    private var events = ChunkedArray<FoundEvent>.Builder()

    /// - Parameter keepsSpans: whether the mentions' spans are kept by sentence; nil leaves it
    ///   to the text (`keepsSpans(mentionCount:textLength:)`). Both ways find the same events.
    init(text: PackedScalars, sentenceCount: Int, actors: [Actor], keepsSpans: Bool? = nil) {
        self.actors = actors
        let mentionCount = actors.reduce(0) { $0 + $1.mentions.count }
        if keepsSpans ?? Self.keepsSpans(mentionCount: mentionCount, textLength: text.count) {
            var sorted = SentenceGroups(sentenceCount: sentenceCount, filler: ActorMention(span: TextSpan(0, 0), actor: 0)) { add in
                for (a, actor) in actors.enumerated() {
                    for m in actor.mentions { add(m.sentence, ActorMention(span: m.span, actor: a)) }
                }
            }
            sorted.reorderEach(Self.sort)
            grouped = .sorted(sorted)
        } else {
            grouped = .actorOfMention(SentenceGroups(sentenceCount: sentenceCount, filler: 0) { add in
                for (a, actor) in actors.enumerated() {
                    for m in actor.mentions { add(m.sentence, Int32(a)) }
                }
            })
            next = [Int32](repeating: 0, count: actors.count)
        }
        finder = EventFinder(text: text, actors: ActorNames(actors))
    }

    /// Whether the mentions' spans are kept by sentence: when there is at most one mention
    /// for every 32 scalars of the text (news has one for 40 or more), so the 8 bytes more a
    /// mention than an actor index add a quarter of a byte a scalar at most to the stage's
    /// memory. A text of short sentences each naming actors, with more, keeps its peak.
    static func keepsSpans(mentionCount: Int, textLength: Int) -> Bool { mentionCount * 32 <= textLength }

    /// Finds the events of a sentence from its tokens (`TimeTokens`), their tally (`TokenTally`)
    /// and its time expressions.
    mutating func add(_ sentence: Sentence, tokens buffer: TimeTokenBuffer, tally: TokenTally,
                      times: UnsafeBufferPointer<SentenceTime>) {
        let tokens = buffer.tokens, groupStarts = buffer.groupStarts
        let actorOfMention: SentenceGroups<Int32>
        switch grouped {
        case .sorted(let sorted):
            sorted.items.withUnsafeBufferPointer { all in
                finder.events(in: sentence, tokens: tokens, groupStarts: groupStarts, tally: tally, times: times,
                              mentions: UnsafeBufferPointer(rebasing: all[sorted.range(of: sentence.index)]), into: &events)
            }
            return
        case .actorOfMention(let groups):
            actorOfMention = groups
        }
        if !sentenceMentions.isEmpty { sentenceMentions.removeAll(keepingCapacity: true) } // no call when empty
        for i in actorOfMention.range(of: sentence.index) {
            let a = Int(actorOfMention.items[i])
            let mentions = actors[a].mentions
            var m = Int(next[a])
            // Mentions outside the document's sentences were never grouped: pass over them.
            while mentions[m].sentence != sentence.index { m += 1 }
            sentenceMentions.append(ActorMention(span: mentions[m].span, actor: a))
            next[a] = Int32(m + 1)
        }
        // one mention or none needs no sort
        if sentenceMentions.count > 1 { sentenceMentions.withUnsafeMutableBufferPointer(Self.sort) }
        sentenceMentions.withUnsafeBufferPointer { mentions in
            finder.events(in: sentence, tokens: tokens, groupStarts: groupStarts, tally: tally, times: times, mentions: mentions, into: &events)
        }
    }

    /// Sorts a sentence's mentions by span, then actor (mentions equal in both are alike).
    static func sort(_ m: inout UnsafeMutableBufferPointer<ActorMention>) {
        if m.count > fewMentions {
            m.sort { ($0.span, $0.actor) < ($1.span, $1.actor) }
        } else {
            insertionSort(&m)
        }
    }

    /// Up to this many mentions, a sentence's are sorted in place by insertion: they are a
    /// few, each actor's already in order, and the library's sort cost more to set up than
    /// to run on them.
    static let fewMentions = 16

    /// Sorts by span, then actor.
    static func insertionSort(_ m: inout UnsafeMutableBufferPointer<ActorMention>) {
        for i in 1..<m.count {
            let x = m[i]
            var j = i
            while j > 0, (x.span, x.actor) < (m[j - 1].span, m[j - 1].actor) {
                m[j] = m[j - 1]
                j -= 1
            }
            m[j] = x
        }
    }

    /// The events in timeline order, once every sentence is added.
    consuming func entries(times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        let (events, texts) = finish()
        return TimelineOrdering.order(events, texts, times: times, reference: reference)
    }

    /// The events and their texts. The pass ends here, and with it what only the pass needs
    /// (the mentions by sentence, the actors' short names) is let go before the ordering makes
    /// the entries: on a text naming 220,000 actors, 8 MB more that the entries need not sit on.
    private consuming func finish() -> (ChunkedArray<FoundEvent>, TimelineTexts) {
        (events.finish(), finder.texts.finish(actors))
    }
}
