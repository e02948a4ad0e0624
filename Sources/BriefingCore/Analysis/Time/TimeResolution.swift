/// Which way an expression without a year or a direction points, from the tense around it.
enum TimeDirection: Sendable {
    case past, future, unknown
}

/// Turns the parts of a time expression into TIMEX3 values against the reference date.
/// Every function that needs the reference returns nil without one: no value is ever
/// taken from the machine's clock.
struct TimeResolver: Sendable {
    let reference: CalendarDate?

    // MARK: formatting

    // Values are written as ASCII bytes on the stack and made a `String` once: building them
    // from `String(n)`, its `count` and interpolations took thousands of instructions a value.
    // A negative number keeps the sign where `String(n)` puts it, zeros before it ("00-5").

    // `pad`, `month` and `day` are never inlined: the 64-byte buffer on the stack of `ascii`,
    // inlined through them into the patterns, gave each pattern a larger frame guarded by the
    // stack protector (its check and more saved registers on each of some 31,000 calls on
    // 2 MB of news, while values are written some 8,000 times).
    @inline(never)
    static func pad(_ n: Int, _ width: Int) -> String {
        guard n >= 0 else {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return ascii { out, at in write(n, width, out, &at) }
    }
    static func year(_ y: Int) -> String { pad(y, 4) }
    @inline(never)
    static func month(_ y: Int, _ m: Int) -> String {
        guard y >= 0, m >= 0 else { return "\(pad(y, 4))-\(pad(m, 2))" }
        return ascii { out, at in
            write(y, 4, out, &at); out[at] = 0x2D; at += 1; write(m, 2, out, &at)
        }
    }
    /// "YYYY-MM-DD", as `CalendarDate.description` writes a day.
    @inline(never)
    static func day(_ y: Int, _ m: Int, _ d: Int) -> String {
        guard y >= 0, m >= 0, d >= 0 else { return month(y, m) + "-" + pad(d, 2) }
        return ascii { out, at in
            write(y, 4, out, &at); out[at] = 0x2D; at += 1
            write(m, 2, out, &at); out[at] = 0x2D; at += 1; write(d, 2, out, &at)
        }
    }
    static func day(_ date: CalendarDate) -> String { day(date.year, date.month, date.day) }

    /// The bytes `body` writes from 0, advancing the offset it is given; at most 64.
    private static func ascii(_ body: (UnsafeMutablePointer<UInt8>, inout Int) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            var count = 0
            body(buffer.baseAddress!, &count)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The digits of `n` (not negative), at least `width` of them with zeros before: at most 19.
    private static func write(_ n: Int, _ width: Int, _ out: UnsafeMutablePointer<UInt8>, _ at: inout Int) {
        var digits = 1
        var rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let total = max(digits, width)
        var v = n
        for k in stride(from: at + total - 1, through: at, by: -1) {
            out[k] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
        }
        at += total
    }
    static func week(_ d: CalendarDate) -> String {
        let w = d.isoWeek
        return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
    }
    static func quarter(_ y: Int, _ q: Int) -> String { "\(pad(y, 4))-Q\(q)" }

    // MARK: relative to the reference

    func day(offset: Int) -> String? { reference.map { Self.day($0.adding(days: offset)) } }

    func week(offset: Int) -> String? { reference.map { Self.week($0.adding(days: 7 * offset)) } }

    func month(offset: Int) -> String? {
        guard let r = reference else { return nil }
        let (y, m) = Self.addMonths(r.year, r.month, offset)
        return Self.month(y, m)
    }

    func year(offset: Int) -> String? { reference.map { Self.year($0.year + offset) } }

    func quarter(offset: Int) -> String? {
        guard let r = reference else { return nil }
        let index = r.year * 4 + (r.month - 1) / 3 + offset
        return Self.quarter(index / 4, index % 4 + 1)
    }

    func decade(offset: Int) -> String? { reference.map { String(($0.year / 10) + offset) } }

    func century(offset: Int) -> String? { reference.map { String(($0.year / 100) + offset) } }

    /// The reference moved by `amount` units, at the unit's granularity ("two weeks ago" → a week).
    func shifted(_ unit: TimeUnit, by amount: Int) -> String? {
        switch unit {
        case .second, .minute, .hour, .day: return unit == .day ? day(offset: amount) : day(offset: 0)
        case .week, .weekend: return week(offset: amount)
        case .fortnight: return week(offset: 2 * amount)
        case .month: return month(offset: amount)
        case .quarter: return quarter(offset: amount)
        case .year: return year(offset: amount)
        case .decade: return year(offset: 10 * amount)
        case .century: return year(offset: 100 * amount)
        }
    }

    /// "this week", "last month", "next year": the unit containing the reference, moved.
    func unit(_ unit: TimeUnit, offset: Int) -> String? {
        switch unit {
        case .second, .minute, .hour: return day(offset: 0)
        case .day: return day(offset: offset)
        case .week, .fortnight: return week(offset: offset)
        case .weekend: return week(offset: offset).map { $0 + "-WE" }
        case .month: return month(offset: offset)
        case .quarter: return quarter(offset: offset)
        case .year: return year(offset: offset)
        case .decade: return decade(offset: offset)
        case .century: return century(offset: offset)
        }
    }

    /// A weekday by itself: the reference day when it is that weekday, else the one before
    /// (past or unknown tense) or after (future).
    func weekday(_ wd: Int, _ direction: TimeDirection, shift: Int = 0) -> String? {
        guard let r = reference else { return nil }
        let delta = wd - r.weekday
        var offset: Int
        if shift < 0 {
            offset = delta < 0 ? delta : delta - 7
        } else if shift > 0 {
            offset = delta > 0 ? delta : delta + 7
        } else if delta == 0 {
            offset = 0
        } else if direction == .future {
            offset = delta > 0 ? delta : delta + 7
        } else {
            offset = delta < 0 ? delta : delta - 7
        }
        return Self.day(r.adding(days: offset))
    }

    /// The year of a month (and day) given without one: the reference's year, moved back when
    /// the text looks back at a later month, forward when it looks ahead at an earlier one.
    func yearFor(month: Int, day: Int?, _ direction: TimeDirection) -> Int? {
        guard let r = reference else { return nil }
        let after = month > r.month || (month == r.month && (day ?? 0) > r.day)
        let before = month < r.month || (month == r.month && day != nil && day! < r.day)
        switch direction {
        case .past where after: return r.year - 1
        case .future where before: return r.year + 1
        default: return r.year
        }
    }

    func yearFor(quarter q: Int, _ direction: TimeDirection) -> Int? {
        guard let r = reference else { return nil }
        let current = (r.month - 1) / 3 + 1
        switch direction {
        case .past where q > current: return r.year - 1
        case .future where q < current: return r.year + 1
        default: return r.year
        }
    }

    static func addMonths(_ y: Int, _ m: Int, _ n: Int) -> (Int, Int) {
        let index = y * 12 + (m - 1) + n
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return (year, index - year * 12 + 1)
    }

    /// A two-digit year: 00-49 → 2000s, 50-99 → 1900s.
    static func fullYear(_ y: Int, digits: Int) -> Int {
        guard digits <= 2 else { return y }
        return y < 50 ? 2000 + y : 1900 + y
    }
}
