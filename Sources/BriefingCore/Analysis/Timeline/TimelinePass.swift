/// The timeline stage's pass over a document, one sentence at a time, so it can work on the
/// tokens the time tagger made for the same sentence (`TimelineBuilder.tagAndBuild`).
struct TimelinePass {
    private let actors: [Actor]
    /// Which actor each mention belongs to, grouped by sentence: 4 bytes a mention, the
    /// spans read from the actors' own lists (`next`) when the sentence comes.
    private let actorOfMention: SentenceGroups<Int32>
    /// Per actor, its first mention not yet read: sentences come in text order, and so do
    /// each actor's mentions.
    private var next: [Int32]
    /// The sentence's mentions, remade for each.
    private var sentenceMentions: [ActorMention] = []
    private var finder: EventFinder
    /// In chunks: a text's events are many (32 bytes each), and a doubling array copied them
    /// and touched new pages for them again at every growth.
    private var events = ChunkedArray<FoundEvent>()

    init(text: PackedScalars, sentenceCount: Int, actors: [Actor]) {
        self.actors = actors
        actorOfMention = SentenceGroups(sentenceCount: sentenceCount, filler: 0) { add in
            for (a, actor) in actors.enumerated() {
                for m in actor.mentions { add(m.sentence, Int32(a)) }
            }
        }
        next = [Int32](repeating: 0, count: actors.count)
        finder = EventFinder(text: text, actors: ActorNames(actors))
    }

    /// Finds the events of a sentence from its tokens (`TimeTokens`), their tally (`TokenTally`)
    /// and its time expressions.
    mutating func add(_ sentence: Sentence, tokens: UnsafeBufferPointer<TimeToken>, tally: TokenTally,
                      times: UnsafeBufferPointer<SentenceTime>) {
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
        // equal spans keep actor order, as they were found; one mention or none needs no sort
        if sentenceMentions.count > Self.fewMentions {
            sentenceMentions.sort { ($0.span, $0.actor) < ($1.span, $1.actor) }
        } else if sentenceMentions.count > 1 {
            sentenceMentions.withUnsafeMutableBufferPointer(Self.insertionSort)
        }
        sentenceMentions.withUnsafeBufferPointer { mentions in
            finder.events(in: sentence, tokens: tokens, tally: tally, times: times, mentions: mentions, into: &events)
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
    func entries(times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        TimelineOrdering.order(events, finder.texts, times: times, reference: reference)
    }
}
