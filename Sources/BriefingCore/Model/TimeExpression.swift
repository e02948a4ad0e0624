/// TIMEX3 types. The raw values are the export's.
public enum TimeType: String, Sendable, CaseIterable, Codable {
    case date
    case time
    case duration
    case set
}

/// A temporal expression found in the text, normalised TIMEX3-style.
public struct TimeExpression: Hashable, Sendable {
    public let span: TextSpan
    public let sentence: Int
    public let type: TimeType
    /// TIMEX3 value ("2013-03-20", "2013-W12", "P30D", "PRESENT_REF"), nil when unresolved.
    public let value: String?

    public init(span: TextSpan, sentence: Int, type: TimeType, value: String?) {
        self.span = span
        self.sentence = sentence
        self.type = type
        self.value = value
    }
}
