import Testing
@testable import BriefingCore

@Suite("Clock pre-check")
struct ClockPrecheckTests {
    /// `mayBeClock` turns a number away only where `clock` finds no time: for every number
    /// token that is no whole number, in texts of times, amounts and codes.
    @Test func turnsAwayOnlyWhatClockRejects() {
        let texts = [
            "At 15:00, 9.30 p.m., 6.40pm, 3pm, 11AM, 08:30 UTC and 12.5 they sold 1,000 shares for 250m.",
            "A 3.5% rise, 2.25 inches, 10,000,000,000 units, 7/8/07, 2008-03-27, 4x4, 12bn, 1.2 million, 0.37.",
            "Flights at 6:40 a.m. and 23:59; 1:5 odds, 24:00 and 7:61, 1.234 and 99.99; 5Am 7p 3pM.",
        ]
        var checked = 0, turnedAway = 0
        for text in texts {
            let source = SourceText(text)
            let tokens = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
            tokens.withUnsafeBufferPointer { t in
                let matcher = TimeMatcher(text: source.scalars, tokens: t, resolver: TimeResolver(reference: nil))
                for i in t.indices where t[i].kind == .number && t[i].digitCount == 0 {
                    checked += 1
                    if !matcher.mayBeClock(t[i]) {
                        turnedAway += 1
                        #expect(matcher.clock(i) == nil, "\(text[text.index(text.startIndex, offsetBy: t[i].start)...].prefix(t[i].length))")
                    }
                }
            }
        }
        // both kinds are there: the test would pass vacuously otherwise
        #expect(checked > 20 && turnedAway > 5 && turnedAway < checked)
    }

    @Test func letsThroughWhatClockReads() {
        let source = SourceText("15:00 9.30 6.40pm 11AM 3pm")
        let tokens = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        tokens.withUnsafeBufferPointer { t in
            let matcher = TimeMatcher(text: source.scalars, tokens: t, resolver: TimeResolver(reference: nil))
            for i in t.indices where t[i].kind == .number { #expect(matcher.mayBeClock(t[i])) }
        }
    }
}
