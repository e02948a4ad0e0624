/// What `DocumentEvidence.add` keeps of the tokens since the last word or number, for
/// `SentenceWords.isInitialPosition`'s answer at the next capitalised word: whether a word
/// or number came before in the sentence, how many marks stand since, and whether each mark
/// after the first two may stand before a capitalised word (`SentenceWords.opensClause`).
///
/// One integer, so the pass holds it in one register and a word sets it with one move: most
/// tokens are words, and as three variables each word set three. Bit 0: a word came before;
/// bit 1: a later mark opens no clause; the count of marks above.
struct MarksSinceWord {
    private var bits: Int

    /// No word yet, no mark.
    static let sentenceStart = MarksSinceWord(bits: 0)
    /// Right after a word or number.
    static let afterWord = MarksSinceWord(bits: 1)

    private static let countShift = 2

    /// A word or number came before these marks in the sentence.
    @inline(__always) var afterWord: Bool { bits & 1 != 0 }

    /// Right after a word or number: no mark since (one comparison).
    @inline(__always) var isRightAfterWord: Bool { bits == 1 }

    /// Marks since the last word or number (or the sentence's start).
    @inline(__always) var count: Int { bits >> Self.countShift }

    /// Every mark after the first two may stand before a capitalised word.
    @inline(__always) var laterOpeners: Bool { bits & 2 == 0 }

    /// One more mark.
    @inline(__always) mutating func addMark() { bits &+= 1 << Self.countShift }

    /// A mark after the first two that opens no clause.
    @inline(__always) mutating func noteLaterNonOpener() { bits |= 2 }
}
