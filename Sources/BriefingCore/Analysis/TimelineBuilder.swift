/// Places the briefing's events in order (issue 5).
///
/// Events come from `Timeline/EventFinder.swift` (verb groups, anchors, actors), their
/// summaries from `Timeline/EventSummary.swift`, their order from
/// `Timeline/TimelineOrdering.swift`. Entries are listed in timeline order.
public enum TimelineBuilder {
    public static func build(_ text: SourceText, sentences: [Sentence], actors: [Actor],
                             times: [TimeExpression], reference: CalendarDate?) -> [TimelineEntry] {
        let filler = SentenceTime(span: TextSpan(0, 0), type: .date, hasValue: false, index: 0)
        let timesBySentence = SentenceGroups(sentenceCount: sentences.count, filler: filler) { add in
            for (i, time) in times.enumerated() {
                add(time.sentence, SentenceTime(span: time.span, type: time.type, hasValue: time.value != nil, index: i))
            }
        }
        var pass = TimelinePass(text: text.scalars, sentenceCount: sentences.count, actors: actors)
        let tokens = TimeTokenBuffer()
        // One store for the pass: it keeps nothing, as each sentence is read once, and
        // reuses its scratch codes from sentence to sentence.
        let store = TokenStore()
        timesBySentence.items.withUnsafeBufferPointer { all in
            for (i, sentence) in sentences.enumerated() {
                tokens.readAhead(text.scalars, sentences, i)
                let tally = TimeTokens.make(text.scalars, sentence, store, into: tokens)
                pass.add(sentence, tokens: tokens, tally: tally,
                         times: UnsafeBufferPointer(rebasing: all[timesBySentence.range(of: sentence.index)]))
            }
        }
        return pass.entries(times: times, reference: reference)
    }

    /// The time stage (`TimeExpressionTagger`) and this one in one pass over the sentences,
    /// each sentence's tokens made once for both.
    public static func tagAndBuild(_ text: SourceText, sentences: [Sentence], actors: [Actor],
                                   reference: CalendarDate?) -> (times: [TimeExpression], timeline: [TimelineEntry]) {
        tagAndBuild(text, sentences: sentences, actors: actors, reference: reference, progress: .silent)
    }

    /// The same, reporting its pass's progress (`BriefingAnalyzer`). Never inlined into its
    /// one caller, so that profiles name the stage.
    @inline(never)
    static func tagAndBuild(_ text: SourceText, sentences: [Sentence], actors: [Actor], reference: CalendarDate?,
                            tokens store: TokenStore = TokenStore(),
                            progress: StageProgress) -> (times: [TimeExpression], timeline: [TimelineEntry]) {
        var tagging = TimeTagging(text: text.scalars, reference: reference)
        var pass = TimelinePass(text: text.scalars, sentenceCount: sentences.count, actors: actors)
        let buffer = TimeTokenBuffer()
        var sentenceTimes = ScratchList<SentenceTime>()
        for (i, sentence) in sentences.enumerated() {
            progress.reached(sentence.index)
            buffer.readAhead(text.scalars, sentences, i)
            let tally = TimeTokens.make(text.scalars, sentence, store, into: buffer)
            let first = tagging.expressions.count
            tagging.add(sentence, tokens: buffer, tally: tally)
            sentenceTimes.removeAll()
            for i in first..<tagging.expressions.count {
                let time = tagging.expressions[i]
                sentenceTimes.append(SentenceTime(span: time.span, type: time.type, hasValue: tagging.hasValue(i), index: i))
            }
            sentenceTimes.withUnsafeBufferPointer { pass.add(sentence, tokens: buffer, tally: tally, times: $0) }
        }
        let times = tagging.finish()
        return (times, pass.entries(times: times, reference: reference))
    }
}
