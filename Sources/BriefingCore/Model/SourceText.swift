/// The document's text, held once as its scalars packed two bytes each, indexable by
/// Unicode scalar offset.
///
/// Every analysis stage reads `scalars`; the model stores only offsets into it.
public struct SourceText: Sendable {
    public let scalars: PackedScalars

    public init(_ string: String) { scalars = PackedScalars(string) }

    /// The whole text as a string, made on each call: the text is not also kept as a
    /// `String`, which would cost another byte per byte of input.
    public var string: String { slice(TextSpan(0, count)) }

    public var count: Int { scalars.count }

    public func slice(_ span: TextSpan) -> String { Self.string(scalars, span) }

    public func slice(_ start: Int, _ end: Int) -> String { slice(TextSpan(start, end)) }

    /// The scalars of a span as a string, written as UTF-8 straight into its storage
    /// (`UnicodeScalarView.append(contentsOf:)` cost thousands of instructions a call).
    static func string(_ scalars: PackedScalars, _ span: TextSpan) -> String {
        var bytes = 0
        for k in span.range { bytes += UTF8.width(scalars[k]) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for k in span.range {
                UTF8.encode(scalars[k]) { unit in
                    buffer[n] = unit
                    n += 1
                }
            }
            return n
        }
    }
}
