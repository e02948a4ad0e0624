/// Pattern families of written dates and weekdays: "March 27, 2008", "27 March", "June",
/// "on Monday", "Friday morning"; a year left out is filled in by tense.
extension TimeMatcher {
    // MARK: written dates

    func written(_ w: WrittenDate, first: Int) -> TimeMatch {
        if let y = w.year {
            if let d = w.day {
                return TimeMatch(first: first, end: w.end, type: .date, value: TimeResolver.day(y, w.month, d))
            }
            return TimeMatch(first: first, end: w.end, type: .date, value: TimeResolver.month(y, w.month))
        }
        let dir = direction(at: first)
        let y = nearestYear(month: w.month, day: w.day, dir)
        if let d = w.day {
            return TimeMatch(first: first, end: w.end, type: .date, value: y.map { TimeResolver.day($0, w.month, d) })
        }
        return TimeMatch(first: first, end: w.end, type: .date, value: y.map { TimeResolver.month($0, w.month) })
    }

    /// The year that puts a month (and day) given without one nearest the reference, a date
    /// against the tense counting three times its distance.
    func nearestYear(month: Int, day: Int?, _ dir: TimeDirection) -> Int? {
        guard let r = resolver.reference else { return nil }
        var best: Int? = nil
        var bestCost = Double.infinity
        let reference = r.dayNumber // worked out once, not for each year
        for y in (r.year - 1)...(r.year + 1) {
            let dd = min(day ?? 15, CalendarDate.daysIn(month: month, year: y))
            guard let date = CalendarDate(year: y, month: month, day: dd) else { continue }
            if day == nil && y == r.year && month == r.month { return y }
            let delta = date.dayNumber - reference
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

    func matchMonth(_ i: Int) -> TimeMatch? {
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
        if w.day != nil { voteDayFirst(-1) }
        return written(w, first: i)
    }

    // MARK: weekdays

    func matchWeekday(_ i: Int, _ d: Int, shift: Int, from first: Int) -> TimeMatch? {
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
}
