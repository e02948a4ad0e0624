/// The time tagger's pass over a document, one sentence at a time: the expressions found so
/// far and the document's evidence for day-first numeric dates. Sentence by sentence so the
/// timeline stage can work on the same tokens (`TimelineBuilder.tagAndBuild`).
struct TimeTagging {
    /// An expression found in a sentence, its value not yet final for a numeric date.
    struct Found {
        let sentence: Int
        let start: Int
        let end: Int
        let match: TimeMatch

        /// Whether the expression has a value. A numeric date's is the same either way round:
        /// a day or month of 0 fails both readings, and parts up to 12 pass both.
        var hasValue: Bool {
            if let n = match.numeric { return TimeExpressionTagger.numericValue(n, dayFirst: false) != nil }
            return match.value != nil
        }
    }

    let text: [Unicode.Scalar]
    let resolver: TimeResolver
    private(set) var found: [Found] = []
    private var dayFirstVotes = 0
    private var spellingVotes = 0

    init(text: [Unicode.Scalar], reference: CalendarDate?) {
        self.text = text
        resolver = TimeResolver(reference: reference)
    }

    /// Finds the expressions of a sentence from its tokens (`TimeTokens`).
    mutating func add(_ sentence: Sentence, tokens: [TimeToken]) {
        var hasCandidate = false
        for tok in tokens {
            if tok.kind == .number || tok.lexeme?.time != nil { hasCandidate = true }
            if let s = tok.lexeme?.spelling { spellingVotes += Int(s.rawValue) }
        }
        guard hasCandidate else { return }
        var matcher = TimeMatcher(text: text, tokens: tokens, resolver: resolver)
        for m in matcher.all() {
            found.append(Found(sentence: sentence.index, start: tokens[m.first].start, end: tokens[m.end - 1].end, match: m))
        }
        dayFirstVotes += matcher.dayFirstVotes
    }

    /// The document's expressions, numeric dates read day or month first as the whole text says.
    func expressions() -> [TimeExpression] {
        // Numeric dates ("7/8/07"): a part over 12 decides; else the document's written dates
        // ("27 March" against "March 27"), then its spelling (British or American); else month first.
        let dayFirst = dayFirstVotes != 0 ? dayFirstVotes > 0 : spellingVotes > 0
        return found.map { item in
            var value = item.match.value
            if let n = item.match.numeric {
                value = TimeExpressionTagger.numericValue(n, dayFirst: dayFirst)
            }
            return TimeExpression(span: TextSpan(item.start, item.end), sentence: item.sentence,
                                  type: item.match.type, value: value)
        }
    }
}
