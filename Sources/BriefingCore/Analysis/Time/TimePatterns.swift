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
///
/// This file holds the scan, the dispatch on the first token and shared helpers; the
/// families are in `NumberPatterns.swift`, `DatePatterns.swift` and `PhrasePatterns.swift`.
struct TimeMatcher {
    let text: PackedScalars
    private(set) var t: UnsafeBufferPointer<TimeToken>
    /// Where the scan tries an expression (`TimeTokenBuffer.timeStarts`), and where the verb
    /// groups are looked for when an expression needs the tense.
    private var starts: TokenBits
    private var groupStarts: TokenBits
    let resolver: TimeResolver
    /// What the sentence's matching learns as it goes, in an object of its own, so that the
    /// patterns are non-mutating: a mutating pattern copied the whole matcher (144 bytes)
    /// to call each non-mutating helper, some 50,000 copies on 2 MB of news.
    private let learnt = Learnt()

    /// What a sentence's matching learns as it goes (`TimeMatcher.start` resets it).
    private final class Learnt {
        /// The sentence's verb groups, found when an expression first needs the tense
        /// (`groupsFound`), in a list kept from sentence to sentence.
        var groups = ScratchList<VerbGroup>()
        var groupsFound = false
        /// The last day-level date of the sentence, the anchor of a clock time.
        var lastDay: CalendarDate? = nil
        /// Evidence for day-first numeric dates: +1 for "27 March", -1 for "March 27".
        var dayFirstVotes = 0
    }

    /// The sentence's evidence for day-first numeric dates: +1 for "27 March", -1 for "March 27".
    var dayFirstVotes: Int { learnt.dayFirstVotes }

    /// Counts a written date's order: +1 day first, -1 month first.
    func voteDayFirst(_ vote: Int) { learnt.dayFirstVotes += vote }

    init(text: PackedScalars, tokens: UnsafeBufferPointer<TimeToken>, resolver: TimeResolver) {
        self.text = text
        self.t = tokens
        starts = .none
        groupStarts = .none
        self.resolver = resolver
    }

    /// Readies the matcher for another sentence of the same text, as a new one would be:
    /// one kept for a whole document spares retaining and releasing the text's arrays
    /// for every sentence (`TimeTagging`).
    mutating func start(_ tokens: UnsafeBufferPointer<TimeToken>, starts: TokenBits, groupStarts: TokenBits) {
        t = tokens
        self.starts = starts
        self.groupStarts = groupStarts
        learnt.groupsFound = false
        learnt.lastDay = nil
        learnt.dayFirstVotes = 0
    }

    // MARK: the scan

    /// Every expression of the sentence, left to right, never overlapping, into a buffer
    /// the caller reuses from sentence to sentence.
    func all(into out: inout ScratchList<TimeMatch>) {
        out.removeAll()
        // Most tokens start nothing (`match(at:)` answers nil for them), nor do the most
        // frequent openers ("the", "a", "in", "at") before anything but a number or a time
        // word: passed over without the call, from start to start.
        var i = starts.next(from: 0)
        while i < t.count {
            guard let m = match(at: i), m.end > i else {
                i = starts.next(from: i + 1)
                continue
            }
            let end = m.end, isDate = m.type == .date
            // moved into the list, not copied and then destroyed
            out.append(m)
            // a date's value read where the list holds it: read from the match before it was
            // moved (as `m.value`, or bound to a name), it had the whole match copied and the
            // copy destroyed at each date
            if isDate, let d = out.withUnsafeBufferPointer({ Self.day($0[$0.count - 1].value) }) { learnt.lastDay = d }
            i = starts.next(from: end)
        }
    }

    /// The longest expression starting at token i. Nothing but a dispatch to the families,
    /// each arm a call whose answer is this one's: with the one-word values made here too, the
    /// arms' answers were merged, each call's answer written to a buffer on the stack, read
    /// back and written again (and the buffer guarded), some 30 instructions a call.
    func match(at i: Int) -> TimeMatch? {
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
        case .fiscal: return matchFiscal(i, from: i)
        case .relativeDay, .tonight, .reference, .setWord, .holiday, .season, .noon, .midnight:
            return matchNamedTime(i, w)
        default: return nil
        }
    }

    /// A word that names its time by itself ("yesterday", "tonight", "Christmas", "noon"), or
    /// a season before a year.
    private func matchNamedTime(_ i: Int, _ w: TimeWord) -> TimeMatch? {
        switch w {
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
            guard t[i].isCapitalized else { return nil }
            let y = resolver.yearFor(month: m, day: d, direction(at: i))
            return TimeMatch(first: i, end: i + 1, type: .date,
                             value: y.map { TimeResolver.day($0, m, d) })
        case .season(let s):
            // only with a year: "summer 2009", "spring of 2010"
            var j = i + 1
            if j < t.count, t[j].time == .of { j += 1 }
            if j < t.count, let y = DateParser.year(t[j]) {
                return TimeMatch(first: i, end: j + 1, type: .date, value: TimeResolver.year(y) + "-" + s.text)
            }
            return nil
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

    // Keys as the numbers `PackedWord.pack` gives, constants (see `PackedWord.and`).
    static let kOn: UInt64 = 0x1EE
    static let kIn: UInt64 = 0x12E, kFor: UInt64 = 0x19F2
    static let kThese: UInt64 = 0x1441665, kSecond: UInt64 = 0x2651BDC4, kYear: UInt64 = 0xC9432
    static let kDays: UInt64 = 0x20733
    static let kOnce: UInt64 = 0x7B865, kTwice: UInt64 = 0x14BA465, kTimes: UInt64 = 0x144B4B3
    static let kMay: UInt64 = 0x3439

    func unit(_ i: Int) -> (unit: TimeUnit, plural: Bool)? {
        guard i < t.count, case .unit(let u, let p)? = t[i].time else { return nil }
        return (u, p)
    }

    /// The tense around token i, from the nearest verb group.
    func direction(at i: Int) -> TimeDirection {
        // "the deal, signed Thursday": a participle right before the expression looks back
        var p = i - 1
        if p >= 0, t[p].time == .during || isKey(p, Self.kOn) { p -= 1 }
        if p >= 0, t[p].isWord, !t[p].isCapitalized, t[p].time == nil,
           t[p].verb == .past || t[p].flags.contains(.endsED) && t[p].verb == nil {
            return .past
        }
        if !learnt.groupsFound {
            // found into a local list (its elements the learnt list's own, `ScratchList`) and
            // put back: passed `inout` to the call, the learnt list was an access the compiler
            // could not see the end of, and every access to it, each read here included, was
            // checked for exclusivity at run time (some 80 instructions a call)
            var groups = learnt.groups
            VerbGroups.find(t, text, starts: groupStarts, into: &groups)
            learnt.groups = groups
            learnt.groupsFound = true
        }
        let all = learnt.groups
        var best: VerbGroup? = nil
        var bestDistance = Int.max
        // the group before i and the one after, by binary search
        let after = partitionPoint(all.count) { all[$0].start > i }
        for gi in (after - 1)...after where gi >= 0 && gi < all.count {
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

    /// The day of a value "YYYY-MM-DD" ("XXXX-03-27" and nil have none), read from its bytes as
    /// `CalendarDate(iso:)` reads a value of 10 characters: three parts of 4, 2 and 2 that
    /// `Int` reads (digits, an optional "+" first).
    static func day(_ value: String?) -> CalendarDate? {
        guard let value else { return nil }
        let read: CalendarDate?? = value.utf8.withContiguousStorageIfAvailable { b in
            // Parts `Int` reads are ASCII, so a value `CalendarDate(iso:)` reads is 10 bytes
            // with "-" at 4 and 7; any other has no day either way.
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var n = 0
                for k in (b[from] == 0x2B ? from + 1 : from)..<to {
                    guard b[k] &- 48 < 10 else { return nil }
                    n = n * 10 + Int(b[k] - 48)
                }
                return n
            }
            guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        if let read { return read }
        return value.count == 10 ? CalendarDate(iso: value) : nil
    }

    func anchorDay() -> String? { (learnt.lastDay ?? resolver.reference).map(TimeResolver.day) }

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
                guard case .number(let n)? = TimeLexicon.lookup(PackedWord.pack(text, s, e))?.time else { return nil }
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

    /// The parts of a hyphenated word, as `start..<end` pairs, hyphens left out, read one
    /// after another (`HyphenParts`): a pattern that reads the first two or each in turn
    /// needs no array of them, which cost an allocation a word.
    func hyphenParts(_ tok: TimeToken) -> HyphenParts {
        HyphenParts(units: text.units, start: tok.start, end: tok.end)
    }
}

/// The parts of a hyphenated word (`TimeMatcher.hyphenParts`), as `start..<end` pairs.
struct HyphenParts: Sequence, IteratorProtocol {
    let units: [UInt16]
    /// Where the next part starts; past `end` once the last part is read.
    private var start: Int
    private let end: Int

    init(units: [UInt16], start: Int, end: Int) {
        self.units = units
        self.start = start
        self.end = end
    }

    mutating func next() -> (Int, Int)? {
        guard start <= end else { return nil }
        var k = start
        while k < end, units[k] != 0x2D { k += 1 } // "-", never a surrogate's unit
        defer { start = k + 1 }
        return (start, k)
    }
}
