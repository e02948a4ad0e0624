/// The document's text, held once, indexable by Unicode scalar offset.
///
/// Every analysis stage reads `scalars`; the model stores only offsets into it.
public struct SourceText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public func slice(_ span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.range])
        return String(view)
    }

    public func slice(_ start: Int, _ end: Int) -> String { slice(TextSpan(start, end)) }
}
