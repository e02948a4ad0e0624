import BriefingCore
@testable import BriefingUI

/// Briefings built by hand, with actors, times, a timeline and topics, so panes, jumps
/// and filters are tested whatever the analysers find.
enum Fixtures {
    static let text = """
        Ceasefire talks in Geneva
        David Lammy met Kaja Kallas in Brussels on Monday.
        Lammy said the ceasefire must hold.

        Kallas will visit Kyiv next week. The EU backs the plan.
        Trade tensions rose after tariffs.
        """

    static func span(_ needle: String, occurrence: Int = 0, in text: String = text) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        var found = 0
        var i = 0
        while i + n.count <= scalars.count {
            if Array(scalars[i..<(i + n.count)]) == n {
                if found == occurrence { return TextSpan(i, i + n.count) }
                found += 1
            }
            i += 1
        }
        fatalError("\(needle) not in text")
    }

    /// Sentences found by hand: each line, and the two sentences of line 5.
    static func sentences(_ text: String) -> [Sentence] {
        let pieces = ["Ceasefire talks in Geneva", "David Lammy met Kaja Kallas in Brussels on Monday.",
                      "Lammy said the ceasefire must hold.", "Kallas will visit Kyiv next week.",
                      "The EU backs the plan.", "Trade tensions rose after tariffs."]
        return pieces.enumerated().map { i, p in
            Sentence(index: i, span: span(p, in: text), story: i < 5 ? 0 : 1)
        }
    }

    static var briefing: Briefing {
        let source = SourceText(text)
        let sentences = sentences(text)
        let lammy = Actor(id: "david-lammy", name: "David Lammy", kind: .person, aliases: ["David Lammy", "Lammy"],
                          roles: ["UK Foreign Secretary"], affiliation: "united-kingdom",
                          mentions: [Mention(span: span("David Lammy"), sentence: 1),
                                     Mention(span: span("Lammy", occurrence: 1), sentence: 2)])
        let kallas = Actor(id: "kaja-kallas", name: "Kaja Kallas", kind: .person, aliases: ["Kaja Kallas", "Kallas"],
                           roles: ["EU foreign affairs chief"], affiliation: "eu",
                           mentions: [Mention(span: span("Kaja Kallas"), sentence: 1),
                                      Mention(span: span("Kallas", occurrence: 1), sentence: 3)])
        let eu = Actor(id: "eu", name: "EU", kind: .organization, aliases: ["EU"], roles: [], affiliation: nil,
                       mentions: [Mention(span: span("EU"), sentence: 4)])
        let kyiv = Actor(id: "kyiv", name: "Kyiv", kind: .place, aliases: ["Kyiv"], roles: [], affiliation: nil,
                         mentions: [Mention(span: span("Kyiv"), sentence: 3)])
        let times = [
            TimeExpression(span: span("Monday"), sentence: 1, type: .date, value: "2025-03-10"),
            TimeExpression(span: span("next week"), sentence: 3, type: .date, value: "2025-W12"),
        ]
        let timeline = [
            TimelineEntry(sentence: 1, order: 0, relation: .past, time: 0, actors: ["david-lammy", "kaja-kallas"],
                          summary: "Lammy met Kallas in Brussels"),
            TimelineEntry(sentence: 3, order: 1, relation: .future, time: 1, actors: ["kaja-kallas"],
                          summary: "Kallas to visit Kyiv"),
            TimelineEntry(sentence: 5, order: 2, relation: .past, time: nil, actors: [],
                          summary: "Trade tensions rose"),
        ]
        let topics = [
            Topic(id: "diplomacy", label: "Diplomacy", weight: 0.6, keywords: ["ceasefire", "talks"],
                  sentences: [0, 1, 2], stories: [0]),
            Topic(id: "trade", label: "Trade", weight: 0.25, keywords: ["trade", "tariffs"], sentences: [5], stories: [1]),
        ]
        return Briefing(source: source, title: "Ceasefire talks in Geneva", date: CalendarDate(iso: "2025-03-12"),
                        paragraphs: paragraphs(text, sentences), sentences: sentences, stories: [],
                        actors: [lammy, kallas, eu, kyiv], times: times, timeline: timeline, topics: topics)
    }

    /// The two blank-line separated blocks: the first three sentences, then the rest.
    static func paragraphs(_ text: String, _ sentences: [Sentence]) -> [Paragraph] {
        [Paragraph(index: 0, span: TextSpan(sentences[0].span.start, sentences[2].span.end)),
         Paragraph(index: 1, span: TextSpan(sentences[3].span.start, sentences[5].span.end))]
    }

    /// A briefing with sentences only, as on a branch where the analysers found nothing.
    static var bare: Briefing {
        let b = briefing
        return Briefing(source: b.source, title: b.title, date: nil, paragraphs: [], sentences: b.sentences,
                        stories: [], actors: [], times: [], timeline: [], topics: [])
    }

    /// A big generated document: `n` one-line sentences in paragraphs of ten.
    static func big(sentences n: Int) -> Briefing {
        var text = ""
        var spans: [(Int, Int)] = []
        var offset = 0
        for i in 0..<n {
            let s = "Sentence number \(i) says something about the ceasefire talks and the weather today."
            let count = s.unicodeScalars.count
            spans.append((offset, offset + count))
            text += s
            offset += count
            let sep = i % 10 == 9 ? "\n\n" : " "
            text += sep
            offset += sep.unicodeScalars.count
        }
        let sentences = spans.enumerated().map { Sentence(index: $0, span: TextSpan($1.0, $1.1), story: 0) }
        return Briefing(source: SourceText(text), title: "Big", date: nil, paragraphs: [], sentences: sentences,
                        stories: [], actors: [], times: [], timeline: [], topics: [])
    }

    static func state(_ b: Briefing = briefing, width: Int = 120, height: Int = 40) -> ReaderState {
        reduce(ReaderState(briefing: b, name: "fixture.txt", width: width, height: height), .resize(width: width, height: height))
    }
}

extension ReaderState {
    func after(_ actions: Action...) -> ReaderState {
        actions.reduce(self) { reduce($0, $1) }
    }

    var screen: String { Renderer.render(self).text }
}
