/// Finds temporal expressions and normalises them TIMEX3-style (issue 5).
///
/// Works sentence by sentence on tokens (`Time/TimeTokens.swift`, words looked up in
/// `Time/TimeLexicon.swift`): the scan is in `Time/TimePatterns.swift`, the pattern families in
/// `Time/NumberPatterns.swift`, `Time/DatePatterns.swift` and `Time/PhrasePatterns.swift`,
/// written dates in `Time/DateParser.swift` (shared with `DatelineFinder`), the arithmetic on
/// the reference date in `Time/TimeResolution.swift`, and the tense that settles
/// "on Wednesday" in `Time/VerbGroups.swift`. Without a reference date every relative value is nil.
public enum TimeExpressionTagger {
    public static func tag(_ text: SourceText, sentences: [Sentence], reference: CalendarDate?) -> [TimeExpression] {
        let scalars = text.scalars
        let resolver = TimeResolver(reference: reference)
        var found: [(sentence: Int, start: Int, end: Int, match: TimeMatch)] = []
        var dayFirstVotes = 0
        var spellingVotes = 0
        var tokens: [TimeToken] = []
        for sentence in sentences {
            TimeTokens.make(scalars, in: sentence.span, into: &tokens)
            var hasCandidate = false
            for tok in tokens {
                if tok.kind == .number || tok.lexeme?.time != nil { hasCandidate = true }
                if let s = tok.lexeme?.spelling { spellingVotes += Int(s.rawValue) }
            }
            guard hasCandidate else { continue }
            var matcher = TimeMatcher(text: scalars, tokens: tokens, resolver: resolver)
            for m in matcher.all() {
                found.append((sentence.index, tokens[m.first].start, tokens[m.end - 1].end, m))
            }
            dayFirstVotes += matcher.dayFirstVotes
        }
        // Numeric dates ("7/8/07"): a part over 12 decides; else the document's written dates
        // ("27 March" against "March 27"), then its spelling (British or American); else month first.
        let dayFirst = dayFirstVotes != 0 ? dayFirstVotes > 0 : spellingVotes > 0
        return found.map { item in
            var value = item.match.value
            if let n = item.match.numeric {
                value = numericValue(n, dayFirst: dayFirst)
            }
            return TimeExpression(span: TextSpan(item.start, item.end), sentence: item.sentence,
                                  type: item.match.type, value: value)
        }
    }

    static func numericValue(_ n: NumericDate, dayFirst: Bool) -> String? {
        let asDayFirst = CalendarDate(year: n.year, month: n.second, day: n.first)
        let asMonthFirst = CalendarDate(year: n.year, month: n.first, day: n.second)
        let date: CalendarDate?
        if n.first > 12 { date = asDayFirst } else if n.second > 12 { date = asMonthFirst }
        else { date = dayFirst ? asDayFirst : asMonthFirst }
        return date?.description
    }
}
