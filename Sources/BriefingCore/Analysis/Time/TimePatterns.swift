/// A time expression found on a sentence's tokens: tokens `first..<end`, its type and value.
struct TimeMatch: Sendable {
    var first: Int
    var end: Int
    var type: TimeType
    var value: String?
    /// A numeric date whose day/month order is settled for the whole document afterwards.
    var numeric: NumericDate? = nil
}

/// "7/8/07": two small numbers whose order (day first or month first) the document decides.
struct NumericDate: Sendable {
    var first: Int
    var second: Int
    var year: Int
}

/// The pattern families of the time tagger, tried at one token at a time. Each `match…`
/// function starts at token `i` and returns the longest expression it knows there.
struct TimeMatcher {
    let text: [Unicode.Scalar]
    let t: [TimeToken]
    let resolver: TimeResolver
    /// The sentence's verb groups, found when an expression first needs the tense.
    private(set) var groups: [VerbGroup]? = nil
    /// The last day-level date of the sentence, the anchor of a clock time.
    var lastDay: CalendarDate? = nil
    /// Evidence for day-first numeric dates: +1 for "27 March", -1 for "March 27".
    var dayFirstVotes = 0

    init(text: [Unicode.Scalar], tokens: [TimeToken], resolver: TimeResolver) {
        self.text = text
        self.t = tokens
        self.resolver = resolver
    }

    // MARK: the scan

    /// Every expression of the sentence, left to right, never overlapping.
    mutating func all() -> [TimeMatch] {
        var out: [TimeMatch] = []
        var i = 0
        while i < t.count {
            if let m = match(at: i), m.end > i {
                if let v = m.value, m.type == .date, v.count == 10, let d = CalendarDate(iso: v) { lastDay = d }
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    mutating func match(at i: Int) -> TimeMatch? {
        let tok = t[i]
        switch tok.kind {
        case .punctuation:
            if tok.isPunct("'") || tok.isPunct("\u{2019}") { return decade(i + 1, from: i) }
            return nil
        case .number:
            return matchNumber(i)
        case .word:
            break
        }
        if tok.flags.contains(.hasHyphen) { return matchHyphenWord(i) }
        if tok.key == 0 { return matchCode(i) }
        guard let w = tok.time else { return nil }
        switch w {
        case .during, .over, .at: return matchPrepositional(i)
        case .the: return matchThe(i)
        case .this, .last, .next, .coming, .past, .previous, .following: return matchModified(i, from: i)
        case .early, .late, .mid, .earlier, .later: return matchEdge(i)
        case .every, .each, .per: return matchSet(i)
        case .number, .vagueNumber, .article, .half: return matchAmount(i)
        case .month: return matchMonth(i)
        case .weekday(let d): return matchWeekday(i, d, shift: 0, from: i)
        case .relativeDay(let offset):
            if let (part, end) = partOfDay(i + 1) {
                return TimeMatch(first: i, end: end, type: .time, value: resolver.day(offset: offset).map { $0 + "T" + part })
            }
            return TimeMatch(first: i, end: i + 1, type: .date, value: resolver.day(offset: offset))
        case .tonight:
            return TimeMatch(first: i, end: i + 1, type: .time, value: resolver.day(offset: 0).map { $0 + "TNI" })
        case .reference(let v):
            return TimeMatch(first: i, end: i + 1, type: .date, value: v.text)
        case .setWord(let v):
            return TimeMatch(first: i, end: i + 1, type: .set, value: v.text)
        case .holiday(let h):
            let m = h.month, d = h.day
            guard tok.isCapitalized else { return nil }
            let y = resolver.yearFor(month: m, day: d, direction(at: i))
            return TimeMatch(first: i, end: i + 1, type: .date,
                             value: y.map { TimeResolver.month($0, m) + "-" + TimeResolver.pad(d, 2) })
        case .season(let s):
            // only with a year: "summer 2009", "spring of 2010"
            var j = i + 1
            if j < t.count, t[j].time == .of { j += 1 }
            if j < t.count, let y = DateParser.year(t[j]) {
                return TimeMatch(first: i, end: j + 1, type: .date, value: TimeResolver.year(y) + "-" + s.text)
            }
            return nil
        case .fiscal: return matchFiscal(i, from: i)
        case .noon, .midnight:
            let hour = w == .noon ? "12:00" : "24:00"
            return TimeMatch(first: i, end: i + 1, type: .time, value: anchorDay().map { $0 + "T" + hour })
        default:
            return nil
        }
    }

    // MARK: helpers

    func tw(_ i: Int) -> TimeWord? { i < t.count ? t[i].time : nil }

    func isKey(_ i: Int, _ key: UInt64) -> Bool { i < t.count && t[i].key == key && t[i].kind == .word }

    static let kOn = WordKey.pack("on"), kNext = WordKey.pack("next")
    static let kIn = WordKey.pack("in"), kFor = WordKey.pack("for"), kAt = WordKey.pack("at")
    static let kThese = WordKey.pack("these"), kSecond = WordKey.pack("second"), kYear = WordKey.pack("year")
    static let kMonth = WordKey.pack("month"), kWeek = WordKey.pack("week"), kDays = WordKey.pack("days")
    static let kOnce = WordKey.pack("once"), kTwice = WordKey.pack("twice"), kTimes = WordKey.pack("times")
    static let kNow = WordKey.pack("now"), kMay = WordKey.pack("may"), kEra = WordKey.pack("era")

    func unit(_ i: Int) -> (unit: TimeUnit, plural: Bool)? {
        guard i < t.count, case .unit(let u, let p)? = t[i].time else { return nil }
        return (u, p)
    }

    /// The tense around token i, from the nearest verb group.
    mutating func direction(at i: Int) -> TimeDirection {
        // "the deal, signed Thursday": a participle right before the expression looks back
        var p = i - 1
        if p >= 0, t[p].time == .during || isKey(p, Self.kOn) { p -= 1 }
        if p >= 0, t[p].isWord, !t[p].isCapitalized, t[p].time == nil,
           t[p].verb == .past || t[p].flags.contains(.endsED) && t[p].verb == nil {
            return .past
        }
        if groups == nil { groups = VerbGroups.find(t, text) }
        let all = groups!
        var best: VerbGroup? = nil
        var bestDistance = Int.max
        // the group before i and the one after, by binary search
        let after = partitionPoint(all.count) { all[$0].start > i }
        for gi in [after - 1, after] where gi >= 0 && gi < all.count {
            let g = all[gi]
            // a group before the expression wins a tie: "announced Friday that it will"
            let d = g.end <= i ? i - g.end + 1 : (g.start > i ? g.start - i + 1 : 0)
            if d < bestDistance { best = g; bestDistance = d }
        }
        switch best?.relation {
        case .past?: return .past
        case .future?: return .future
        default: return .unknown
        }
    }

    func anchorDay() -> String? { lastDay?.description ?? resolver.reference?.description }

    /// "morning", "afternoon", "evening", "night" at i.
    func partOfDay(_ i: Int) -> (String, Int)? {
        guard case .partOfDay(let p)? = tw(i) else { return nil }
        return (p.text, i + 1)
    }

    /// A number value of a token: "30", "2.5", "1,000", "thirty", "twenty-five".
    func numberValue(_ i: Int) -> Double? {
        guard i < t.count else { return nil }
        let tok = t[i]
        if let n = tok.number { return Double(n) }
        if tok.kind == .number {
            var value = 0.0, fraction = 0.0, scale = 1.0, inFraction = false
            for k in tok.start..<tok.end {
                let c = text[k]
                if c.isDigit {
                    let d = Double(c.value - 48)
                    if inFraction { scale /= 10; fraction += d * scale } else { value = value * 10 + d }
                } else if c == "," && !inFraction { continue }
                else if c == "." && !inFraction { inFraction = true }
                else { return nil }
            }
            return value + fraction
        }
        if tok.isWord, tok.flags.contains(.hasHyphen) {
            var total = 0
            var parts = 0
            for (s, e) in hyphenParts(tok) {
                guard case .number(let n)? = TimeLexicon.lookup(WordKey.pack(text, s, e))?.time else { return nil }
                total += n
                parts += 1
            }
            return parts > 0 ? Double(total) : nil
        }
        return nil
    }

    /// An amount before a unit: "three", "48", "a", "several", "two and a half", "half a".
    /// The value is nil for a vague amount.
    func amount(_ i: Int) -> (value: Double?, next: Int, article: Bool)? {
        guard i < t.count else { return nil }
        var value: Double?
        var next = i + 1
        var article = false
        switch t[i].time {
        case .vagueNumber?: value = nil
        case .article?:
            if case .vagueNumber? = tw(i + 1) { value = nil; next = i + 2 } // "a few"
            else { value = 1; article = true }
        case .half?:
            guard tw(i + 1) == .article else { return nil }
            return (0.5, i + 2, false)
        default:
            guard let v = numberValue(i) else { return nil }
            value = v
        }
        if next < t.count, tw(next) == .of, case .vagueNumber? = tw(next - 1) { next += 1 } // "a couple of"
        if let v = value, tw(next) == .and, tw(next + 1) == .article, tw(next + 2) == .half {
            value = v + 0.5
            next += 3
        }
        return (value, next, article)
    }

    func hyphenParts(_ tok: TimeToken) -> [(Int, Int)] {
        var parts: [(Int, Int)] = []
        var s = tok.start
        for k in tok.start..<tok.end where text[k] == "-" {
            parts.append((s, k))
            s = k + 1
        }
        parts.append((s, tok.end))
        return parts
    }

    // MARK: numbers

    mutating func matchNumber(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        if let w = DateParser.dayFirst(t, i, text) {
            dayFirstVotes += 1
            return written(w, first: i)
        }
        if let w = DateParser.iso(tok, text) {
            if let d = w.day {
                return TimeMatch(first: i, end: i + 1, type: .date,
                                 value: TimeResolver.month(w.year!, w.month) + "-" + TimeResolver.pad(d, 2))
            }
            return TimeMatch(first: i, end: i + 1, type: .date, value: TimeResolver.month(w.year!, w.month))
        }
        if let m = clock(i) { return m }
        if tok.flags.contains(.hasHyphen) { return hyphenDuration(i) }
        if tok.number == nil { return decade(i, from: i) ?? dottedDate(i) }
        if let m = slashedDate(i) { return m }
        if let m = matchAmount(i) { return m }
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
            if n.isWord, n.key == WordKey.percent || n.key == WordKey.per { return false }
        }
        return true
    }

    /// "the 1990s", "1990s", "'90s", "the 90s".
    func decade(_ i: Int, from first: Int) -> TimeMatch? {
        guard i < t.count, t[i].kind == .number else { return nil }
        let tok = t[i]
        guard tok.end - tok.start >= 3, TimeTokens.lower(text[tok.end - 1]) == 115 else { return nil }
        var value = 0, digits = 0
        for k in tok.start..<(tok.end - 1) {
            guard text[k].isDigit else { return nil }
            value = value * 10 + Int(text[k].value - 48)
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

    /// "3pm", "3 p.m.", "15:00", "6:40 p.m.", "08:30 UTC".
    mutating func clock(_ i: Int) -> TimeMatch? {
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
        if end < t.count, t[end].time == .timezone, t[end].flags.contains(.allUpper) {
            let key = t[end].key
            if key == WordKey.utc || key == WordKey.gmt { zone = "Z" }
            end += 1
        }
        let value = anchorDay().map { $0 + "T" + TimeResolver.pad(hour, 2) + ":" + TimeResolver.pad(minute, 2) + zone }
        return TimeMatch(first: i, end: end, type: .time, value: value)
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

    /// "7/8/07", "27/03/2008", "2008/03/27".
    func slashedDate(_ i: Int) -> TimeMatch? {
        guard i + 4 < t.count, t[i + 1].isPunct("/"), t[i + 3].isPunct("/"),
              let a = t[i].number, let b = t[i + 2].number, let c = t[i + 4].number,
              t[i + 1].start == t[i].end, t[i + 3].start == t[i + 2].end, t[i + 4].start == t[i + 3].end else { return nil }
        if t[i].digitCount == 4 {
            guard CalendarDate(year: a, month: b, day: c) != nil else { return nil }
            return TimeMatch(first: i, end: i + 5, type: .date,
                             value: TimeResolver.month(a, b) + "-" + TimeResolver.pad(c, 2))
        }
        guard t[i].digitCount <= 2, t[i + 2].digitCount <= 2, t[i + 4].digitCount == 2 || t[i + 4].digitCount == 4 else { return nil }
        let year = TimeResolver.fullYear(c, digits: Int(t[i + 4].digitCount))
        guard CalendarDate(year: year, month: b, day: a) != nil || CalendarDate(year: year, month: a, day: b) != nil else { return nil }
        return TimeMatch(first: i, end: i + 5, type: .date, value: nil, numeric: NumericDate(first: a, second: b, year: year))
    }

    /// "27.03.2008" in one token.
    func dottedDate(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        var parts: [Int] = [], widths: [Int] = []
        var value = 0, width = 0
        for k in tok.start..<tok.end {
            let c = text[k]
            if c.isDigit { value = value * 10 + Int(c.value - 48); width += 1 }
            else if c == "." { parts.append(value); widths.append(width); value = 0; width = 0 }
            else { return nil }
        }
        parts.append(value); widths.append(width)
        guard parts.count == 3, widths[0] <= 2, widths[1] <= 2, widths[2] == 4 || widths[2] == 2 else { return nil }
        let year = TimeResolver.fullYear(parts[2], digits: widths[2])
        guard CalendarDate(year: year, month: parts[1], day: parts[0]) != nil || CalendarDate(year: year, month: parts[0], day: parts[1]) != nil else { return nil }
        return TimeMatch(first: i, end: i + 1, type: .date, value: nil, numeric: NumericDate(first: parts[0], second: parts[1], year: year))
    }

    /// "30-day", "12-hour", "41-year", "2010-11" is left alone.
    func hyphenDuration(_ i: Int) -> TimeMatch? {
        let parts = hyphenParts(t[i])
        guard parts.count >= 2 else { return nil }
        var value = 0
        for k in parts[0].0..<parts[0].1 {
            guard text[k].isDigit else { return nil }
            value = value * 10 + Int(text[k].value - 48)
        }
        guard case .unit(let u, false)? = TimeLexicon.lookup(WordKey.pack(text, parts[1].0, parts[1].1))?.time else { return nil }
        return TimeMatch(first: i, end: i + 1, type: .duration, value: u.duration(Double(value)))
    }

    // MARK: written dates

    mutating func written(_ w: WrittenDate, first: Int) -> TimeMatch {
        if let y = w.year {
            if let d = w.day {
                return TimeMatch(first: first, end: w.end, type: .date, value: TimeResolver.month(y, w.month) + "-" + TimeResolver.pad(d, 2))
            }
            return TimeMatch(first: first, end: w.end, type: .date, value: TimeResolver.month(y, w.month))
        }
        let dir = direction(at: first)
        let y = nearestYear(month: w.month, day: w.day, dir)
        if let d = w.day {
            return TimeMatch(first: first, end: w.end, type: .date, value: y.map { TimeResolver.month($0, w.month) + "-" + TimeResolver.pad(d, 2) })
        }
        return TimeMatch(first: first, end: w.end, type: .date, value: y.map { TimeResolver.month($0, w.month) })
    }

    /// The year that puts a month (and day) given without one nearest the reference, a date
    /// against the tense counting three times its distance.
    func nearestYear(month: Int, day: Int?, _ dir: TimeDirection) -> Int? {
        guard let r = resolver.reference else { return nil }
        var best: Int? = nil
        var bestCost = Double.infinity
        for y in (r.year - 1)...(r.year + 1) {
            let dd = min(day ?? 15, CalendarDate.daysIn(month: month, year: y))
            guard let date = CalendarDate(year: y, month: month, day: dd) else { continue }
            let delta = date.dayNumber - r.dayNumber
            if day == nil && y == r.year && month == r.month { return y }
            var cost = Double(abs(delta))
            switch dir {
            case .past where delta > 0: cost *= 3
            case .future where delta < 0: cost *= 3
            case .unknown where delta > 0: cost *= 1.5
            default: break
            }
            if cost < bestCost { bestCost = cost; best = y }
        }
        return best
    }

    mutating func matchMonth(_ i: Int) -> TimeMatch? {
        let tok = t[i]
        guard tok.isCapitalized else { return nil }
        if tok.key == Self.kMay {
            // "May" the month, not the modal: a number follows, or a date word comes before
            let numberFollows = i + 1 < t.count && t[i + 1].kind == .number
            var before = false
            if i > 0, let w = t[i - 1].time {
                switch w {
                case .during, .since, .to, .from, .of, .early, .late, .mid, .last, .next, .this, .between, .and: before = true
                default: break
                }
            }
            guard numberFollows || (before && i > 0) else { return nil }
        }
        guard let w = DateParser.monthFirst(t, i, text) else { return nil }
        if w.day != nil { dayFirstVotes -= 1 }
        return written(w, first: i)
    }

    // MARK: weekdays

    mutating func matchWeekday(_ i: Int, _ d: Int, shift: Int, from first: Int) -> TimeMatch? {
        guard t[i].isCapitalized || first < i else { return nil }
        // "Thursday, March 27, 2008": the date says which Thursday
        var j = i + 1
        if j < t.count, t[j].isPunct(",") { j += 1 }
        if let w = DateParser.monthFirst(t, j, text) ?? DateParser.dayFirst(t, j, text), w.day != nil {
            return written(w, first: first)
        }
        let value = resolver.weekday(d, shift == 0 ? direction(at: i) : .unknown, shift: shift)
        if let (part, end) = partOfDay(i + 1) {
            return TimeMatch(first: first, end: end, type: .time, value: value.map { $0 + "T" + part })
        }
        return TimeMatch(first: first, end: i + 1, type: .date, value: value)
    }

    // MARK: words with a unit

    /// "three years", "48 hours", "a week", "several months", "two years ago", "15 a year".
    mutating func matchAmount(_ i: Int) -> TimeMatch? {
        guard let a = amount(i) else { return nil }
        var j = a.next
        // "five-year" after a number word is a hyphen word; here a plain unit must follow
        guard let (u, plural) = unit(j) else { return nil }
        if t[j].key == Self.kSecond && !plural && (a.article || t[i].kind != .number && a.value == nil) { return nil }
        if a.article && (u == .quarter || u == .second) { return nil }
        if a.value == 1 && plural && !a.article { /* "1 years" odd but fine */ }
        if !a.article, let v = a.value, v != 1, !plural, t[i].kind == .word { return nil } // "two year" is not English
        j += 1
        if a.value != nil, tw(j) == .and, tw(j + 1) == .article, tw(j + 2) == .half { // "a year and a half"
            let value = (a.value ?? 0) + 0.5
            return TimeMatch(first: i, end: j + 3, type: .duration, value: u.duration(value))
        }
        if tw(j) == .ago {
            guard let v = a.value else { return TimeMatch(first: i, end: j + 1, type: .date, value: "PAST_REF") }
            return TimeMatch(first: i, end: j + 1, type: .date, value: resolver.shifted(u, by: -Int(v.rounded())))
        }
        if let v = a.value, tw(j) == .earlier || tw(j) == .later, v == v.rounded() {
            // "a year earlier", "three days later": dated from the reference
            let sign = tw(j) == .earlier ? -1 : 1
            return TimeMatch(first: i, end: j + 1, type: .date, value: resolver.shifted(u, by: sign * Int(v)))
        }
        if a.article && i > 0 && (t[i - 1].kind == .number || t[i - 1].number != nil
                                  || t[i - 1].key == Self.kOnce || t[i - 1].key == Self.kTwice || t[i - 1].key == Self.kTimes) {
            return TimeMatch(first: i, end: j, type: .set, value: u.duration(1)) // "15 a year", "twice a week"
        }
        if i > 0, isKey(i - 1, Self.kIn), let v = a.value, !a.article || u != .day, direction(at: i) == .future {
            return TimeMatch(first: i, end: j, type: .date, value: resolver.shifted(u, by: Int(v.rounded())))
        }
        return TimeMatch(first: i, end: j, type: .duration, value: u.duration(a.value))
    }

    /// Words joined by hyphens: "fifty-year", "decades-long", "mid-2011", "first-quarter".
    mutating func matchHyphenWord(_ i: Int) -> TimeMatch? {
        let parts = hyphenParts(t[i])
        guard parts.count >= 2 else { return nil }
        let lex = parts.map { TimeLexicon.lookup(WordKey.pack(text, $0.0, $0.1))?.time }
        // number words then a unit: "fifty-year", "twenty-five-year", "three-day"
        var total = 0, k = 0
        while k < parts.count, case .number(let n)? = lex[k] { total += n; k += 1 }
        if k > 0, k < parts.count, case .unit(let u, false)? = lex[k] {
            return TimeMatch(first: i, end: i + 1, type: .duration, value: u.duration(Double(total)))
        }
        if k > 0, k == parts.count { return matchAmount(i) } // "twenty-five years"
        // "decades-long", "year-long"
        if parts.count == 2, case .unit(let u, let plural)? = lex[0], WordKey.pack(text, parts[1].0, parts[1].1) == WordKey.long {
            return TimeMatch(first: i, end: i + 1, type: .duration, value: u.duration(plural ? nil : 1))
        }
        // "mid-2011", "mid-March", "late-1990s"
        if parts.count == 2, let edge = lex[0], edge == .mid || edge == .early || edge == .late {
            let s = parts[1].0
            if text[s].isDigit {
                var v = 0, digits = 0
                var k = s
                while k < parts[1].1, text[k].isDigit { v = v * 10 + Int(text[k].value - 48); k += 1; digits += 1 }
                if digits == 4, k == parts[1].1, v >= 1000, v <= 2199 {
                    return TimeMatch(first: i, end: i + 1, type: .date, value: TimeResolver.year(v))
                }
                if digits == 4, k + 1 == parts[1].1, TimeTokens.lower(text[k]) == 115 {
                    return TimeMatch(first: i, end: i + 1, type: .date, value: String(v / 10))
                }
            } else if case .month(let m)? = lex[1] {
                let y = nearestYear(month: m, day: nil, direction(at: i))
                return TimeMatch(first: i, end: i + 1, type: .date, value: y.map { TimeResolver.month($0, m) })
            }
        }
        // "first-quarter", "third-quarter", "second-half"
        if parts.count == 2, let q = ordinalValue(parts[0]) {
            if case .unit(.quarter, false)? = lex[1], q <= 4 {
                let y = resolver.yearFor(quarter: q, direction(at: i))
                return TimeMatch(first: i, end: i + 1, type: .date, value: y.map { TimeResolver.quarter($0, q) })
            }
            if lex[1] == .half, q <= 2 {
                return TimeMatch(first: i, end: i + 1, type: .date, value: resolver.reference.map { TimeResolver.year($0.year) + "-H\(q)" })
            }
        }
        return nil
    }

    func ordinalValue(_ part: (Int, Int)) -> Int? {
        let key = WordKey.pack(text, part.0, part.1)
        if key == Self.kSecond { return 2 }
        if case .ordinal(let n)? = TimeLexicon.lookup(key)?.time { return n }
        return nil
    }

    func ordinalAt(_ i: Int) -> Int? {
        guard i < t.count else { return nil }
        if t[i].isWord { return ordinalValue((t[i].start, t[i].end)) }
        if t[i].kind == .number, let d = DateParser.dayOfMonth(t[i], text), t[i].number == nil { return d }
        return nil
    }

    // MARK: "the …"

    mutating func matchThe(_ i: Int) -> TimeMatch? {
        let j = i + 1
        guard j < t.count else { return nil }
        if t[j].kind == .number {
            if let m = decade(j, from: i) { return m }
            if let w = DateParser.dayFirst(t, j, text) { dayFirstVotes += 1; return written(w, first: i) }
            if let n = ordinalAt(j), case .unit(.century, false)? = tw(j + 1) {
                return TimeMatch(first: i, end: j + 2, type: .date, value: String(n - 1))
            }
            return nil
        }
        if t[j].isPunct("'") || t[j].isPunct("\u{2019}") { return decade(j + 1, from: i) }
        guard let w = t[j].key == Self.kSecond ? .ordinal(2) : t[j].time else { return nil }
        switch w {
        case .ordinal, .last, .next, .previous, .following, .this, .coming, .past, .same:
            // quarters and halves: "the third quarter (of 2008)", "the last quarter", "the first half"
            let q: Int? = { if case .ordinal(let n) = w { return n }; return t[j].key == Self.kSecond ? 2 : nil }()
            if case .unit(.quarter, false)? = tw(j + 1) {
                if let q, q <= 4 {
                    if let (y, end) = ofYear(j + 2) { return TimeMatch(first: i, end: end, type: .date, value: TimeResolver.quarter(y, q)) }
                    let y = resolver.yearFor(quarter: q, direction(at: i))
                    return TimeMatch(first: i, end: j + 2, type: .date, value: y.map { TimeResolver.quarter($0, q) })
                }
                let offset = w == .last || w == .previous || w == .past ? -1 : (w == .next || w == .following || w == .coming ? 1 : 0)
                return TimeMatch(first: i, end: j + 2, type: .date, value: resolver.quarter(offset: offset))
            }
            if tw(j + 1) == .half, let q, q <= 2 {
                if let (y, end) = ofYear(j + 2) { return TimeMatch(first: i, end: end, type: .date, value: TimeResolver.year(y) + "-H\(q)") }
                return TimeMatch(first: i, end: j + 2, type: .date, value: resolver.reference.map { TimeResolver.year($0.year) + "-H\(q)" })
            }
            if case .ordinal(let n) = w, case .unit(.century, false)? = tw(j + 1) {
                return TimeMatch(first: i, end: j + 2, type: .date, value: String(n - 1))
            }
            if w == .past || w == .last || w == .next || w == .coming || w == .following || w == .previous {
                return theSpan(i, j, w)
            }
            return nil
        case .unit(.weekend, false):
            // "over the weekend": in the past on a weekday, the weekend before
            var offset = 0
            if let r = resolver.reference, r.weekday <= 5, direction(at: i) == .past { offset = -1 }
            return TimeMatch(first: i, end: j + 1, type: .date, value: resolver.unit(.weekend, offset: offset))
        case .boundary:
            // "the beginning of the year", "the end of March", "the start of 2009"
            guard tw(j + 1) == .of, j + 2 < t.count else { return nil }
            if tw(j + 2) == .the, case let (u, false)? = unit(j + 3), u == .year || u == .month || u == .week || u == .decade {
                return TimeMatch(first: i, end: j + 4, type: .date, value: resolver.unit(u, offset: 0))
            }
            if var inner = match(at: j + 2), inner.type == .date {
                inner.first = i
                return inner
            }
            return nil
        case .fiscal:
            return matchFiscal(j, from: i)
        default:
            return nil
        }
    }

    /// "of 2008", "2008" or "of next year" after a quarter or half.
    func ofYear(_ k: Int) -> (Int, Int)? {
        var k = k
        if tw(k) == .of { k += 1 }
        if k < t.count, let y = DateParser.year(t[k]) { return (y, k + 1) }
        if let r = resolver.reference, k + 1 < t.count, isKey(k + 1, Self.kYear) {
            switch tw(k) {
            case .this?: return (r.year, k + 2)
            case .last?, .previous?: return (r.year - 1, k + 2)
            case .next?, .coming?, .following?: return (r.year + 1, k + 2)
            default: break
            }
        }
        return nil
    }

    /// "the past decade", "the next six months", "the coming weeks", "the past few years".
    mutating func theSpan(_ i: Int, _ j: Int, _ w: TimeWord) -> TimeMatch? {
        if let (u, plural) = unit(j + 1) {
            if plural {
                if w == .coming { return TimeMatch(first: i, end: j + 2, type: .date, value: "FUTURE_REF") }
                return TimeMatch(first: i, end: j + 2, type: .duration, value: u.duration(nil))
            }
            if (w == .following || w == .next || w == .previous) && u != .decade && u != .century {
                // "the following day", "the previous week": dated from the reference
                return TimeMatch(first: i, end: j + 2, type: .date, value: resolver.unit(u, offset: w == .previous ? -1 : 1))
            }
            return TimeMatch(first: i, end: j + 2, type: .duration, value: u.duration(1))
        }
        if let a = amount(j + 1), !a.article, let (u, _) = unit(a.next) {
            return TimeMatch(first: i, end: a.next + 1, type: .duration, value: u.duration(a.value))
        }
        return nil
    }

    // MARK: this / last / next

    mutating func matchModified(_ i: Int, from first: Int) -> TimeMatch? {
        guard let w = tw(i) else { return nil }
        let j = i + 1
        guard j < t.count else { return nil }
        let offset: Int
        switch w {
        case .this: offset = 0
        case .last, .past, .previous: offset = -1
        default: offset = 1
        }
        if w == .this, t[i].key == Self.kThese {
            if isKey(j, Self.kDays) { return TimeMatch(first: first, end: j + 1, type: .date, value: "PRESENT_REF") }
            return nil
        }
        if let (u, plural) = unit(j) {
            if plural {
                if w == .coming { return TimeMatch(first: first, end: j + 1, type: .date, value: "FUTURE_REF") }
                return w == .past || w == .last ? TimeMatch(first: first, end: j + 1, type: .duration, value: u.duration(nil)) : nil
            }
            if u == .second || u == .minute || u == .hour { return nil }
            if w == .past { return TimeMatch(first: first, end: j + 1, type: .duration, value: u.duration(1)) }
            if w == .following || w == .previous, first == i { return nil } // "the following day" goes through "the"
            return TimeMatch(first: first, end: j + 1, type: .date, value: resolver.unit(u, offset: offset))
        }
        if let a = amount(j), !a.article, a.value != nil || t[j].time == .vagueNumber, let (u, _) = unit(a.next), w != .this {
            return TimeMatch(first: first, end: a.next + 1, type: .duration, value: u.duration(a.value))
        }
        switch t[j].time {
        case .weekday(let d)?:
            return matchWeekday(j, d, shift: w == .this ? 0 : offset, from: first)
        case .month(let m)?:
            guard t[j].isCapitalized, let r = resolver.reference else {
                return t[j].isCapitalized ? TimeMatch(first: first, end: j + 1, type: .date, value: nil) : nil
            }
            var y = r.year
            if offset < 0 && m >= r.month { y -= 1 }
            if offset > 0 && m <= r.month { y += 1 }
            return TimeMatch(first: first, end: j + 1, type: .date, value: TimeResolver.month(y, m))
        case .season(let code)?:
            return TimeMatch(first: first, end: j + 1, type: .date, value: resolver.year(offset: offset).map { $0 + "-" + code.text })
        case .partOfDay(let code)?:
            let p = code.text
            if w == .this { return TimeMatch(first: first, end: j + 1, type: .date, value: resolver.day(offset: 0).map { $0 + "T" + p }) }
            if w == .last, p == "NI" || p == "EV" { return TimeMatch(first: first, end: j + 1, type: .time, value: resolver.day(offset: -1).map { $0 + "T" + p }) }
            return nil
        case .fiscal?:
            return nil
        default:
            return nil
        }
    }

    /// "earlier this year", "late last month", "early 2009", "mid March".
    mutating func matchEdge(_ i: Int) -> TimeMatch? {
        let j = i + 1
        guard j < t.count else { return nil }
        if let w = t[j].time {
            switch w {
            case .during where isKey(j, Self.kIn) && tw(j + 1) == .the:
                // "later in the year", "earlier in the week"
                guard case let (u, false)? = unit(j + 2), u == .year || u == .month || u == .week || u == .day else { return nil }
                return TimeMatch(first: i, end: j + 3, type: .date, value: resolver.unit(u, offset: 0))
            case .this, .last, .next:
                guard var inner = matchModified(j, from: j), inner.type == .date else { return nil }
                inner.first = i
                return inner
            case .month:
                guard t[j].isCapitalized, var inner = matchMonth(j) else { return nil }
                inner.first = i
                return inner
            default:
                return nil
            }
        }
        if let y = DateParser.year(t[j]) {
            return TimeMatch(first: i, end: j + 1, type: .date, value: TimeResolver.year(y))
        }
        return nil
    }

    // MARK: sets

    mutating func matchSet(_ i: Int) -> TimeMatch? {
        let j = i + 1
        if case let (u, false)? = unit(j) {
            if u == .second || u == .quarter && tw(i) == .per { return nil }
            return TimeMatch(first: i, end: j + 1, type: .set, value: u.duration(1))
        }
        if tw(i) == .every, let a = amount(j), !a.article, let v = a.value, case let (u, true)? = unit(a.next) {
            return TimeMatch(first: i, end: a.next + 1, type: .set, value: u.duration(v))
        }
        if tw(i) != .per, case .weekday(let d)? = tw(j), t[j].isCapitalized {
            return TimeMatch(first: i, end: j + 1, type: .set, value: "XXXX-WXX-\(d)")
        }
        if tw(i) != .per, let (p, end) = partOfDay(j) {
            return TimeMatch(first: i, end: end, type: .set, value: "T" + p)
        }
        return nil
    }

    // MARK: prepositional phrases that are references

    /// "in the past", "in the future", "in the coming weeks", "in recent years", "at present",
    /// "at the moment", "for years", "over the years".
    mutating func matchPrepositional(_ i: Int) -> TimeMatch? {
        let j = i + 1
        guard j < t.count else { return nil }
        if tw(i) == .at {
            if tw(j) == .present { return TimeMatch(first: j, end: j + 1, type: .date, value: "PRESENT_REF") }
            if tw(j) == .the, tw(j + 1) == .moment { return TimeMatch(first: j, end: j + 2, type: .date, value: "PRESENT_REF") }
            return nil
        }
        if tw(i) == .over {
            if tw(j) == .the, case let (u, true)? = unit(j + 1) { return TimeMatch(first: j, end: j + 2, type: .duration, value: u.duration(nil)) }
            return nil
        }
        if isKey(i, Self.kFor) || tw(i) == .over {
            if case let (u, true)? = unit(j), u != .second, tw(j + 1) != .ago {
                return TimeMatch(first: j, end: j + 1, type: .duration, value: u.duration(nil))
            }
            // "fell 2% for the week": the week, month or year of the reference
            if isKey(i, Self.kFor), tw(j) == .the, case let (u, false)? = unit(j + 1),
               u == .day || u == .week || u == .month || u == .year, !(j + 2 < t.count && tw(j + 2) == .of) {
                return TimeMatch(first: j, end: j + 2, type: .date, value: resolver.unit(u, offset: 0))
            }
            return nil
        }
        guard isKey(i, Self.kIn) else { return nil }
        if tw(j) == .the {
            let k = j + 1
            if tw(k) == .past, !(k + 1 < t.count && (unit(k + 1) != nil || amount(k + 1) != nil)) {
                return TimeMatch(first: j, end: k + 1, type: .date, value: "PAST_REF")
            }
            if tw(k) == .future { return TimeMatch(first: j, end: k + 1, type: .date, value: "FUTURE_REF") }
            if tw(k) == .near, tw(k + 1) == .future { return TimeMatch(first: j, end: k + 2, type: .date, value: "FUTURE_REF") }
            return nil
        }
        if tw(j) == .recent, case (_, true)? = unit(j + 1) {
            return TimeMatch(first: j, end: j + 2, type: .date, value: "PAST_REF")
        }
        return nil
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
            for k in (tok.start + 2)..<tok.end { guard text[k].isDigit else { return nil }; v = v * 10 + Int(text[k].value - 48) }
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
