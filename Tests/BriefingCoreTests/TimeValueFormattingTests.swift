import Testing
@testable import BriefingCore

@Suite("Time value formatting")
struct TimeValueFormattingTests {
    /// The values written as bytes read as the `String` arithmetic that wrote them before.
    static func reference(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    @Test func numbersArePaddedAsStringsPadThem() {
        let numbers = [0, 1, 7, 9, 10, 12, 99, 100, 999, 1000, 2008, 9999, 10_000, 123_456_789, Int.max,
                       -1, -5, -42, -2008, Int.min]
        for n in numbers {
            for width in 0...5 { #expect(TimeResolver.pad(n, width) == Self.reference(n, width)) }
        }
    }

    @Test func monthsAndDaysReadAsBefore() {
        let parts = [(2008, 3, 27), (7, 1, 1), (12_345, 12, 31), (-5, 2, 9), (2008, -1, 3), (2008, 11, -2), (0, 0, 0)]
        for (y, m, d) in parts {
            let month = "\(Self.reference(y, 4))-\(Self.reference(m, 2))"
            #expect(TimeResolver.month(y, m) == month)
            #expect(TimeResolver.day(y, m, d) == month + "-" + Self.reference(d, 2))
        }
    }

    @Test func calendarDaysReadAsTheirDescription() {
        for number in stride(from: -800_000, through: 800_000, by: 9_973) {
            let date = CalendarDate(dayNumber: number)
            #expect(TimeResolver.day(date) == date.description)
        }
    }
}
