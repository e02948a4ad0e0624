/// Makes untrusted text harmless to show: control characters, escape sequences and
/// bidirectional overrides become visible symbols instead of acting on a terminal.
public enum VisibleText {
    /// One scalar as it may be shown: itself, or a visible stand-in.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        switch v {
        case 0x1B: return "\u{241B}"                              // ␛
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v)!) // ␀…␟
        case 0x7F: return "\u{2421}"                              // ␡
        case 0x80...0x9F: return "\u{FFFD}"
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
            return "\u{FFFD}"                                     // bidi controls
        case 0x2028, 0x2029: return " "
        default: return String(scalar)
        }
    }

    /// True when the scalar would be replaced by `escape`: a control character, an
    /// escape, a C1 control, a bidirectional control or a line/paragraph separator.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x00..<0x20, 0x7F, 0x80...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// A whole string as it may be shown.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars { out += escape(scalar) }
        return out
    }
}
