/// What the stages read off a whole sentence's tokens, gathered while `TimeTokens.make`
/// makes them, with each word's lexeme at hand: otherwise the time tagger and the event
/// finder each passed over every token again for it.
struct TokenTally: Sendable {
    /// A number or a word with a time meaning: the sentence may hold a time expression.
    private(set) var hasTimeCandidate = false
    /// British spellings (+1 each) against American ones (-1), for day-first numeric dates.
    private(set) var spellingVotes = 0
    /// Cue words that place events after (+1 each) against before (-1) (`TimelineCues`).
    private var cueScore = 0

    /// The sentence's cue: -1 (before), 0 or +1 (after).
    var cue: Int { cueScore.signum() }

    @inline(__always)
    mutating func add(_ tok: TimeToken) {
        if tok.kind == .number { hasTimeCandidate = true }
        guard let lexeme = tok.lexeme else { return }
        if lexeme.time != nil { hasTimeCandidate = true }
        if let s = lexeme.spelling { spellingVotes += Int(s.rawValue) }
        if lexeme.classes.contains(.cueBefore) { cueScore -= 1 } else if lexeme.classes.contains(.cueAfter) { cueScore += 1 }
    }
}
