import BriefingCore

/// How one grapheme cluster (a Swift `Character`) is shown: the text that reaches the
/// terminal and the number of columns it takes.
///
/// Width is decided per grapheme cluster, never per scalar: CJK and emoji take two
/// columns, a ZWJ sequence or a flag is one glyph, a combining mark stays with its base.
/// Text from the document is sanitised here: control characters, ESC and bidi controls
/// become visible symbols (see `VisibleText`), so they never act on the terminal.
public enum Glyph {
    /// The shown text and its width in columns (0 for an invisible cluster, not drawn).
    @inlinable
    public static func of(_ ch: Character) -> (text: String, width: Int) {
        if let ascii = ch.asciiValue {
            if ascii >= 0x20 && ascii < 0x7F { return (String(ch), 1) }
            if ascii == 0x09 { return (" ", 1) }
        }
        return slowPath(ch)
    }

    @usableFromInline
    static func slowPath(_ ch: Character) -> (text: String, width: Int) {
        let scalars = ch.unicodeScalars
        if scalars.contains(where: VisibleText.needsEscape) {
            let shown = VisibleText.escape(String(ch))
            // Each stand-in symbol (␛, ␀…␟, �, space) is one column.
            return (shown, shown.unicodeScalars.count)
        }
        return (String(ch), width(of: ch))
    }

    /// Display columns of a grapheme cluster that needs no escaping.
    public static func width(of ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        let props = first.properties
        switch props.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            // A lone combining mark or zero-width character (U+200B, a lone ZWJ).
            if scalars.count == 1 { return 0 }
        default: break
        }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }       // emoji presentation
        if props.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, abridged to whole blocks).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
             0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Columns a whole string takes when shown.
    public static func width(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch).width }
        return w
    }

    /// The string cut to at most `columns` columns, with "…" when it was cut.
    public static func truncate(_ s: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(s) <= columns { return s }
        var out = ""
        var w = 0
        for ch in s {
            let g = of(ch)
            if w + g.width > columns - 1 { break }
            out += g.text
            w += g.width
        }
        return out + "…"
    }
}
