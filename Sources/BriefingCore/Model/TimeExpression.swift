/// TIMEX3 types. The raw values are the export's.
public enum TimeType: String, Sendable, CaseIterable, Codable {
    case date
    case time
    case duration
    case set
}

/// A temporal expression found in the text, normalised TIMEX3-style.
///
/// Its sentence is stored in 32 bits, as the span's offsets are, and the type in the padding
/// after it: 32 bytes, where an `Int` made it 40 (a text with a time in every sentence of
/// ten words holds one for every 60 scalars).
public struct TimeExpression: Hashable, Sendable {
    public let span: TextSpan
    private let storedSentence: Int32
    public let type: TimeType
    /// TIMEX3 value ("2013-03-20", "2013-W12", "P30D", "PRESENT_REF"), nil when unresolved.
    public let value: String?

    public var sentence: Int { Int(storedSentence) }

    public init(span: TextSpan, sentence: Int, type: TimeType, value: String?) {
        self.span = span
        storedSentence = Int32(sentence)
        self.type = type
        self.value = value
    }
}
