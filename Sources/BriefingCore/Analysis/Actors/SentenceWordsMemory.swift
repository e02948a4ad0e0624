/// What every sentence's `SentenceWords` share: the document's token store, word forms and
/// tallies, the answers of the common-word list, and the memory of the columns by token
/// (the tokens; numbers, packed keys, word lists, and the bits of the capitalised words, in
/// one allocation), grown as sentences need it. One object, so that a copy of the words retains
/// it once; the columns are freed with the last copy.
final class SentenceWordsMemory {
    /// Where the sentences' tokens are read: the evidence pass kept them.
    let store: TokenStore
    /// The document's word forms with their packed keys and word lists: a sentence's
    /// columns are asked first, then the form, and only a form not met before is read letter by letter.
    let forms: WordFacts
    /// Holds the shapes the words read by number.
    let tallies: NumberedWordTallies
    /// `Gazetteer.shared.commonWords` answers: that list is searched by string, and a
    /// document asks about the same few words again and again.
    let commonWordAnswers = LetterKeyAnswers()
    private var base: UnsafeMutablePointer<UInt64>
    /// The sentence's tokens, decoded straight from the store: gathered into an array, each
    /// was written to a batch on the stack, then copied into the array, whose every read
    /// later checked its bounds.
    private(set) var tokens: UnsafeMutablePointer<Token>
    /// Tokens a column has room for.
    private(set) var capacity: Int

    init(store: TokenStore, forms: WordFacts, tallies: NumberedWordTallies) {
        self.store = store
        self.forms = forms
        self.tallies = tallies
        capacity = 64
        base = .allocate(capacity: Self.size(capacity))
        tokens = .allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
        tokens.deallocate()
    }

    /// Three columns of a `UInt64` a token and one of a bit a token.
    private static func size(_ capacity: Int) -> Int { 3 * capacity + capacity / 64 + 1 }

    /// Room for `count` tokens at least in each column; what the columns held is dropped
    /// when they move. Inlined, the test: every sentence asks, and few grow the columns.
    @inline(__always) func reserve(_ count: Int) {
        if count > capacity { grow(to: count) }
    }

    /// `reserve` when the columns move.
    private func grow(to count: Int) {
        base.deallocate()
        tokens.deallocate()
        capacity = max(count, 2 * capacity)
        base = .allocate(capacity: Self.size(capacity))
        tokens = .allocate(capacity: capacity)
    }

    /// The columns: three of `capacity` entries, then `capacity / 64 + 1` words of bits.
    var columns: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>,
                  UnsafeMutablePointer<UInt64>) {
        (base, base + capacity, base + 2 * capacity, base + 3 * capacity)
    }
}
