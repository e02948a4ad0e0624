/// The document's text, held once, indexable by Unicode scalar offset.
///
/// Every analysis stage reads `scalars`; the model stores only offsets into it.
public struct SourceText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        var utf8 = string
        self.scalars = utf8.withUTF8 { Self.decode($0) }
    }

    /// The scalars of well-formed UTF-8, counted first so the array is made at its size
    /// (`Array(string.unicodeScalars)` walked the text twice through the generic view,
    /// about a tenth of the whole analysis).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = count
            if count == bytes.count {
                for i in 0..<count { buffer[i] = Unicode.Scalar(bytes[i]) }  // all ASCII
                return
            }
            var i = 0
            var n = 0
            while i < bytes.count {
                let lead = UInt32(bytes[i])
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = lead; length = 1
                } else if lead < 0xE0 {
                    value = lead & 0x1F; length = 2
                } else if lead < 0xF0 {
                    value = lead & 0x0F; length = 3
                } else {
                    value = lead & 0x07; length = 4
                }
                var k = 1
                while k < length {
                    value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                    k += 1
                }
                // A String holds valid UTF-8, so every value is a scalar.
                buffer[n] = Unicode.Scalar(value)!
                n += 1
                i += length
            }
        }
    }

    public var count: Int { scalars.count }

    public func slice(_ span: TextSpan) -> String { Self.string(scalars, span) }

    public func slice(_ start: Int, _ end: Int) -> String { slice(TextSpan(start, end)) }

    /// The scalars of a span as a string, written as UTF-8 straight into its storage
    /// (`UnicodeScalarView.append(contentsOf:)` cost thousands of instructions a call).
    static func string(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
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
