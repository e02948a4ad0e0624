/// Pattern families of words: amounts of a unit ("three years", "two days ago", "15 a year"),
/// hyphen words ("fifty-year", "mid-2011"), "the …" phrases, "this / last / next …",
/// "earlier this month", sets ("every week") and references ("in the coming weeks").
extension TimeMatcher {
    // MARK: words with a unit

    /// "three years", "48 hours", "a week", "several months", "two years ago", "15 a year".
    func matchAmount(_ i: Int) -> TimeMatch? {
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

    /// Whether a hyphenated word whose first part packs as `firstPart` (`PackedWord.pack`) may
    /// start an expression. Every hyphen-word pattern (`matchHyphenWord`) starts with a time
    /// word or an ordinal ("fifty", "decades", "mid", "first", "second"); most hyphenated words
    /// ("long-term") start with neither. A time word's lexeme has `.timeCandidate` among its
    /// token flags: read in place, where `lookup` copied the lexeme out (and retained and
    /// released what it holds). Asked as a word's token is made (`.opensTime`), so the matcher
    /// starts at no other hyphenated word, and again here for any other caller.
    static func hyphenWordMayOpen(firstPart: UInt64, _ lexicon: LexemeTable) -> Bool {
        firstPart == kSecond || lexicon.entry(firstPart).pointee.tokenFlags.contains(.timeCandidate)
    }

    /// Words joined by hyphens: "fifty-year", "decades-long", "mid-2011", "first-quarter".
    func matchHyphenWord(_ i: Int) -> TimeMatch? {
        // the first part looked at first, as splitting a word into its parts allocates
        let tok = t[i]
        var firstEnd = tok.start
        while firstEnd < tok.end, text.units[firstEnd] != 0x2D { firstEnd += 1 } // "-", never a surrogate's unit
        guard Self.hyphenWordMayOpen(firstPart: PackedWord.pack(text, tok.start, firstEnd), TimeLexicon.index) else { return nil }
        // room for three hyphens made at once: grown from empty, the array was allocated two
        // or three times for most words
        var parts: [(Int, Int)] = []
        parts.reserveCapacity(4)
        for part in hyphenParts(tok) { parts.append(part) }
        guard parts.count >= 2 else { return nil }
        let lex = parts.map { TimeLexicon.lookup(PackedWord.pack(text, $0.0, $0.1))?.time }
        // number words then a unit: "fifty-year", "twenty-five-year", "three-day"
        var total = 0, k = 0
        while k < parts.count, case .number(let n)? = lex[k] { total += n; k += 1 }
        if k > 0, k < parts.count, case .unit(let u, false)? = lex[k] {
            return TimeMatch(first: i, end: i + 1, type: .duration, value: u.duration(Double(total)))
        }
        if k > 0, k == parts.count { return matchAmount(i) } // "twenty-five years"
        // "decades-long", "year-long"
        if parts.count == 2, case .unit(let u, let plural)? = lex[0], PackedWord.pack(text, parts[1].0, parts[1].1) == PackedWord.long {
            return TimeMatch(first: i, end: i + 1, type: .duration, value: u.duration(plural ? nil : 1))
        }
        // "mid-2011", "mid-March", "late-1990s"
        if parts.count == 2, let edge = lex[0], edge == .mid || edge == .early || edge == .late {
            let s = parts[1].0
            if text[s].isDigit {
                var v = 0, digits = 0
                var k = s
                while k < parts[1].1, text[k].isDigit { v = v &* 10 &+ Int(text[k].value - 48); k += 1; digits += 1 } // digits checked
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
        let key = PackedWord.pack(text, part.0, part.1)
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

    func matchThe(_ i: Int) -> TimeMatch? {
        let j = i + 1
        guard j < t.count else { return nil }
        if t[j].kind == .number {
            if let m = decade(j, from: i) { return m }
            if let w = DateParser.dayFirst(t, j, text) { voteDayFirst(1); return written(w, first: i) }
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
    func theSpan(_ i: Int, _ j: Int, _ w: TimeWord) -> TimeMatch? {
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

    func matchModified(_ i: Int, from first: Int) -> TimeMatch? {
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
    func matchEdge(_ i: Int) -> TimeMatch? {
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

    func matchSet(_ i: Int) -> TimeMatch? {
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
    func matchPrepositional(_ i: Int) -> TimeMatch? {
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
}
