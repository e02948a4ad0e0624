import Testing
@testable import BriefingCore

/// The time expressions of a text as (text, type, value), with the reference date given.
private func times(_ text: String, _ reference: String? = "2013-03-20") -> [(text: String, type: TimeType, value: String?)] {
    let briefing = BriefingAnalyzer.analyze(text, date: reference.flatMap(CalendarDate.init(iso:)))
    return briefing.times.map { (briefing.source.slice($0.span), $0.type, $0.value) }
}

/// The one expression whose text is `phrase`.
private func find(_ text: String, _ phrase: String, _ reference: String? = "2013-03-20") -> (type: TimeType, value: String?)? {
    times(text, reference).first { $0.text == phrase }.map { ($0.type, $0.value) }
}

@Suite("Time expressions: absolute dates")
struct AbsoluteDateTests {
    @Test func monthDayYear() {
        #expect(find("The deal was signed on March 27, 2008 in Paris.", "March 27, 2008")?.value == "2008-03-27")
        #expect(find("The deal was signed on Feb. 3 2009.", "Feb. 3 2009")?.value == "2009-02-03")
    }

    @Test func dayMonthYear() {
        #expect(find("The deal was signed on 27 March 2008.", "27 March 2008")?.value == "2008-03-27")
        #expect(find("It was signed on the 4th of July, 1999.", "the 4th of July, 1999")?.value == "1999-07-04")
    }

    @Test func isoAndNumeric() {
        #expect(find("Filed 2008-03-27 by the clerk.", "2008-03-27")?.value == "2008-03-27")
        #expect(find("Filed on 27/03/2008 by the clerk.", "27/03/2008")?.value == "2008-03-27")
    }

    /// A number is read as a day before a month or "of", an amount before a unit or "and",
    /// and a dotted date only at the lengths of one (`TimeMatcher.matchNumber`, `dottedDate`).
    @Test func numbersByWhatFollowsAndTheirLength() {
        #expect(find("Filed on 27th of March by the clerk.", "27th of March")?.value == "2013-03-27")
        #expect(find("Filed on 3 March by the clerk.", "3 March")?.value == "2013-03-03")
        #expect(find("It lasted 30 days in all.", "30 days")?.value == "P30D")
        #expect(find("It lasted 2 and a half years in all.", "2 and a half years")?.value == "P2.5Y")
        #expect(find("Filed 27.03.2008 by the clerk.", "27.03.2008")?.value == "2008-03-27")
        #expect(find("Filed 7.8.07 by the clerk.", "7.8.07")?.value == "2007-07-08")
        #expect(times("It rose 3.5 percent to 1,000.5 and 12.34.56 units, 27 people, 30 of them.").isEmpty)
    }

    @Test func numericDatesFollowTheDocumentsOrder() {
        // month first by default and in American text
        #expect(find("The program launched on 7/8/07 in the center.", "7/8/07")?.value == "2007-07-08")
        // day first when the text writes dates day first, or spells British
        #expect(find("The talks of 3 May 2010 went well. The programme resumed on 4/5/2010.", "4/5/2010")?.value == "2010-05-04")
        #expect(find("The organisation met its defence partners on 4/5/2010.", "4/5/2010")?.value == "2010-05-04")
    }

    @Test func monthsYearsDecades() {
        #expect(find("Sales fell in March 2008.", "March 2008")?.value == "2008-03")
        #expect(find("The plant opened in 1998.", "1998")?.value == "1998")
        #expect(find("It was popular in the 1990s.", "the 1990s")?.value == "199")
        #expect(find("Profit rose in Q3 2024.", "Q3 2024")?.value == "2024-Q3")
        #expect(find("Profit rose in the third quarter of 2008.", "the third quarter of 2008")?.value == "2008-Q3")
        #expect(find("Profit rose in the third quarter.", "the third quarter", "2024-11-05")?.value == "2024-Q3")
        #expect(find("Profit rose in the first half of 2008.", "the first half of 2008")?.value == "2008-H1")
    }

    @Test func monthWithoutYearTakesTheNearestByTense() {
        // reference 2013-03-20
        #expect(find("The law was passed in October.", "October")?.value == "2012-10")
        #expect(find("The law will take effect in October.", "October")?.value == "2013-10")
        #expect(find("The vote was held on February 3.", "February 3")?.value == "2013-02-03")
        #expect(find("The vote will be held on March 28.", "March 28")?.value == "2013-03-28")
        #expect(find("The jet flew on 11 December.", "11 December")?.value == "2012-12-11")
    }

    @Test func seasonsAndRanges() {
        #expect(find("Sales rose in the 2009-10 season.", "2009-10") == nil)
        #expect(find("It ships in the second quarter of next year.", "the second quarter of next year")?.value == "2014-Q2")
        #expect(find("It will ship in late March.", "late March", "2011-06-15")?.value == "2012-03")
        #expect(find("It shipped in late March.", "late March", "2011-06-15")?.value == "2011-03")
        #expect(find("The phone is 0.37 inches thick.", "0.37") == nil)
    }

    @Test func numbersThatAreNotYears() {
        #expect(times("Boeing sold 2000 units and a 737 for $1999.").isEmpty)
        #expect(times("The plant will create 1,500 to 2,000 jobs.").isEmpty)
        #expect(times("A second A380 landed. Prices may rise.").isEmpty)
    }
}

@Suite("Time expressions: relative dates")
struct RelativeDateTests {
    // 2013-03-20 is a Wednesday in ISO week 12.
    @Test func weekdaysByTense() {
        #expect(find("The minister met officials on Monday.", "Monday")?.value == "2013-03-18")
        #expect(find("The minister will meet officials on Friday.", "Friday")?.value == "2013-03-22")
        #expect(find("The minister is scheduled to meet officials on Monday.", "Monday")?.value == "2013-03-25")
        #expect(find("The minister spoke on Wednesday.", "Wednesday")?.value == "2013-03-20")
        #expect(find("The minister spoke last Friday.", "last Friday")?.value == "2013-03-15")
        #expect(find("The minister speaks next Monday.", "next Monday")?.value == "2013-03-25")
        #expect(find("Apple Inc. announced Friday that it will give refunds.", "Friday")?.value == "2013-03-15")
    }

    @Test func relativeDays() {
        #expect(find("Talks ended yesterday.", "yesterday")?.value == "2013-03-19")
        #expect(find("Talks end today.", "today")?.value == "2013-03-20")
        #expect(find("Talks end tomorrow.", "tomorrow")?.value == "2013-03-21")
        #expect(find("Talks ended yesterday morning.", "yesterday morning")?.value == "2013-03-19TMO")
    }

    @Test func weeksMonthsYears() {
        #expect(find("Talks ended last week.", "last week")?.value == "2013-W11")
        #expect(find("Talks end this week.", "this week")?.value == "2013-W12")
        #expect(find("Talks resume next month.", "next month")?.value == "2013-04")
        #expect(find("Talks began last month.", "last month")?.value == "2013-02")
        #expect(find("Growth slowed this year.", "this year")?.value == "2013")
        #expect(find("Growth slowed last year.", "last year")?.value == "2012")
        #expect(find("Profit fell in the last quarter.", "the last quarter")?.value == "2012-Q4")
        #expect(find("Talks end this weekend.", "this weekend")?.value == "2013-W12-WE")
    }

    @Test func neighbouringDaysAndWeekends() {
        // reference 2013-03-20, a Wednesday
        #expect(find("Officials met the previous day.", "the previous day")?.value == "2013-03-19")
        #expect(find("Officials met over the weekend.", "the weekend")?.value == "2013-W11-WE")
        #expect(find("Officials will meet over the weekend.", "the weekend")?.value == "2013-W12-WE")
        #expect(find("The deal, signed Thursday, will close soon.", "Thursday")?.value == "2013-03-14")
    }

    @Test func agoAndIn() {
        #expect(find("The talks began two days ago.", "two days ago")?.value == "2013-03-18")
        #expect(find("The talks began three years ago.", "three years ago")?.value == "2010")
        #expect(find("The talks will resume in three weeks.", "three weeks")?.value == "2013-W15")
        #expect(find("The talks were done in three weeks.", "three weeks")?.value == "P3W")
        #expect(find("Profit was $2 million a year earlier.", "a year earlier")?.value == "2012")
        #expect(find("Profit will rise later in the year.", "later in the year")?.value == "2013")
    }

    @Test func edges() {
        #expect(find("Prices rose earlier this month.", "earlier this month")?.value == "2013-03")
        #expect(find("Prices rose earlier this year.", "earlier this year")?.value == "2013")
        #expect(find("Prices rose late last year.", "late last year")?.value == "2012")
        #expect(find("Prices rose in early 2009.", "early 2009")?.value == "2009")
        #expect(find("The system ships in mid-2011.", "mid-2011")?.value == "2011")
        #expect(find("Sales rose at the beginning of the year.", "the beginning of the year")?.value == "2013")
        #expect(find("The index fell 2% for the week.", "the week")?.value == "2013-W12")
    }

    @Test func noValueFromTheMachineClock() {
        let text = """
            The minister met officials on Monday and yesterday. Talks ended last week, \
            two days ago, and resume next month, on March 28, this year and in three weeks, at 3pm. \
            The deal of March 27, 2008 took 30 days.
            """
        let found = times(text, nil)
        let relative = ["Monday", "yesterday", "last week", "two days ago", "next month", "March 28", "this year", "3pm"]
        for phrase in relative {
            let hit = found.first { $0.text == phrase }
            #expect(hit != nil, "\(phrase) not found")
            #expect(hit?.value == nil, "\(phrase) resolved without a reference: \(hit?.value ?? "")")
        }
        #expect(found.first { $0.text == "March 27, 2008" }?.value == "2008-03-27")
        #expect(found.first { $0.text == "30 days" }?.value == "P30D")
    }

    @Test func datelineIsTheReference() {
        let text = "Boeing unveils new jet\n\nMarch 27, 2008\n\nBoeing unveiled a new jet on Tuesday. It will fly next month."
        let briefing = BriefingAnalyzer.analyze(text)
        #expect(briefing.date == CalendarDate(year: 2008, month: 3, day: 27))
        let values = briefing.times.map { (briefing.source.slice($0.span), $0.value) }
        #expect(values.contains { $0.0 == "March 27, 2008" && $0.1 == "2008-03-27" })
        #expect(values.contains { $0.0 == "Tuesday" && $0.1 == "2008-03-25" })
        #expect(values.contains { $0.0 == "next month" && $0.1 == "2008-04" })
    }

    @Test func datelineParser() {
        #expect(DatelineFinder.parse("Thursday, March 27, 2008") == CalendarDate(year: 2008, month: 3, day: 27))
        #expect(DatelineFinder.parse("27 March 2008.") == CalendarDate(year: 2008, month: 3, day: 27))
        #expect(DatelineFinder.parse("2008-03-27") == CalendarDate(year: 2008, month: 3, day: 27))
        #expect(DatelineFinder.parse("Sat, 29 Mar 2008") == CalendarDate(year: 2008, month: 3, day: 29))
        #expect(DatelineFinder.parse("Sept. 27th, 2008") == CalendarDate(year: 2008, month: 9, day: 27))
        #expect(DatelineFinder.parse("March 27, 2008 was a Thursday") == nil)
        #expect(DatelineFinder.parse("February 30, 2008") == nil)
    }
}

@Suite("Time expressions: durations, sets, times, references")
struct DurationSetTimeTests {
    @Test func durations() {
        #expect(find("A 30-day ceasefire was proposed.", "30-day").map { "\($0.type) \($0.value ?? "")" } == "duration P30D")
        #expect(find("The contract runs three years.", "three years")?.value == "P3Y")
        #expect(find("The strike lasted 48 hours.", "48 hours")?.value == "PT48H")
        #expect(find("The plane has a fifty-year service life.", "fifty-year")?.value == "P50Y")
        #expect(find("It took almost two and a half years.", "two and a half years")?.value == "P2.5Y")
        #expect(find("It took several months.", "several months")?.value == "PXM")
        #expect(find("Jobs will go over the next four years.", "the next four years")?.value == "P4Y")
        #expect(find("It rose in the past decade.", "the past decade")?.value == "P10Y")
        #expect(find("The shuttle flew for thirty minutes.", "thirty minutes")?.value == "PT30M")
        #expect(find("The feud was a decades-long dispute.", "decades-long")?.value == "PXY")
    }

    @Test func sets() {
        #expect(find("The board meets every week.", "every week").map { "\($0.type) \($0.value ?? "")" } == "set P1W")
        #expect(find("Prices are set daily.", "daily")?.value == "P1D")
        #expect(find("Reports are filed annually.", "annually")?.value == "P1Y")
        #expect(find("They build 15 a year.", "a year").map { "\($0.type) \($0.value ?? "")" } == "set P1Y")
    }

    @Test func clockTimes() {
        #expect(find("The vote closed at 3pm.", "3pm").map { "\($0.type) \($0.value ?? "")" } == "time 2013-03-20T15:00")
        #expect(find("The vote closed at 15:00 GMT.", "15:00 GMT")?.value == "2013-03-20T15:00Z")
        #expect(find("The vote closed at 6:40 p.m. in Paris.", "6:40 p.m.")?.value == "2013-03-20T18:40")
        #expect(find("It flew on Tuesday at 18:00 UTC.", "18:00 UTC")?.value == "2013-03-19T18:00Z")
        #expect(find("It was discussed at 10:30 GMT yesterday.", "10:30 GMT")?.value == "2013-03-19T10:30Z")
    }

    @Test func vagueReferences() {
        #expect(find("Starmer recently welcomed Carney.", "recently")?.value == "PAST_REF")
        #expect(find("Sharing, formerly paused, resumed.", "formerly")?.value == "PAST_REF")
        #expect(find("The store currently sells music.", "currently")?.value == "PRESENT_REF")
        #expect(find("The talks are now over.", "now")?.value == "PRESENT_REF")
        #expect(find("The upcoming meeting is set.", "upcoming")?.value == "FUTURE_REF")
        #expect(find("The deal will be signed soon.", "soon")?.value == "FUTURE_REF")
        #expect(find("The deal is expected in the coming weeks.", "the coming weeks")?.value == "FUTURE_REF")
        #expect(find("Wars happened in the past.", "the past")?.value == "PAST_REF")
    }

    @Test func offsetsIndexTheText() {
        let text = "Ünïcode café: talks ended last week — and resume on 27 March 2014 at 3pm."
        let briefing = BriefingAnalyzer.analyze(text, date: CalendarDate(iso: "2014-03-20"))
        #expect(briefing.times.count == 3)
        for time in briefing.times {
            let slice = briefing.source.slice(time.span)
            #expect(["last week", "27 March 2014", "3pm"].contains(slice))
            #expect(briefing.sentences[time.sentence].span.contains(time.span))
        }
    }
}

@Suite("Time tagger: hostile numbers")
struct HostileNumberTests {
    /// Found by the fuzzer: runs of digits longer than an Int once trapped in the date parser.
    @Test(arguments: [
        "On the 123456789012345678901234th day.", "In the 99999999999999999999999s.",
        "On 2008-999999999999999999999.", "On 12.34.99999999999999999999999.",
        "A 99999999999999999999999-day wait.", "In mid-99999999999999999999999.",
        "It lasted 1,000,000,000,000,000,000,000,000,000,000 years.",
    ])
    func longDigitRunsAreNotTimesAndDoNotTrap(text: String) {
        let times = TimeExpressionTagger.tag(SourceText(text), sentences: BriefingAnalyzer.analyze(text).sentences,
                                             reference: CalendarDate(iso: "2013-03-20"))
        for time in times { #expect(time.value.map { !$0.contains("-9") && $0.count < 40 } ?? true) }
    }

    @Test func absurdAmountsAreUnknown() {
        #expect(TimeUnit.year.duration(1e30) == "PXY")
        #expect(TimeUnit.day.duration(30) == "P30D")
    }
}
