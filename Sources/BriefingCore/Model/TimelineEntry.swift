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
    public var summary: String { summaryText.string }
    let summaryText: SummaryText

    public init(sentence: Int, order: Int, relation: TemporalRelation?, time: Int?,
                actors: [String], summary: String) {
        self.init(sentence: sentence, order: order, relation: relation, time: time, actors: actors,
                  summaryText: .string(summary))
    }

    init(sentence: Int, order: Int, relation: TemporalRelation?, time: Int?, actors: [String],
         summaryText: SummaryText) {
        self.sentence = sentence
        self.order = order
        self.relation = relation
        self.time = time
        self.actors = actors
        self.summaryText = summaryText
    }
}
