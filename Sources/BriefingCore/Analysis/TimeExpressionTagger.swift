/// Finds temporal expressions and normalises them TIMEX3-style (issue 5).
///
/// Works sentence by sentence (`Time/TimeTagging.swift`) on tokens (`Time/TimeTokens.swift`, words looked up in
/// `Time/TimeLexicon.swift`): the scan is in `Time/TimePatterns.swift`, the pattern families in
/// `Time/NumberPatterns.swift`, `Time/DatePatterns.swift` and `Time/PhrasePatterns.swift`,
/// written dates in `Time/DateParser.swift` (shared with `DatelineFinder`), the arithmetic on
/// the reference date in `Time/TimeResolution.swift`, and the tense that settles
/// "on Wednesday" in `Time/VerbGroups.swift`. Without a reference date every relative value is nil.
public enum TimeExpressionTagger {
    public static func tag(_ text: SourceText, sentences: [Sentence], reference: CalendarDate?) -> [TimeExpression] {
        var tagging = TimeTagging(text: text.scalars, reference: reference)
        let tokens = TimeTokenBuffer()
        // One store for the pass (`TimelineBuilder.build`).
        let store = TokenStore()
        for (i, sentence) in sentences.enumerated() {
            tokens.readAhead(text.scalars, sentences, i)
            let tally = TimeTokens.make(text.scalars, sentence, store, into: tokens)
            tagging.add(sentence, tokens: tokens, tally: tally)
        }
        return tagging.finish()
    }

    static func numericValue(_ n: NumericDate, dayFirst: Bool) -> String? {
        let asDayFirst = CalendarDate(year: n.year, month: n.second, day: n.first)
        let asMonthFirst = CalendarDate(year: n.year, month: n.first, day: n.second)
        let date: CalendarDate?
        if n.first > 12 { date = asDayFirst } else if n.second > 12 { date = asMonthFirst }
        else { date = dayFirst ? asDayFirst : asMonthFirst }
        return date.map(TimeResolver.day)
    }
}
