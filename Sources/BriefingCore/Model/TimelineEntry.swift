/// How an event stands to the document's date. The raw values are the export's.
public enum TemporalRelation: String, Sendable, CaseIterable, Codable {
    case past
    case present
    case future
}

/// One event the briefing reports, placed in order.
public struct TimelineEntry: Hashable, Sendable {
    public let sentence: Int
    /// Position in the timeline, 0 first.
    public let order: Int
    public let relation: TemporalRelation?
    /// Index into `Briefing.times`, or nil.
    public let time: Int?
    /// Actor ids.
    public let actors: [String]
    public let summary: String

    public init(sentence: Int, order: Int, relation: TemporalRelation?, time: Int?,
                actors: [String], summary: String) {
        self.sentence = sentence
        self.order = order
        self.relation = relation
        self.time = time
        self.actors = actors
        self.summary = summary
    }
}
