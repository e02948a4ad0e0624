/// Pattern families that start with digits: years, decades, clock times, numeric and ISO
/// dates, "30-day"; and the codes "Q3", "FY2008", "fiscal 2008".
extension TimeMatcher {
    // MARK: numbers

    func matchNumber(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        // A date written day first ("27 March", "27th of March") and an amount of time ("30
        // days", "2 and a half years") need a word with a time meaning after the number (a
        // month, "of", a unit, "and"): most numbers have none, and are spared both patterns.
        let timeWordNext = tw(i + 1) != nil
        if timeWordNext, let w = DateParser.dayFirst(t, i, text) {
            voteDayFirst(1)
            return written(w, first: i)
        }
        // an ISO date is a hyphenated number token: asked only of those (`DateParser.iso`)
        if tok.flags.contains(.hasHyphen), let w = DateParser.iso(tok, text) {
            if let d = w.day {
                return TimeMatch(first: i, end: i + 1, type: .date,
                                 value: TimeResolver.day(w.year!, w.month, d))
            }
            return TimeMatch(first: i, end: i + 1, type: .date, value: TimeResolver.month(w.year!, w.month))
        }
        // Digits alone (most numbers) are a time only as one or two before a meridiem word
        // ("3 pm", "11 a.m."): more digits read as an hour and a rest that is no "am" or "pm",
        // fewer with neither minutes nor a meridiem. Answered here, without reading the text
        // or the call to `clock`; so are most other numbers ("1,000", "250m", `mayBeClock`).
        if tok.digitCount == 0 ? mayBeClock(tok) : tok.digitCount <= 2 && meridiemWord(i + 1) != nil,
           let m = clock(i) {
            return m
        }
        if tok.flags.contains(.hasHyphen) { return hyphenDuration(i) }
        if tok.number == nil {
            // most numbers that are not digits alone ("3.5", "1,000") are neither a decade nor
            // a dotted date: told by their last scalar and length, without the calls
            if endsInS(tok), let m = decade(i, from: i) { return m }
            return Self.dottedLengths.contains(tok.length) ? dottedDate(i) : nil
        }
        if let m = slashedDate(i) { return m }
        if timeWordNext, let m = matchAmount(i) { return m }
        if let y = DateParser.year(tok), y >= 1800 || isDatePreposition(i - 1), isYear(i) {
            return TimeMatch(first: i, end: i + 1, type: .date, value: TimeResolver.year(y))
        }
        return nil
    }

    func isDatePreposition(_ i: Int) -> Bool {
        guard i >= 0, let w = tw(i) else { return false }
        switch w {
        case .during, .since, .to, .from, .between, .and, .of: return true
        default: return false
        }
    }

    /// A four-digit number that is a year rather than an amount of something.
    func isYear(_ i: Int) -> Bool {
        if i > 0 {
            let p = t[i - 1]
            if p.kind == .punctuation && (p.isPunct("$") || p.isPunct("£") || p.isPunct("€") || p.isPunct("#")) { return false }
        }
        if i + 1 < t.count {
            let n = t[i + 1]
            if n.kind == .punctuation { return !(n.isPunct("%") || n.isPunct(":")) }
            if n.kind == .number { return false }
            if n.isWord, !n.isCapitalized, n.time == nil, n.verb == nil, n.flags.contains(.endsS),
               !n.flags.contains(.endsED), !isDatePreposition(i - 1) {
                return false // "2000 jobs"
            }
            if n.isWord, n.key == PackedWord.percent || n.key == PackedWord.per { return false }
        }
        return true
    }

    /// "the 1990s", "1990s", "'90s", "the 90s".
    func decade(_ i: Int, from first: Int) -> TimeMatch? {
        guard i < t.count, t[i].kind == .number else { return nil }
        let tok = t[i]
        guard endsInS(tok) else { return nil }
        var value = 0, digits = 0
        for k in tok.start..<(tok.end - 1) {
            guard text[k].isDigit else { return nil }
            value = value &* 10 &+ Int(text[k].value - 48) // wraps on hostile input; digits are checked
            digits += 1
        }
        guard value % 10 == 0 else { return nil }
        if digits == 4, value >= 1000, value <= 2190 {
            return TimeMatch(first: first, end: i + 1, type: .date, value: String(value / 10))
        }
        if digits == 2 {
            let full = value < 30 ? 2000 + value : 1900 + value
            if first < i {
                return TimeMatch(first: first, end: i + 1, type: .date, value: String(full / 10))
            }
        }
        return nil
    }

    /// "3pm", "3 p.m.", "15:00", "6:40 p.m.", "08:30 UTC". Asked of a number token that is
    /// no whole number, or one of one or two digits before a meridiem word (`matchNumber`).
    /// `mayBeClock` turns numbers away before this is called: a shape of token accepted here
    /// must pass it too.
    func clock(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        var hour = 0, minute = 0, k = tok.start, digits = 0
        while k < tok.end, text[k].isDigit, digits < 2 { hour = hour * 10 + Int(text[k].value - 48); k += 1; digits += 1 }
        guard digits > 0 else { return nil }
        var hasMinutes = false
        let dotted = k < tok.end && text[k] == "."
        if k < tok.end, text[k] == ":" || (dotted && tok.end - k >= 3) {
            k += 1
            var md = 0
            while k < tok.end, text[k].isDigit, md < 2 { minute = minute * 10 + Int(text[k].value - 48); k += 1; md += 1 }
            guard md == 2 else { return nil }
            hasMinutes = true
        }
        var meridiem = 0 // 1 am, 2 pm
        if k < tok.end {
            let rest = tok.end - k
            guard rest == 2, TimeTokens.lower(text[k + 1]) == 109 else { return nil }
            let a = TimeTokens.lower(text[k])
            if a == 97 { meridiem = 1 } else if a == 112 { meridiem = 2 } else { return nil }
        }
        var end = i + 1
        if meridiem == 0, let m = meridiemWord(end) { meridiem = m.0; end = m.1 }
        guard hasMinutes || meridiem != 0, hour <= 24, minute < 60 else { return nil }
        if dotted && meridiem == 0 { return nil } // "0.37 inches"; "6.30pm" is a time
        if meridiem != 0 && (hour == 0 || hour > 12) { return nil }
        if !hasMinutes && text[tok.start..<tok.end].contains(".") { return nil }
        if meridiem == 2 && hour < 12 { hour += 12 }
        if meridiem == 1 && hour == 12 { hour = 0 }
        var zone = ""
        if end < t.count, t[end].time == .timezone, t[end].isAllUpper(text) {
            let key = t[end].key
            if key == PackedWord.utc || key == PackedWord.gmt { zone = "Z" }
            end += 1
        }
        let day = followingDay(end) ?? anchorDay()
        let value = day.map { $0 + "T" + TimeResolver.pad(hour, 2) + ":" + TimeResolver.pad(minute, 2) + zone }
        return TimeMatch(first: i, end: end, type: .time, value: value)
    }

    /// Whether `clock` may read a time in a number token: one or two digits, then nothing, or
    /// ":" or "." (minutes), or a letter of "am" or "pm"; `clock` answers nil for any other
    /// scalar there, as for "1,000" or "250m", spared the call here.
    @inline(__always)
    func mayBeClock(_ tok: TimeToken) -> Bool {
        let units = text.units
        var k = tok.start
        guard k < tok.end, units[k] &- 48 < 10 else { return false }
        k += 1
        if k < tok.end, units[k] &- 48 < 10 { k += 1 }
        guard k < tok.end else { return true }
        let u = units[k], letter = u | 0x20 // a surrogate's unit is no letter either way
        return u == 0x3A || u == 0x2E || letter == 0x61 || letter == 0x70
    }

    /// The day a clock time is on when the day follows it: "10:30 GMT yesterday", "3pm on Monday".
    func followingDay(_ i: Int) -> String? {
        var j = i
        if isKey(j, Self.kOn) { j += 1 }
        guard j < t.count else { return nil }
        switch t[j].time {
        case .relativeDay(let offset)?: return resolver.day(offset: offset)
        case .weekday(let d)? where t[j].isCapitalized: return resolver.weekday(d, direction(at: j))
        default: return nil
        }
    }

    /// "pm", "p.m", "p.m." as separate tokens.
    func meridiemWord(_ i: Int) -> (Int, Int)? {
        guard i < t.count, t[i].isWord else { return nil }
        if t[i].time == .am { return (1, i + 1) }
        if t[i].time == .pm { return (2, i + 1) }
        let tok = t[i]
        guard tok.length == 3, text[tok.start + 1] == ".", TimeTokens.lower(text[tok.start + 2]) == 109 else { return nil }
        let a = TimeTokens.lower(text[tok.start])
        let end = i + 1 < t.count && t[i + 1].isPunct(".") && t[i + 1].start == tok.end ? i + 2 : i + 1
        if a == 97 { return (1, end) }
        if a == 112 { return (2, end) }
        return nil
    }

    /// "7/8/07", "27/03/2008", "2008/03/27". Inlined into `matchNumber`, so the many numbers
    /// without a slash after them are turned away without a call.
    @inline(__always)
    func slashedDate(_ i: Int) -> TimeMatch? {
        guard i + 4 < t.count, t[i + 1].isPunct("/"), t[i + 3].isPunct("/"),
              let a = t[i].number, let b = t[i + 2].number, let c = t[i + 4].number,
              t[i + 1].start == t[i].end, t[i + 3].start == t[i + 2].end, t[i + 4].start == t[i + 3].end else { return nil }
        if t[i].digitCount == 4 {
            guard CalendarDate(year: a, month: b, day: c) != nil else { return nil }
            return TimeMatch(first: i, end: i + 5, type: .date,
                             value: TimeResolver.day(a, b, c))
        }
        guard t[i].digitCount <= 2, t[i + 2].digitCount <= 2, t[i + 4].digitCount == 2 || t[i + 4].digitCount == 4 else { return nil }
        let year = TimeResolver.fullYear(c, digits: Int(t[i + 4].digitCount))
        guard CalendarDate(year: year, month: b, day: a) != nil || CalendarDate(year: year, month: a, day: b) != nil else { return nil }
        return TimeMatch(first: i, end: i + 5, type: .date, value: nil, numeric: NumericDate(first: a, second: b, year: year))
    }

    /// A token of three scalars or more that ends in "s", as a decade's does.
    @inline(__always)
    func endsInS(_ tok: TimeToken) -> Bool {
        tok.end - tok.start >= 3 && TimeTokens.lower(text[tok.end - 1]) == 115
    }

    /// The lengths of a dotted date, "7.8.07" to "27.03.2008".
    static let dottedLengths = 6...10

    /// "27.03.2008" in one token.
    func dottedDate(_ i: Int) -> TimeMatch? {
        // other lengths ("3.5", "1,000") are not read
        guard Self.dottedLengths.contains(t[i].length), let g = NumberGroups(t[i], text, separator: "."),
              g.count == 3, g.width(0) <= 2, g.width(1) <= 2, g.width(2) == 4 || g.width(2) == 2 else { return nil }
        let year = TimeResolver.fullYear(g.value(2), digits: g.width(2))
        guard CalendarDate(year: year, month: g.value(1), day: g.value(0)) != nil
                || CalendarDate(year: year, month: g.value(0), day: g.value(1)) != nil else { return nil }
        return TimeMatch(first: i, end: i + 1, type: .date, value: nil, numeric: NumericDate(first: g.value(0), second: g.value(1), year: year))
    }

    /// "30-day", "12-hour", "41-year", "2010-11" is left alone.
    func hyphenDuration(_ i: Int) -> TimeMatch? {
        var parts = hyphenParts(t[i])
        guard let first = parts.next(), let second = parts.next() else { return nil }
        // Up to six digits: "30-day" and "100-year" are durations, a run of digits is not.
        guard first.1 - first.0 <= 6 else { return nil }
        var value = 0
        for k in first.0..<first.1 {
            guard text[k].isDigit else { return nil }
            value = value * 10 + Int(text[k].value - 48)
        }
        guard case .unit(let u, false)? = TimeLexicon.lookup(PackedWord.pack(text, second.0, second.1))?.time else { return nil }
        return TimeMatch(first: i, end: i + 1, type: .duration, value: u.duration(Double(value)))
    }

    // MARK: codes and fiscal years

    /// "Q3", "Q3 2024", "FY2008".
    func matchCode(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        let first = TimeTokens.lower(text[tok.start])
        if tok.length == 2, first == 113, text[tok.start + 1].isDigit {
            let q = Int(text[tok.start + 1].value - 48)
            guard q >= 1, q <= 4, tok.isCapitalized else { return nil }
            var j = i + 1
            if tw(j) == .of { j += 1 }
            if j < t.count, let y = DateParser.year(t[j]) {
                return TimeMatch(first: i, end: j + 1, type: .date, value: TimeResolver.quarter(y, q))
            }
            if let r = resolver.reference {
                return TimeMatch(first: i, end: i + 1, type: .date, value: TimeResolver.quarter(r.year, q))
            }
            return TimeMatch(first: i, end: i + 1, type: .date, value: nil)
        }
        if tok.length == 6, first == 102, TimeTokens.lower(text[tok.start + 1]) == 121 {
            var v = 0
            for k in (tok.start + 2)..<tok.end { guard text[k].isDigit else { return nil }; v = v &* 10 &+ Int(text[k].value - 48) }
            return TimeMatch(first: i, end: i + 1, type: .date, value: "FY\(v)")
        }
        return nil
    }

    /// "fiscal 2008", "fiscal year 2008", "the fiscal year", "the financial year".
    func matchFiscal(_ i: Int, from first: Int) -> TimeMatch? {
        var j = i + 1
        var sawYear = false
        if isKey(j, Self.kYear) { j += 1; sawYear = true }
        if j < t.count, let y = DateParser.year(t[j]) {
            return TimeMatch(first: first, end: j + 1, type: .date, value: "FY\(y)")
        }
        if sawYear, first < i {
            return TimeMatch(first: first, end: j, type: .date, value: resolver.reference.map { "FY\($0.year)" })
        }
        return nil
    }
}
