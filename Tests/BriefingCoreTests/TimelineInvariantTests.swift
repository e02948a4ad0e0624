import Testing
@testable import BriefingCore

/// Random text built from the words the time and timeline stages react to, checked for
/// the invariants the export promises. A fixed seed keeps failures reproducible.
@Suite("Times and timeline: invariants on random text")
struct TimelineInvariantTests {
    static let vocabulary: [String] = [
        "the", "a", "an", "in", "on", "at", "for", "of", "and", "to", "by", "since", "from", "between",
        "last", "next", "this", "past", "coming", "previous", "following", "early", "late", "mid", "earlier", "later",
        "ago", "every", "each", "per", "half", "fiscal", "year", "years", "month", "months", "week", "weeks",
        "day", "days", "decade", "decades", "quarter", "second", "seconds", "hour", "hours", "weekend",
        "Monday", "Friday", "March", "May", "may", "June", "Jan.", "Sept", "Q3", "FY2008", "1990s", "'90s",
        "2008", "1999", "27", "3rd", "15:00", "3pm", "p.m.", "GMT", "7/8/07", "2008-03-27", "2009-10", "30-day",
        "fifty-year", "mid-2011", "decades-long", "first-quarter", "0.37", "1,000", "$", "%", "two", "three",
        "several", "twenty-five", "today", "yesterday", "tomorrow", "tonight", "now", "recently", "upcoming",
        "daily", "annual", "Christmas", "summer", "morning", "night", "will", "would", "is", "was", "has",
        "had", "been", "be", "expected", "scheduled", "plans", "held", "said", "met", "meet", "talks", "Lammy",
        "Kallas", "(", ")", ",", ".", ";", "—", "’", "'s", "\n", "\n\n", "é", "🙂", "formerly", "following",
    ]

    @Test func invariantsHold() {
        var g = SeededRandom(seed: 42)
        for round in 0..<300 {
            var words: [String] = []
            for _ in 0..<(5 + g.next(60)) { words.append(Self.vocabulary[g.next(Self.vocabulary.count)]) }
            let text = words.joined(separator: g.next(4) == 0 ? "" : " ")
            let reference: CalendarDate? = round % 3 == 0 ? nil : CalendarDate(year: 1990 + g.next(40), month: 1 + g.next(12), day: 1 + g.next(28))
            let b = BriefingAnalyzer.analyze(text, date: reference)
            let lammy = Actor(id: "lammy", name: "David Lammy", kind: .person, aliases: ["Lammy"], roles: [],
                              affiliation: nil, mentions: mentions(of: "Lammy", in: b))
            let timeline = TimelineBuilder.build(b.source, sentences: b.sentences, actors: [lammy],
                                                 times: b.times, reference: reference)
            var previousEnd = 0
            for time in b.times {
                #expect(time.span.start >= previousEnd && time.span.start < time.span.end, "\(text)")
                #expect(b.sentences[time.sentence].span.contains(time.span), "\(text)")
                previousEnd = time.span.end
                if reference == nil, let v = time.value, v.count >= 4, v.prefix(4).allSatisfy(\.isNumber) {
                    // without a reference a dated value comes from a year the text writes, never the clock
                    let year = String(v.prefix(4))
                    #expect(text.contains(year) || text.contains(year.suffix(2)), "\(v) from \(text)")
                }
            }
            #expect(timeline.map(\.order).sorted() == Array(0..<timeline.count), "\(text)")
            for entry in timeline {
                #expect(entry.sentence >= 0 && entry.sentence < b.sentences.count)
                if let t = entry.time { #expect(t >= 0 && t < b.times.count && b.times[t].sentence == entry.sentence) }
                #expect(entry.actors.allSatisfy { $0 == "lammy" })
            }
        }
    }

    func mentions(of name: String, in b: Briefing) -> [Mention] {
        let needle = Array(name.unicodeScalars)
        let text = b.source.scalars
        var out: [Mention] = []
        var i = 0
        while i + needle.count <= text.count {
            if Array(text[i..<(i + needle.count)]) == needle, let s = b.sentenceIndex(containing: i),
               b.sentences[s].span.contains(TextSpan(i, i + needle.count)) {
                out.append(Mention(span: TextSpan(i, i + needle.count), sentence: s))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }
}
