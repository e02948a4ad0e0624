import Testing
@testable import BriefingCore

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test func dayNumbersRoundTrip() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    /// Every day of years around 2000 and around year 0 (the era's sign changes there)
    /// is numbered one after the day before it, across months, leap days and years.
    @Test func dayNumbersCountEveryDay() {
        for years in [1999...2001, -2...1] {
            var previous: Int? = nil
            for year in years {
                for month in 1...12 {
                    for day in 1...CalendarDate.daysIn(month: month, year: year) {
                        let number = CalendarDate(year: year, month: month, day: day)!.dayNumber
                        if let previous { #expect(number == previous + 1) }
                        previous = number
                    }
                }
            }
        }
        #expect(CalendarDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        #expect(CalendarDate(year: 0, month: 3, day: 1)!.dayNumber == -719_468)
    }

    @Test func weekdaysAndISOWeeks() {
        let date = CalendarDate(iso: "2013-03-20")!
        #expect(date.weekday == 3) // a Wednesday
        #expect(date.isoWeek.week == 12)
        #expect(CalendarDate(iso: "2021-01-03")!.isoWeek == (2020, 53))
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2024-13-01") == nil)
        #expect(CalendarDate(iso: "24-01-01") == nil)
    }

    @Test func datelines() {
        #expect(DatelineFinder.parse("March 27, 2008") == CalendarDate(iso: "2008-03-27"))
        #expect(DatelineFinder.parse("27 March 2008") == CalendarDate(iso: "2008-03-27"))
        #expect(DatelineFinder.parse("Thursday, March 27, 2008") == CalendarDate(iso: "2008-03-27"))
        #expect(DatelineFinder.parse("2008-03-27") == CalendarDate(iso: "2008-03-27"))
        #expect(DatelineFinder.parse("March 2008 was cold") == nil)
    }

    @Test func datelineSetsTheReferenceDate() {
        let briefing = BriefingAnalyzer.analyze("Airbus wins order\n\nJune 13, 2005\n\nAirbus won an order.")
        #expect(briefing.date == CalendarDate(iso: "2005-06-13"))
        let given = BriefingAnalyzer.analyze("Airbus wins order\n\nJune 13, 2005\n\nIt won.", date: CalendarDate(iso: "2001-01-01"))
        #expect(given.date == CalendarDate(iso: "2001-01-01"))
    }
}
