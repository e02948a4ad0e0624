/// Places events in order: by the day their time expression resolves to where known,
/// otherwise by relation to the document's date (past just before it, future just after),
/// moved a little by cue words, and text order last.
enum TimelineOrdering {
    /// The first day a TIMEX3 value covers, as a day number; references count as the
    /// day before, of or after the document's date.
    static func day(of value: String?, reference: CalendarDate?) -> Double? {
        guard let value else { return nil }
        switch value {
        case "PAST_REF": return reference.map { Double($0.dayNumber) - 0.5 }
        case "PRESENT_REF": return reference.map { Double($0.dayNumber) }
        case "FUTURE_REF": return reference.map { Double($0.dayNumber) + 0.5 }
        default: break
        }
        let s = Array(value.unicodeScalars)
        func num(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= s.count else { return nil }
            var v = 0
            for k in a..<(a + n) { guard s[k].isDigit else { return nil }; v = v * 10 + Int(s[k].value - 48) }
            return v
        }
        guard let year = num(0, 4) else { return nil }
        if s.count >= 10, s[4] == "-", let m = num(5, 2), s[7] == "-", let d = num(8, 2),
           let date = CalendarDate(year: year, month: m, day: d) {
            return Double(date.dayNumber)
        }
        if s.count >= 7, s[4] == "-", let m = num(5, 2), let date = CalendarDate(year: year, month: m, day: 1) {
            return Double(date.dayNumber)
        }
        if s.count >= 8, s[4] == "-", s[5] == "W", let w = num(6, 2), let jan4 = CalendarDate(year: year, month: 1, day: 4) {
            return Double(jan4.adding(days: 1 - jan4.weekday).dayNumber + 7 * (w - 1))
        }
        if s.count >= 7, s[4] == "-", s[5] == "Q", let q = num(6, 1), let date = CalendarDate(year: year, month: 3 * q - 2, day: 1) {
            return Double(date.dayNumber)
        }
        if s.count >= 7, s[4] == "-", s[5] == "H", let h = num(6, 1), let date = CalendarDate(year: year, month: 6 * h - 5, day: 1) {
            return Double(date.dayNumber)
        }
        return CalendarDate(year: year, month: 1, day: 1).map { Double($0.dayNumber) }
    }

    /// Past or future when a value lies wholly before or after the document's date.
    static func relation(of value: String?, to reference: CalendarDate?) -> TemporalRelation? {
        guard let reference, let value else { return nil }
        switch value {
        case "PAST_REF": return .past
        case "PRESENT_REF": return .present
        case "FUTURE_REF": return .future
        default: break
        }
        guard let start = day(of: value, reference: reference) else { return nil }
        let r = Double(reference.dayNumber)
        // a month, year or week value holds the reference when it starts before it and is that period
        if value.count == 10 { return start < r ? .past : (start > r ? .future : .present) }
        if value.count == 4, Int(value) == reference.year { return nil }
        if value.count == 7, value.hasPrefix(String(reference.description.prefix(7))) { return nil }
        if start > r { return .future }
        return value.count == 4 ? (Int(value)! < reference.year ? .past : nil) : nil
    }

    static func order(_ events: [FoundEvent], times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        // without a reference, the latest dated event stands in for the document's date
        let anchored = events.compactMap { e in e.time.flatMap { day(of: times[$0].value, reference: reference) } }
        let base = reference.map { Double($0.dayNumber) } ?? anchored.max() ?? 0
        let keyed: [(key: Double, index: Int)] = events.enumerated().map { index, e in
            var key: Double
            if let t = e.time, let d = day(of: times[t].value, reference: reference) {
                key = d
            } else {
                switch e.relation {
                case .past?: key = base - 0.5
                case .future?: key = base + 0.5
                default: key = base
                }
            }
            key += 0.1 * Double(e.cue)
            return (key, index)
        }
        let sorted = keyed.sorted { a, b in
            if a.key != b.key { return a.key < b.key }
            return a.index < b.index // text order: events come in sentence and position order
        }
        return sorted.enumerated().map { order, item in
            let e = events[item.index]
            return TimelineEntry(sentence: e.sentence, order: order, relation: e.relation, time: e.time,
                                 actors: e.actors, summary: e.summary)
        }
    }
}
