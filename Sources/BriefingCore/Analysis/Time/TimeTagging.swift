/// The time tagger's pass over a document, one sentence at a time: the expressions found so
/// far and the document's evidence for day-first numeric dates. Sentence by sentence so the
/// timeline stage can work on the same tokens (`TimelineBuilder.tagAndBuild`).
struct TimeTagging {
    let text: PackedScalars
    let resolver: TimeResolver
    /// The expressions found so far; a numeric date's value waits for `finish()`.
    private(set) var expressions: [TimeExpression] = []
    /// The numeric dates among them, by index in `expressions`.
    private var numericDates: [(index: Int, date: NumericDate)] = []
    private var dayFirstVotes = 0
    private var spellingVotes = 0
    /// The sentence's matches, the buffer kept from sentence to sentence.
    private var matches = ScratchList<TimeMatch>()
    /// Kept from sentence to sentence too (`TimeMatcher.start`).
    private var matcher: TimeMatcher

    init(text: PackedScalars, reference: CalendarDate?) {
        self.text = text
        resolver = TimeResolver(reference: reference)
        matcher = TimeMatcher(text: text, tokens: UnsafeBufferPointer(start: nil, count: 0), resolver: resolver)
        // Reserved, not written: pages become resident only as the expressions fill them, and
        // the array does not copy itself as it grows (each doubling copied all of them into
        // memory touched for the first time, twice the expressions' memory while it lasted).
        // News has one expression for 200 to 250 scalars, a text with a time in every short
        // sentence one for 60: room for one every 32 scalars costs a byte a scalar of address
        // space and nothing more.
        expressions.reserveCapacity(text.count / 32)
    }

    /// Finds the expressions of a sentence from its tokens and their tally (`TimeTokens`).
    /// `buffer` holds them, with their starts.
    mutating func add(_ sentence: Sentence, tokens buffer: TimeTokenBuffer, tally: TokenTally) {
        spellingVotes += tally.spellingVotes
        guard tally.mayHoldTime else { return }
        let tokens = buffer.tokens
        matcher.start(tokens, starts: buffer.timeStarts, groupStarts: buffer.groupStarts)
        matcher.all(into: &matches)
        for k in 0..<matches.count {
            let m = matches[k]
            if let n = m.numeric { numericDates.append((expressions.count, n)) }
            expressions.append(TimeExpression(span: TextSpan(tokens[m.first].start, tokens[m.end - 1].end),
                                              sentence: sentence.index, type: m.type,
                                              value: m.numeric == nil ? m.value : nil))
        }
        dayFirstVotes += matcher.dayFirstVotes
    }

    /// Whether expression `i` has a value. A numeric date's is there either way round:
    /// a day or month of 0 fails both readings, and parts up to 12 pass both.
    func hasValue(_ i: Int) -> Bool {
        if expressions[i].value != nil { return true }
        let k = partitionPoint(numericDates.count) { numericDates[$0].index >= i }
        guard k < numericDates.count, numericDates[k].index == i else { return false }
        return TimeExpressionTagger.numericValue(numericDates[k].date, dayFirst: false) != nil
    }

    /// The document's expressions, numeric dates read day or month first as the whole text
    /// says; the pass is done after it.
    mutating func finish() -> [TimeExpression] {
        // Numeric dates ("7/8/07"): a part over 12 decides; else the document's written dates
        // ("27 March" against "March 27"), then its spelling (British or American); else month first.
        let dayFirst = dayFirstVotes != 0 ? dayFirstVotes > 0 : spellingVotes > 0
        for (i, n) in numericDates {
            let e = expressions[i]
            expressions[i] = TimeExpression(span: e.span, sentence: e.sentence, type: e.type,
                                            value: TimeExpressionTagger.numericValue(n, dayFirst: dayFirst))
        }
        // Handed over as it is, not copied to an array of its exact size: its spare capacity
        // was reserved and never written (`init`), so it takes no memory, where the copy
        // touched as many new pages again.
        var all: [TimeExpression] = []
        swap(&all, &expressions)
        numericDates = []
        matches = ScratchList()
        return all
    }
}
