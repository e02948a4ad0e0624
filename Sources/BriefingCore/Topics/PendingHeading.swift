/// A story's headline, kept until its story ends (`TopicScanner.scan`), when the story has
/// shown which of its words are names: its words and where its phrases may start (names do
/// not change that), copied out of the reader's buffer into storage kept from headline to
/// headline. (A pair of new arrays for each headline, made and freed, cost more than a
/// third of mining the headline.)
struct PendingHeading {
    /// The headline's words and phrase starts: the first `count` and `startCount` of arrays
    /// kept at the longest headline's size, copied over in place. (Emptied and appended to,
    /// they cost four generic calls, some four hundred instructions a headline.)
    private var words: [ScannedWord] = []
    private var count = 0
    private var starts: [Int32] = []
    private var startCount = 0
    /// Whether a headline is kept and not mined yet.
    private(set) var isPending = false

    /// Keeps the headline in `buffer` (the reader's, valid until it reads the next sentence).
    mutating func keep(_ buffer: WordBuffer) {
        assert(!isPending, "the story's headline mined before the next one is kept")
        count = Self.copy(buffer.words, over: &words)
        startCount = Self.copy(buffer.phraseStartIndices, over: &starts)
        isPending = true
    }

    /// Copies `source` over the first elements of `array`, which grows to hold it if shorter;
    /// returns how many were copied.
    private static func copy<T>(_ source: UnsafeBufferPointer<T>, over array: inout [T]) -> Int {
        guard let from = source.baseAddress, !source.isEmpty else { return 0 }
        if array.count < source.count { array.append(contentsOf: source[array.count...]) }
        array.withUnsafeMutableBufferPointer { $0.baseAddress.unsafelyUnwrapped.update(from: from, count: source.count) }
        return source.count
    }

    /// Mines the headline kept, if one is and was not mined yet, deciding its names from what its
    /// story showed (`nameSigns`).
    mutating func mine(nameSigns: NameSignTable, miner: PhraseMiner, text: ScalarView, classes: UnsafeBufferPointer<UInt8>,
                       table: inout PhraseTable, occurrences: inout ChunkedArray<PhraseOccurrence>.Builder, evidence: inout TopicEvidence) {
        guard isPending else { return }
        isPending = false
        for k in 0..<count where !words[k].isBreak {
            words[k].isName = TopicScanner.isName(words[k], nameSigns: nameSigns)
        }
        words.withUnsafeBufferPointer { words in
            starts.withUnsafeBufferPointer { starts in
                miner.mine(UnsafeBufferPointer(rebasing: words[..<count]),
                           starts: UnsafeBufferPointer(rebasing: starts[..<startCount]), text: text, classes: classes,
                           positionCode: PhraseOccurrence.positionCode(of: 2.5), table: &table,
                           occurrences: &occurrences, evidence: &evidence)
            }
        }
    }
}
