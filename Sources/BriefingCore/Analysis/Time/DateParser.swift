/// A calendar date as written, parts possibly missing ("March 27" has no year).
struct WrittenDate: Sendable {
    /// One past the last token it takes.
    var end: Int
    var year: Int?
    var month: Int
    var day: Int?
}

/// Parses the written forms of a calendar date on tokens. Shared by the tagger and the
/// dateline finder so both read dates the same way.
enum DateParser {
    /// The day of a month: "27", "2nd", "27th".
    static func dayOfMonth(_ tok: TimeToken, _ text: PackedScalars) -> Int? {
        guard tok.kind == .number else { return nil }
        if let n = tok.number { return tok.digitCount <= 2 && n >= 1 && n <= 31 ? n : nil }
        var value = 0, i = tok.start, digits = 0
        // Wrapping arithmetic: a hostile run of digits must not trap; the width check below rejects it.
        while i < tok.end, text[i].isDigit { value = value &* 10 &+ Int(text[i].value - 48); i += 1; digits += 1 }
        guard digits >= 1, digits <= 2, tok.end - i == 2, value >= 1, value <= 31 else { return nil }
        let a = TimeTokens.lower(text[i]), b = TimeTokens.lower(text[i + 1])
        let ok = (a == 115 && b == 116) || (a == 110 && b == 100) || (a == 114 && b == 100) || (a == 116 && b == 104)
        return ok ? value : nil
    }

    /// A year of four digits, 1000 to 2199. Inlined: a few tests of the token, asked of most
    /// numbers the matcher reads, where the call cost more than they do.
    @inline(__always)
    static func year(_ tok: TimeToken) -> Int? {
        guard tok.kind == .number, tok.digitCount == 4, let n = tok.number, n >= 1000, n <= 2199 else { return nil }
        return n
    }

    /// A month name, full or abbreviated (an abbreviation may carry a dot).
    static func month(_ t: UnsafeBufferPointer<TimeToken>, _ i: Int) -> (month: Int, end: Int, abbreviated: Bool)? {
        guard i < t.count, case .month(let m)? = t[i].time, t[i].isCapitalized else { return nil }
        let abbreviated = t[i].length <= 4 && !(m == 5 || m == 6 || m == 7)
        var end = i + 1
        if abbreviated, end < t.count, t[end].isPunct(".") { end += 1 }
        return (m, end, abbreviated)
    }

    /// "March 27, 2008", "March 27th", "March 2008", "March of 2008", "March" (month first).
    static func monthFirst(_ t: UnsafeBufferPointer<TimeToken>, _ i: Int, _ text: PackedScalars) -> WrittenDate? {
        guard let (m, afterMonth, abbreviated) = month(t, i) else { return nil }
        var j = afterMonth
        if j < t.count, let d = dayOfMonth(t[j], text), CalendarDate(year: 2000, month: m, day: d) != nil {
            j += 1
            var k = j
            if k < t.count, t[k].isPunct(",") { k += 1 }
            if k < t.count, let y = year(t[k]) { return WrittenDate(end: k + 1, year: y, month: m, day: d) }
            return WrittenDate(end: j, year: nil, month: m, day: d)
        }
        var k = j
        if k < t.count, t[k].time == .of || t[k].isPunct(",") { k += 1 }
        if k < t.count, let y = year(t[k]) { return WrittenDate(end: k + 1, year: y, month: m, day: nil) }
        if abbreviated { return nil }
        return WrittenDate(end: j, year: nil, month: m, day: nil)
    }

    /// "27 March 2008", "27th March", "27th of March, 2008" (day first).
    static func dayFirst(_ t: UnsafeBufferPointer<TimeToken>, _ i: Int, _ text: PackedScalars) -> WrittenDate? {
        guard i < t.count, let d = dayOfMonth(t[i], text) else { return nil }
        var j = i + 1
        if j < t.count, t[j].time == .of { j += 1 }
        guard let (m, afterMonth, _) = month(t, j), CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
        var k = afterMonth
        if k < t.count, t[k].isPunct(",") { k += 1 }
        if k < t.count, let y = year(t[k]) { return WrittenDate(end: k + 1, year: y, month: m, day: d) }
        return WrittenDate(end: afterMonth, year: nil, month: m, day: d)
    }

    /// "2008-03-27", "2008-03" in one token.
    static func iso(_ tok: TimeToken, _ text: PackedScalars) -> WrittenDate? {
        guard tok.kind == .number, tok.flags.contains(.hasHyphen) else { return nil }
        guard let g = NumberGroups(tok, text, separator: "-"), g.width(0) == 4, g.value(0) >= 1000, g.value(0) <= 2199 else { return nil }
        if g.count == 3, g.width(1) == 2, g.width(2) == 2, CalendarDate(year: g.value(0), month: g.value(1), day: g.value(2)) != nil {
            return WrittenDate(end: 0, year: g.value(0), month: g.value(1), day: g.value(2))
        }
        // "2009-10" is a season or fiscal year far more often than October 2009
        if g.count == 2, g.width(1) == 2, g.value(1) >= 1, g.value(1) <= 12, g.value(1) != (g.value(0) + 1) % 100 {
            return WrittenDate(end: 0, year: g.value(0), month: g.value(1), day: nil)
        }
        return nil
    }

    static let shortWeekdays: Set<UInt64> = Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map(PackedWord.pack))

    /// A line that holds nothing but a full date, with an optional weekday before it:
    /// "March 27, 2008", "Thursday, 27 March 2008", "2008-03-27".
    static func line(_ text: PackedScalars, _ span: TextSpan) -> CalendarDate? {
        var t = TimeTokens.make(text, in: span)
        while let last = t.last, last.kind == .punctuation, last.isPunct(".") { t.removeLast() }
        guard !t.isEmpty else { return nil }
        if t.count == 1, let w = iso(t[0], text), let d = w.day {
            return CalendarDate(year: w.year!, month: w.month, day: d)
        }
        var i = 0
        var isWeekday = false
        if case .weekday? = t[0].time { isWeekday = true }
        if shortWeekdays.contains(t[0].key) { isWeekday = true } // "Sat", "Sun": only in a dateline
        if isWeekday {
            i = 1
            if i < t.count, t[i].isPunct(".") { i += 1 }
            if i < t.count, t[i].isPunct(",") { i += 1 }
        }
        let read = t.withUnsafeBufferPointer { monthFirst($0, i, text) ?? dayFirst($0, i, text) }
        guard let w = read, w.end == t.count,
              let y = w.year, let d = w.day else { return nil }
        return CalendarDate(year: y, month: w.month, day: d)
    }
}
