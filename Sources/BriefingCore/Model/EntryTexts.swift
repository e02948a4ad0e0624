/// The actors and summaries the analysis wrote for a document's events, each event's right
/// after the previous one's, which the timeline's entries share (`EntryTexts`). Written by
/// the analysis (`EventTexts`) and no one after, so shared across threads as it is.
///
/// One store for all the entries, where each entry held an array of its actors' ids and a
/// `String` of its summary: a text of 110,000 events naming two actors each allocated 110,000
/// arrays (7 MB), and the lists kept for the entries of one actor 220,000 more (12 MB).
final class TimelineTexts: @unchecked Sendable {
    /// Each event's summary, UTF-8.
    let summaries: UTF8Buffer
    /// Each event's actors, as indexes into `ids`.
    let actors: ScratchList<Int32>
    private let ids: ActorIds

    /// Where an actor's id is read from.
    enum ActorIds {
        /// The analysis's actors, by index: their ids, held by the briefing already, are
        /// not copied.
        case ofActors([Actor])
        /// Ids given as they are (an entry made outside the analysis).
        case given([String])
    }

    init(summaries: UTF8Buffer, actors: ScratchList<Int32>, ids: ActorIds) {
        self.summaries = summaries
        self.actors = actors
        self.ids = ids
    }

    /// The id of the actor at `k` of `actors`.
    func id(at k: Int) -> String {
        let a = Int(actors[k])
        switch ids {
        case .ofActors(let actors): return actors[a].id
        case .given(let ids): return ids[a]
        }
    }
}

/// A timeline entry's actors and summary: ranges of its document's `TimelineTexts`, made an
/// array and a `String` only when read (the reader shows a screenful of entries, an export
/// reads each once). 24 bytes: a reference and four 32-bit offsets, as the store holds less
/// than 2^31 of either.
///
/// An entry made from strings gets a store of its own.
struct EntryTexts: Hashable, Sendable {
    private let shared: TimelineTexts
    private let actorsStart: Int32
    private let actorsEnd: Int32
    private let summaryStart: Int32
    private let summaryEnd: Int32

    /// The actors at `actors` of the store's and the summary at `summary` of its bytes.
    init(_ shared: TimelineTexts, actors: Range<Int>, summary: Range<Int>) {
        self.shared = shared
        // Checked: a store past 2^31 bytes (a text of several hundred MB, allowed by
        // `--max-size`) stops here rather than showing other entries' text.
        actorsStart = Int32(actors.lowerBound)
        actorsEnd = Int32(actors.upperBound)
        summaryStart = Int32(summary.lowerBound)
        summaryEnd = Int32(summary.upperBound)
    }

    init(actors: [String], summary: String) {
        let scalars = PackedScalars(summary)
        let bytes = UTF8Buffer(capacity: summary.utf8.count)
        bytes.append(scalars, 0, scalars.count)
        var indexes = ScratchList<Int32>(capacity: actors.count)
        for a in actors.indices { indexes.append(Int32(a)) }
        self.init(TimelineTexts(summaries: bytes, actors: indexes, ids: .given(actors)),
                  actors: 0..<actors.count, summary: bytes.current)
    }

    /// The actors' ids, read from the store.
    struct ActorIds: RandomAccessCollection {
        fileprivate let shared: TimelineTexts
        let startIndex: Int
        let endIndex: Int

        subscript(k: Int) -> String {
            precondition(k >= startIndex && k < endIndex, "actor index out of range")
            return shared.id(at: k)
        }
    }

    var actorIds: ActorIds { ActorIds(shared: shared, startIndex: Int(actorsStart), endIndex: Int(actorsEnd)) }

    var summary: String { shared.summaries.string(Int(summaryStart)..<Int(summaryEnd)) }

    /// The summary's UTF-8, without a `String`.
    func withSummaryUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        shared.summaries.withBytes(Int(summaryStart)..<Int(summaryEnd), body)
    }

    // As the ids and the summary's text, wherever they are held: equal bytes are equal
    // texts, and other bytes may still be canonically equivalent ones.
    static func == (a: EntryTexts, b: EntryTexts) -> Bool {
        guard a.actorIds.elementsEqual(b.actorIds) else { return false }
        return a.withSummaryUTF8 { x in b.withSummaryUTF8 { y in x.elementsEqual(y) } } || a.summary == b.summary
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(actorsEnd - actorsStart)
        for id in actorIds { hasher.combine(id) }
        hasher.combine(summary)
    }
}
