/// Places events in order: by the day their time expression resolves to where known,
/// otherwise by relation to the document's date (past just before it, future just after),
/// moved a little by cue words, and text order last.
enum TimelineOrdering {
    /// The days a TIMEX3 value covers, as day numbers (end exclusive); references count as
    /// half a day before, at or after the document's date.
    static func interval(of value: String?, reference: CalendarDate?) -> DayInterval? {
        guard let value else { return nil }
        // Values are ASCII (`TimeResolver` and the patterns write them): read as bytes, one a
        // character, in place (a native string's are contiguous) rather than copied to an array.
        if let days = value.utf8.withContiguousStorageIfAvailable({ interval(of: value, bytes: $0, reference: reference) }) {
            return days
        }
        return Array(value.utf8).withUnsafeBufferPointer { interval(of: value, bytes: $0, reference: reference) }
    }

    /// The days of a value, read from its bytes.
    private static func interval(of value: String, bytes s: UnsafeBufferPointer<UInt8>,
                                 reference: CalendarDate?) -> DayInterval? {
        // The references start with "P" or "F", a dated value with a digit or "X": compared
        // with the three strings only then (each comparison a call into the library), and only
        // with a reference, as any other value so starting has no days. The first byte read
        // here, from the bytes, as the string's own `first` was a call.
        if let first = s.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "F") {
            guard let reference else { return nil }
            let day = Double(reference.dayNumber)
            switch value {
            case "PAST_REF": return (day - 0.5, day)
            case "PRESENT_REF": return (day, day + 1)
            case "FUTURE_REF": return (day + 1, day + 1.5)
            default: return nil
            }
        }
        func num(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= s.count else { return nil }
            var v = 0
            for k in a..<(a + n) { guard s[k] &- 48 < 10 else { return nil }; v = v * 10 + Int(s[k] - 48) }
            return v
        }
        func days(_ y: Int, _ m: Int, _ d: Int) -> Double? { CalendarDate(year: y, month: m, day: d).map { Double($0.dayNumber) } }
        func months(_ y: Int, _ m: Int, _ n: Int) -> (Double, Double)? {
            let (y2, m2) = TimeResolver.addMonths(y, m, n)
            guard let a = days(y, m, 1), let b = days(y2, m2, 1) else { return nil }
            return (a, b)
        }
        if s.count == 3, let decade = num(0, 3), let a = days(decade * 10, 1, 1), let b = days(decade * 10 + 10, 1, 1) {
            return (a, b)
        }
        guard let year = num(0, 4) else { return nil }
        if s.count == 4 { return months(year, 1, 12) }
        guard s.count >= 7, s[4] == UInt8(ascii: "-") else { return months(year, 1, 12) }
        if let m = num(5, 2) {
            if s.count >= 10, s[7] == UInt8(ascii: "-"), let d = num(8, 2), let a = days(year, m, d) { return (a, a + 1) }
            return months(year, m, 1)
        }
        if s[5] == UInt8(ascii: "W"), let w = num(6, 2), let jan4 = CalendarDate(year: year, month: 1, day: 4) {
            let monday = Double(jan4.adding(days: 1 - jan4.weekday).dayNumber + 7 * (w - 1))
            return value.hasSuffix("-WE") ? (monday + 5, monday + 7) : (monday, monday + 7)
        }
        if s[5] == UInt8(ascii: "Q"), let q = num(6, 1) { return months(year, 3 * q - 2, 3) }
        if s[5] == UInt8(ascii: "H"), let h = num(6, 1) { return months(year, 6 * h - 5, 6) }
        return months(year, 1, 12)
    }

    /// Past or future when a value lies wholly before or after the document's date.
    /// - Parameter days: the value's `interval`.
    static func relation(of days: DayInterval?, _ value: String?, to reference: CalendarDate?) -> TemporalRelation? {
        guard let reference, let span = days else { return nil }
        let r = Double(reference.dayNumber)
        if span.end <= r { return .past }
        if span.start > r { return .future }
        return value == "PRESENT_REF" || span.end - span.start <= 1 ? .present : nil
    }

    /// - Parameter texts: the events' actors and summaries.
    static func order(_ events: ChunkedArray<FoundEvent>, _ texts: TimelineTexts, times: [TimeExpression],
                      reference: CalendarDate?) -> [TimelineEntry] {
        // Each event's relation, and its place in the timeline.
        var relations = [TemporalRelation?](repeating: nil, count: events.count)
        let places: [Int32]
        // The keys let go before the entries are made, at the end of this block, so they do
        // not add to the analysis's peak.
        do {
            // An event's days, worked out when asked: no table of every time's days is kept (it
            // took 25 bytes a time, all written at once), as `EventFinder` gives each time to
            // one event at most, so each is asked for once, or twice without a reference.
            func days(_ e: FoundEvent) -> DayInterval? {
                guard let t = e.time else { return nil }
                return interval(of: times[t].value, reference: reference)
            }
            // without a reference, the latest dated event stands in for the document's date
            // (looked for only then, and without an array of every dated event's day)
            var base = 0.0
            if let reference {
                base = Double(reference.dayNumber)
            } else {
                var latest: Double? = nil
                events.forEach(in: events.indices) { e in if let d = days(e)?.start { latest = max(latest ?? d, d) } }
                base = latest ?? 0
            }
            // Each event's key, its relation beside it, by index: in a loop, as a closure that
            // captured the days had every write to them checked for exclusive access at run time.
            var keys = StableKeyOrder(capacity: events.count)
            // Events come in text order from the pass, and then the order, stable, needs only the
            // keys; text order decides ties explicitly for any other order.
            var inTextOrder = true
            var previousOrder: Int64 = -1
            func textOrder(_ e: FoundEvent) -> Int64 {
                // sentence and position are below 2^31 (`FoundEvent` stores them in 32 and 16 bits)
                Int64(e.sentence) << 32 | Int64(e.position)
            }
            // (Each loop over the events reads them a chunk at a time, `ChunkedArray.forEach`,
            // without a checked index for each.)
            var index = 0
            events.forEach(in: events.indices) { e in
                let eventDays = days(e)
                var relation = e.relation
                if relation == .present, let t = e.time, let placed = Self.relation(of: eventDays, times[t].value, to: reference) {
                    relation = placed // a present-tense headline about a dated day
                }
                relations[index] = relation
                var key: Double
                if let d = eventDays?.start {
                    key = d
                } else {
                    switch relation {
                    case .past?: key = base - 0.5
                    case .future?: key = base + 0.5
                    default: key = base
                    }
                }
                key += 0.1 * Double(e.cue)
                let place = textOrder(e)
                if place <= previousOrder { inTextOrder = false }
                previousOrder = place
                keys.add(key)
                index += 1
            }
            if inTextOrder {
                places = keys.places()
            } else {
                var indices = (0..<Int32(events.count)).map { $0 }
                indices.sort { a, b in
                    let ka = keys.key(Int(a)), kb = keys.key(Int(b))
                    if ka != kb { return ka < kb }
                    return textOrder(events[Int(a)]) < textOrder(events[Int(b)]) // text order last
                }
                var inverse = [Int32](repeating: 0, count: events.count)
                for (position, index) in indices.enumerated() { inverse[Int(index)] = Int32(position) }
                places = inverse
            }
        }
        // Each entry made as its event is read, in text order, and put in its place: the
        // events and their summaries' bytes are read one after another (read in timeline
        // order, they were scattered over a long text's memory, and each string waited for
        // its bytes), and the entries' writes land apart but do not hold the loop up. No
        // copy of the events in timeline order is made on the way.
        return [TimelineEntry](unsafeUninitializedCapacity: events.count) { entries, made in
            var index = 0
            var ranges = FoundEvent.Ranges()
            events.forEach(in: events.indices) { e in
                let position = Int(places[index])
                let (actors, summary) = ranges.next(e)
                // `places` is a permutation of the positions: each is written once, all of them
                (entries.baseAddress.unsafelyUnwrapped + position).initialize(to: TimelineEntry(
                    sentence: e.sentence, order: position, relation: relations[index], time: e.time,
                    texts: EntryTexts(texts, actors: actors, summary: summary)))
                index += 1
            }
            made = events.count
        }
    }
}

/// The days a time expression covers, as day numbers, end exclusive.
typealias DayInterval = (start: Double, end: Double)
