/// A small streaming JSON writer that keeps the contract's field order.
struct JSONWriter {
    private(set) var output = ""

    mutating func raw(_ s: String) { output += s }

    mutating func string(_ s: String) {
        output += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                // Control characters (C0, DEL, C1) and bidi/line separators are escaped so
                // the export never carries them raw to whatever shows it.
                let v = scalar.value
                if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0x2028 || v == 0x2029
                    || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) {
                    output += "\\u" + hex4(v)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { output += "null" }
    }

    mutating func int(_ n: Int) { output += String(n) }

    mutating func optionalInt(_ n: Int?) {
        if let n { int(n) } else { output += "null" }
    }

    /// Weights with at most four decimals, so exports are stable and short.
    mutating func number(_ x: Double) {
        let rounded = (x * 10_000).rounded() / 10_000
        output += rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    mutating func stringArray(_ items: [String]) {
        output += "["
        for (i, item) in items.enumerated() {
            if i > 0 { output += ", " }
            string(item)
        }
        output += "]"
    }

    mutating func intArray(_ items: [Int]) {
        output += "[" + items.map(String.init).joined(separator: ", ") + "]"
    }

    private func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)],
                       digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }
}
