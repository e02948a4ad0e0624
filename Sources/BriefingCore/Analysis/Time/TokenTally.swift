/// What the stages read off a whole sentence's tokens, gathered from the bytes
/// `TimeTokenBuffer.markStarts` reads as `TimeTokens.make` finishes the sentence: otherwise the time tagger and the event
/// finder each passed over every token again for it.
struct TokenTally: Sendable {
    /// The tokens' flags together.
    private var flags: TimeToken.Flags = []
    /// British spellings (+1 each) against American ones (-1), for day-first numeric dates,
    /// plus 2^32 times the cue words that place events after (+1 each) against before (-1)
    /// (`TimelineCues`): both summed by one add a token, in one register (`Lexeme.votes`).
    private var votes = 0

    /// British spellings against American ones.
    var spellingVotes: Int { Self.spelling(votes) }

    /// A number or a word with a time meaning: the sentence may hold a time expression.
    var hasTimeCandidate: Bool { flags.contains(.timeCandidate) }

    /// The sentence may hold a time expression: it has a time candidate, and a token no
    /// expression is without (`TimeToken.Flags.timeCore`), not only the commonest time words.
    var mayHoldTime: Bool { flags.isSuperset(of: [.timeCandidate, .timeCore]) }

    /// The sentence has the word "with" (`TimeToken.Flags.with`).
    var hasWith: Bool { flags.contains(.with) }

    /// The sentence's cue: -1 (before), 0 or +1 (after).
    var cue: Int { Self.cue(votes).signum() }

    /// Spelling votes and cues packed as `votes` holds them. Each part, and each sum of them
    /// over a sentence (a few thousand tokens at most), lies well inside 32 bits, so the
    /// parts come back apart: the spelling's as the low half read signed, the cues' as what
    /// is left above it.
    static func votes(spelling: Int, cue: Int) -> Int { spelling &+ cue &<< 32 }
    static func spelling(_ votes: Int) -> Int { Int(Int32(truncatingIfNeeded: votes)) }
    static func cue(_ votes: Int) -> Int { (votes &- spelling(votes)) &>> 32 }

    /// Adds a token's votes: with no test of its kind or lexeme, as the empty lexeme of the
    /// others (`LexemeTable.none`) votes 0. Its flags come with the others' (`take`).
    @inline(__always)
    mutating func add(_ tok: TimeToken) {
        // a wrapping add, without an overflow check: a sentence's few thousand tokens cannot overflow it
        votes &+= tok.entry.pointee.votes
    }

    /// Takes the sentence's tokens' flags together, as `TimeTokenBuffer.scanFlags` gathers
    /// them: every flag the tally reads is among those. Gathered there from the bytes the
    /// buffer keeps anyway, not added token by token: in the loop that makes the tokens,
    /// which has no register to spare, one more was taken for them.
    mutating func take(_ scanFlags: TimeToken.Flags) { flags = scanFlags }
}
