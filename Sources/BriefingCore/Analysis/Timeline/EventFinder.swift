/// One event found in a sentence, before it is placed in order. Plain numbers, so events
/// copy and sort without reference counting: its actors and summary are ranges of the
/// finder's `EventTexts`, made strings only for the timeline's entries. The numbers are
/// stored narrow (an event is 20 bytes, not 80: a text can hold hundreds of thousands of
/// events, and each page of them written is a page fault): the text's offsets and indexes
/// in 32 bits, the verb group's token in 16 (a sentence has fewer than 65,536 tokens, as
/// `TokenStore` requires), and of the ranges only their ends, as each event's actors and
/// summary are written right after the previous event's (`Ranges`).
struct FoundEvent: Sendable {
    private let storedSentence: Int32
    private let storedTime: Int32
    private let actorsEnd: Int32
    private let summaryEnd: Int32
    private let storedPosition: UInt16
    private let storedCue: Int8
    /// The verb group's relation; one in the present is placed by its time in `TimelineOrdering`.
    let relation: TemporalRelation?

    /// - Parameters:
    ///   - actorsEnd: where the event's actors end in `EventTexts.actors`; they start where
    ///     the previous event's end.
    ///   - summaryEnd: where its summary ends in `EventTexts.summaries`, the same way.
    init(sentence: Int, position: Int, relation: TemporalRelation?, time: Int?,
         actorsEnd: Int, summaryEnd: Int, cue: Int) {
        storedSentence = Int32(sentence)
        storedPosition = UInt16(position)
        storedTime = time.map { Int32($0) } ?? -1
        self.actorsEnd = Int32(actorsEnd)
        self.summaryEnd = Int32(summaryEnd)
        storedCue = Int8(cue)
        self.relation = relation
    }

    var sentence: Int { Int(storedSentence) }
    /// The verb group's first token, for text order within a sentence.
    var position: Int { Int(storedPosition) }
    /// Index into the briefing's times, or nil.
    var time: Int? { storedTime < 0 ? nil : Int(storedTime) }
    /// A cue word that moves the event before (-1) or after (+1) its neighbours:
    /// "formerly", "in anticipation of", "following", "after".
    var cue: Int { Int(storedCue) }

    /// Each event's ranges of `EventTexts`, read off the events one after another in the
    /// order they were found, from the first: each range starts where the previous one ended.
    struct Ranges {
        private var actors = 0
        private var summary = 0

        /// The actors (in `EventTexts.actors`) and summary (in `EventTexts.summaries`) of the
        /// event after the last one asked for.
        @inline(__always)
        mutating func next(_ e: FoundEvent) -> (actors: Range<Int>, summary: Range<Int>) {
            let actorsEnd = Int(e.actorsEnd), summaryEnd = Int(e.summaryEnd)
            defer { actors = actorsEnd; summary = summaryEnd }
            return (actors..<actorsEnd, summary..<summaryEnd)
        }
    }
}

/// The actors and summaries of the events found so far, one after another, until they are
/// handed to the timeline's entries (`finish`).
struct EventTexts {
    /// Each event's actors, as the index of the first actor with each id: 4 bytes each, as a
    /// text's actors are far fewer than 2^31. A scratch list, appended to without an array's
    /// uniqueness call at each actor; the finder alone writes it, the entries read it through
    /// `TimelineTexts`.
    private(set) var actors: ScratchList<Int32>
    /// Each event's summary, UTF-8.
    let summaries: UTF8Buffer

    /// - Parameter textLength: scales the room reserved for the events' actors and summaries.
    init(textLength: Int) {
        // Reserved, not written: a page becomes resident only once written to, and the lists
        // do not copy themselves as they grow (a copy held both the old and the new memory
        // while it ran). News's summaries take a quarter to a half of its length in bytes, its
        // events' actors one in 60 to 40 of its scalars; a text of short sentences, each an
        // event of two names, goes past half and one in 32.
        actors = ScratchList(capacity: textLength / 16)
        summaries = UTF8Buffer(capacity: textLength)
    }

    /// Adds an actor to the event whose actors start at `first`, unless it is there.
    mutating func addActor(_ id: Int, from first: Int) {
        let id = Int32(truncatingIfNeeded: id)
        // the event's few actors so far read in place: the slice's `contains` cost a
        // call and its iterator's checks at each
        let known = actors.withUnsafeBufferPointer { all in
            var k = first
            while k < all.count {
                if all[k] == id { return true }
                k &+= 1
            }
            return false
        }
        if !known { actors.append(id) }
    }

    /// The texts as the entries share them, the actors' indexes read in `actors`.
    func finish(_ actors: [Actor]) -> TimelineTexts {
        TimelineTexts(summaries: summaries, actors: self.actors, ids: .ofActors(actors))
    }
}

/// A time expression of a sentence, as the events need it.
struct SentenceTime: Sendable {
    let span: TextSpan
    let type: TimeType
    let hasValue: Bool
    /// Index into the briefing's times.
    let index: Int
}

/// Finds the events of a sentence: one for each finite verb group (`VerbGroups`), with the
/// relation its tense, aspect and modality give, the nearest time expression, the actors named
/// in its part of the sentence and a short summary.
///
/// Goes from sentence to sentence keeping its working arrays, so a sentence allocates nothing.
struct EventFinder {
    let text: PackedScalars
    let actors: ActorNames

    private var verbGroups = ScratchList<VerbGroup>()
    /// The verb groups that are events: those outside time expressions.
    private var groups = ScratchList<VerbGroup>()
    /// For each event of a sentence with a date or time, the expression it is anchored to
    /// (-1 for none) and how far it is, refilled for each such sentence. A scratch list: an
    /// array's writes each called the runtime to check it was unique.
    private var anchors = ScratchList<(time: Int, distance: Int)>()
    private var summary: EventSummary.Writer
    /// What the summaries read, its sentence's parts set for each sentence.
    private var context: EventSummary.SentenceContext
    /// The found events' actors and summaries.
    private(set) var texts: EventTexts

    init(text: PackedScalars, actors: ActorNames) {
        self.text = text
        self.actors = actors
        texts = EventTexts(textLength: text.count)
        summary = EventSummary.Writer(into: texts.summaries)
        context = EventSummary.SentenceContext(text: text, t: UnsafeBufferPointer(start: nil, count: 0),
                                               mentions: UnsafeBufferPointer(start: nil, count: 0), actors: actors,
                                               hasWith: false)
    }

    /// Appends the events of a sentence to `out`.
    /// - Parameters:
    ///   - tokens: the sentence's tokens (`TimeTokens`).
    ///   - groupStarts: where verb groups may start (`TimeTokenBuffer.groupStarts`).
    ///   - tally: theirs (`TokenTally`): its cue word's direction is given to each event.
    ///   - times: the sentence's time expressions, in text order.
    ///   - mentions: the actor mentions inside the sentence, in text order.
    mutating func events(in sentence: Sentence, tokens: UnsafeBufferPointer<TimeToken>, groupStarts: TokenBits,
                         tally: TokenTally, times: UnsafeBufferPointer<SentenceTime>,
                         mentions: UnsafeBufferPointer<ActorMention>, into out: inout ChunkedArray<FoundEvent>.Builder) {
        // a verb inside a time expression ("the coming weeks") is not an event
        VerbGroups.find(tokens, text, starts: groupStarts, into: &verbGroups)
        if times.isEmpty {
            // most sentences have no times, and then every group is an event: the arrays
            // traded, not copied (`find` empties the other for the next sentence)
            swap(&groups, &verbGroups)
        } else {
            groups.removeAll()
            var tp = 0
            for k in 0..<verbGroups.count {
                let g = verbGroups[k]
                let at = tokens[g.head].start
                while tp < times.count, times[tp].span.end <= at { tp += 1 }
                if tp < times.count, times[tp].span.contains(at) { continue }
                groups.append(g)
            }
        }
        guard !groups.isEmpty else { return }
        // most sentences have no times: no call then
        let anchored = !times.isEmpty && anchorEvents(tokens, times)

        context.t = tokens
        context.mentions = mentions
        context.hasWith = tally.hasWith
        let cue = tally.cue
        // the first mention at or after the event's part of the sentence: the parts start in
        // text order, so it only moves on
        var firstMention = 0
        for gi in 0..<groups.count {
            let g = groups[gi]
            // the event's part of the sentence: from the previous group's end to the next one's start
            let lower = gi == 0 ? sentence.span.start : tokens[groups[gi - 1].end - 1].end
            let upper = gi + 1 == groups.count ? sentence.span.end : tokens[groups[gi + 1].start].start
            let firstActor = texts.actors.count
            firstMention = EventSummary.firstMention(from: firstMention, at: lower, mentions)
            var mi = firstMention
            while mi < mentions.count, mentions[mi].span.start < upper {
                let m = mentions[mi]
                if m.span.end <= upper { texts.addActor(actors.idOwner(m.actor), from: firstActor) }
                mi += 1
            }
            let anchor = anchored && anchors[gi].time >= 0 ? anchors[gi].time : nil
            let text = summary.make(context, groups, gi, lower: lower, upper: upper, firstMention: firstMention)
            out.append(FoundEvent(sentence: sentence.index, position: g.start, relation: g.relation, time: anchor,
                                  actorsEnd: texts.actors.count, summaryEnd: text.upperBound, cue: cue))
        }
    }

    /// Gives each date or time expression to the nearest event: the group before it or the
    /// one after, found by binary search so a long sentence stays linear. False, with
    /// `anchors` left as they were, when the sentence has no date or time (most have none).
    private mutating func anchorEvents(_ tokens: UnsafeBufferPointer<TimeToken>, _ times: UnsafeBufferPointer<SentenceTime>) -> Bool {
        guard times.contains(where: { $0.type == .date || $0.type == .time }) else { return false }
        anchors.removeAll()
        for _ in 0..<groups.count { anchors.append((-1, Int.max)) }
        for time in times where time.type == .date || time.type == .time {
            let span = time.span
            let after = partitionPoint(groups.count) { tokens[groups[$0].start].start >= span.end }
            var best = -1, bestD = Int.max
            for gi in (after - 1)...after where gi >= 0 && gi < groups.count {
                let g = groups[gi]
                let gs = tokens[g.start].start, ge = tokens[g.end - 1].end
                // times mostly follow their verb ("was introduced in April"); one before a verb
                // and across a comma belongs to another clause
                var d = span.start >= ge ? span.start - ge : 0
                if span.end <= gs {
                    d = 2 * (gs - span.end)
                    var k = span.end
                    while k < gs && k < span.end + 200 { if text[k] == "," { d += 40; break }; k += 1 }
                }
                if d < bestD { best = gi; bestD = d }
            }
            guard best >= 0 else { continue }
            if anchors[best].time < 0 || bestD < anchors[best].distance && time.hasValue {
                anchors[best] = (time.index, bestD)
            }
        }
        return true
    }
}

/// Words that place an event before or after the others of its day; a sentence's are
/// counted as its tokens are made (`TokenTally.cue`).
enum TimelineCues {
    static let beforeWords = ["formerly", "previously", "earlier", "before", "anticipation", "ahead", "prior", "once"]
    static let afterWords = ["following", "follows", "followed", "after", "afterwards", "later", "subsequently",
                             "then", "next"]
}
