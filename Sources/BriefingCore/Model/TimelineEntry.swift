/// How an event stands to the document's date. The raw values are the export's.
public enum TemporalRelation: String, Sendable, CaseIterable, Codable {
    case past
    case present
    case future
}

/// One event the briefing reports, placed in order.
///
/// Its numbers are stored in 32 bits (a text has fewer than 2^31 sentences, events and time
/// expressions: `FoundEvent` keeps them so too) and read as `Int`: a 20 MB text has about
/// 260,000 entries, written in timeline order all over the array, and an entry of 40 bytes
/// instead of 72 is 8 MB less memory to fault in and fewer cache lines to write.
public struct TimelineEntry: Hashable, Sendable {
    // The 32-bit numbers first, then the relation in their padding: 40 bytes in all.
    private let storedSentence: Int32
    private let storedOrder: Int32
    /// The time's index, or -1 for none.
    private let storedTime: Int32
    public var sentence: Int { Int(storedSentence) }
    /// Position in the timeline, 0 first.
    public var order: Int { Int(storedOrder) }
    public let relation: TemporalRelation?
    /// Index into `Briefing.times`, or nil.
    public var time: Int? { storedTime < 0 ? nil : Int(storedTime) }
    /// Actor ids.
    public var actors: [String] { Array(texts.actorIds) }
    /// Whether one of its actors has an id of `ids`, without the array `actors` makes:
    /// the reader asks it of every entry when a filter changes.
    public func hasActor(in ids: Set<String>) -> Bool {
        !ids.isEmpty && texts.actorIds.contains { ids.contains($0) }
    }
    public var summary: String { texts.summary }
    /// Both, as ranges of the texts the document's entries share.
    let texts: EntryTexts

    public init(sentence: Int, order: Int, relation: TemporalRelation?, time: Int?,
                actors: [String], summary: String) {
        self.init(sentence: sentence, order: order, relation: relation, time: time,
                  texts: EntryTexts(actors: actors, summary: summary))
    }

    init(sentence: Int, order: Int, relation: TemporalRelation?, time: Int?, texts: EntryTexts) {
        storedSentence = Int32(sentence)
        storedOrder = Int32(order)
        self.relation = relation
        storedTime = time.map { Int32($0) } ?? -1
        self.texts = texts
    }
}
