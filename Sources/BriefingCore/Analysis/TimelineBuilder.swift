/// Places the briefing's events in order (issue 5).
///
/// Events come from `Timeline/EventFinder.swift` (verb groups, anchors, actors), their
/// summaries from `Timeline/EventSummary.swift`, their order from
/// `Timeline/TimelineOrdering.swift`. Entries are listed in timeline order.
public enum TimelineBuilder {
    public static func build(_ text: SourceText, sentences: [Sentence], actors: [Actor],
                             times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        let timesBySentence = SentenceGroups(sentenceCount: sentences.count, filler: 0) { add in
            for (i, time) in times.enumerated() { add(time.sentence, i) }
        }
        var mentionsBySentence = SentenceGroups(sentenceCount: sentences.count,
                                                filler: ActorMention(span: TextSpan(0, 0), actor: 0)) { add in
            for (a, actor) in actors.enumerated() {
                for m in actor.mentions { add(m.sentence, ActorMention(span: m.span, actor: a)) }
            }
        }
        // equal spans keep actor order, as they were found
        mentionsBySentence.sortEach { ($0.span, $0.actor) < ($1.span, $1.actor) }
        let days = times.map { TimelineOrdering.interval(of: $0.value, reference: reference) }
        var finder = EventFinder(text: text.scalars, times: times, days: days, reference: reference,
                                 actors: ActorNames(actors))
        var events: [FoundEvent] = []
        var tokens: [TimeToken] = []
        timesBySentence.items.withUnsafeBufferPointer { timeIndexes in
            mentionsBySentence.items.withUnsafeBufferPointer { mentions in
                for sentence in sentences {
                    TimeTokens.make(text.scalars, in: sentence.span, into: &tokens)
                    finder.events(in: sentence, tokens: tokens,
                                  timeIndexes: UnsafeBufferPointer(rebasing: timeIndexes[timesBySentence.range(of: sentence.index)]),
                                  mentions: UnsafeBufferPointer(rebasing: mentions[mentionsBySentence.range(of: sentence.index)]),
                                  into: &events)
                }
            }
        }
        return TimelineOrdering.order(events, days: days, reference: reference)
    }
}
