/// A small streaming JSON writer that keeps the contract's field order.
///
/// It writes UTF-8 bytes to a `ByteStream` and copies runs of plain text whole, because
/// the document text dominates the export and must stream at memory speed.
struct JSONWriter {
    let out: ByteStream

    func raw(_ s: String) { out.write(s) }

    func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// A string given as its UTF-8.
    func string(utf8: UnsafeBufferPointer<UInt8>) {
        out.write(0x22)
        escape(utf8)
        out.write(0x22)
    }

    /// The whole text of a document as one JSON string, made and escaped a slice at a time:
    /// the text is held only as packed scalars, and a `String` of all of it would cost
    /// another byte per byte of input.
    func string(_ text: SourceText) {
        out.write(0x22)
        var start = 0
        while start < text.count {
            let end = min(text.count, start + Self.textSliceLength)
            var slice = text.slice(start, end)
            slice.withUTF8 { escape($0) }
            start = end
        }
        out.write(0x22)
    }

    /// Scalars a slice of the document text; slices end on scalars, so each is whole UTF-8.
    static let textSliceLength = 1 << 16

    /// Escapes UTF-8: `"` `\` and controls as JSON requires, and also
    /// C1 controls, line separators and bidi overrides, so the export never
    /// carries them raw to whatever shows it.
    private func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let n = utf8.count
        func flush(to end: Int) {
            if end > runStart { out.write(UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
        }
        while i < n {
            let b = utf8[i]
            var width = 0       // bytes of a sequence to escape; 0 means keep
            var scalar: UInt32 = 0
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
                width = 1
                scalar = UInt32(b)
            } else if b == 0xC2, i + 1 < n, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0x9F {
                width = 2
                scalar = UInt32(utf8[i + 1])
            } else if b == 0xE2, i + 2 < n {
                let b1 = utf8[i + 1], b2 = utf8[i + 2]
                if (b1 == 0x80 && b2 >= 0xA8 && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) {
                    width = 3
                    scalar = 0x2000 + (UInt32(b1 & 0x3F) << 6) + UInt32(b2 & 0x3F)
                }
            }
            if width == 0 {
                i += 1
                continue
            }
            flush(to: i)
            switch scalar {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default: raw("\\u" + hex4(scalar))
            }
            i += width
            runStart = i
        }
        flush(to: n)
    }

    func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// Small integers are small strings in Swift: no allocation per number.
    func int(_ n: Int) { raw(String(n)) }

    func optionalInt(_ n: Int?) {
        if let n { int(n) } else { raw("null") }
    }

    /// Weights with at most four decimals, so exports are stable and short.
    func number(_ x: Double) {
        let rounded = (x * 10_000).rounded() / 10_000
        raw(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))
    }

    func stringArray(_ items: some Sequence<String>) {
        raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(", ") }
            string(item)
        }
        raw("]")
    }

    func intArray(_ items: [Int]) {
        raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(", ") }
            int(item)
        }
        raw("]")
    }

    private func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)],
                       digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }
}
