/// What the stages read off a whole sentence's tokens, gathered while `TimeTokens.make`
/// makes them, with each word's lexeme at hand: otherwise the time tagger and the event
/// finder each passed over every token again for it.
struct TokenTally: Sendable {
    /// The tokens' flags together.
    private var flags: TimeToken.Flags = []
    /// British spellings (+1 each) against American ones (-1), for day-first numeric dates.
    private(set) var spellingVotes = 0
    /// Cue words that place events after (+1 each) against before (-1) (`TimelineCues`).
    private var cueScore = 0

    /// A number or a word with a time meaning: the sentence may hold a time expression.
    var hasTimeCandidate: Bool { flags.contains(.timeCandidate) }

    /// The sentence may hold a time expression: it has a time candidate, and a token no
    /// expression is without (`TimeToken.Flags.timeCore`), not only the commonest time words.
    var mayHoldTime: Bool { flags.isSuperset(of: [.timeCandidate, .timeCore]) }

    /// The sentence has the word "with" (`TimeToken.Flags.with`).
    var hasWith: Bool { flags.contains(.with) }

    /// The sentence's cue: -1 (before), 0 or +1 (after).
    var cue: Int { cueScore.signum() }

    /// Adds a token: with no test of its kind or lexeme, as the empty lexeme of the others
    /// (`LexemeTable.none`) votes 0.
    @inline(__always)
    mutating func add(_ tok: TimeToken) {
        flags.formUnion(tok.flags)
        // wrapping adds, without overflow checks: a sentence's few thousand tokens cannot overflow them
        spellingVotes &+= Int(tok.entry.pointee.spellingVote)
        cueScore &+= Int(tok.entry.pointee.cue)
    }
}
