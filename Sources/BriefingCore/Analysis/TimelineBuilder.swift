/// Places the briefing's events in order (issue 5).
///
/// Events come from `Timeline/EventFinder.swift` (verb groups, anchors, actors), their
/// summaries from `Timeline/EventSummary.swift`, their order from
/// `Timeline/TimelineOrdering.swift`. Entries are listed in timeline order.
public enum TimelineBuilder {
    public static func build(_ text: SourceText, sentences: [Sentence], actors: [Actor],
                             times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        var timesBySentence = [[Int]](repeating: [], count: sentences.count)
        for (i, time) in times.enumerated() where time.sentence >= 0 && time.sentence < sentences.count {
            timesBySentence[time.sentence].append(i)
        }
        var mentionsBySentence = [[ActorMention]](repeating: [], count: sentences.count)
        for actor in actors {
            let short = shortName(actor)
            for m in actor.mentions where m.sentence >= 0 && m.sentence < sentences.count {
                let s = actor.kind == .person ? short : text.slice(m.span)
                mentionsBySentence[m.sentence].append(ActorMention(span: m.span, actor: actor.id, short: s))
            }
        }
        let finder = EventFinder(text: text.scalars, times: times, reference: reference)
        var events: [FoundEvent] = []
        var tokens: [TimeToken] = []
        for sentence in sentences {
            let mentions = mentionsBySentence[sentence.index].sorted { $0.span < $1.span }
            TimeTokens.make(text.scalars, in: sentence.span, into: &tokens)
            events += finder.events(in: sentence, tokens: tokens, timeIndexes: timesBySentence[sentence.index],
                                    mentions: mentions)
        }
        return TimelineOrdering.order(events, times: times, reference: reference)
    }

    /// A person by surname ("Lammy"), anything else by its name.
    static func shortName(_ actor: Actor) -> String {
        guard actor.kind == .person, let last = actor.name.split(separator: " ").last else { return actor.name }
        return String(last)
    }
}
