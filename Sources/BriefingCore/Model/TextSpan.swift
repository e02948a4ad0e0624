/// A half-open range of Unicode scalar offsets into `Briefing.text`.
///
/// Scalar offsets are what the export promises (Python `str` indexing), and
/// they are also what every stage works in, so no conversion is ever needed.
public struct TextSpan: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a span ends before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var range: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
