/// A half-open range of Unicode scalar offsets into `Briefing.text`.
///
/// Scalar offsets are what the export promises (Python `str` indexing), and
/// they are also what every stage works in, so no conversion is ever needed.
/// They are stored in 32 bits (a text is at most `maxOffset` scalars, which the input
/// size limit guarantees): a span is 8 bytes, and a document holds millions of them.
public struct TextSpan: Hashable, Sendable, Comparable {
    private var storedStart: Int32
    private var storedEnd: Int32

    /// The largest offset a span can hold.
    public static let maxOffset = Int(Int32.max)

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a span ends before it starts")
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }

    /// A span inside one already made (a token of a sentence): its offsets are known to be
    /// in order and to fit, so the hot scans that make millions of them skip the checks
    /// (debug builds still make them).
    @inline(__always) init(inside start: Int, _ end: Int) {
        assert(start <= end && end <= Self.maxOffset, "a span outside every text")
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
    }

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { storedStart == storedEnd }
    public var range: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.storedStart >= storedStart && other.storedEnd <= storedEnd }
    public func overlaps(_ other: TextSpan) -> Bool { other.storedStart < storedEnd && storedStart < other.storedEnd }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.storedStart, lhs.storedEnd) < (rhs.storedStart, rhs.storedEnd)
    }
}
