/// A story's headline, kept until its story ends (`TopicScanner.scan`), when the story has
/// shown which of its words are names: its words and where its phrases may start (names do
/// not change that), copied out of the reader's buffer into storage kept from headline to
/// headline. (A pair of new arrays for each headline, made and freed, cost more than a
/// third of mining the headline.)
struct PendingHeading {
    private var words: [ScannedWord] = []
    private var starts: [Int32] = []
    /// Whether a headline is kept and not mined yet.
    private(set) var isPending = false

    /// Keeps the headline in `buffer` (the reader's, valid until it reads the next sentence).
    mutating func keep(_ buffer: WordBuffer) {
        assert(!isPending, "the story's headline mined before the next one is kept")
        words.removeAll(keepingCapacity: true)
        words.append(contentsOf: buffer.words)
        starts.removeAll(keepingCapacity: true)
        starts.append(contentsOf: buffer.phraseStartIndices)
        isPending = true
    }

    /// Mines the headline kept, if one is and was not mined yet, deciding its names from what its
    /// story showed (`nameSigns`).
    mutating func mine(nameSigns: KeyTable, miner: PhraseMiner, text: ScalarView, classes: UnsafeBufferPointer<UInt8>,
                       table: inout PhraseTable, occurrences: inout ChunkedArray<PhraseOccurrence>.Builder, evidence: inout TopicEvidence) {
        guard isPending else { return }
        isPending = false
        for k in words.indices where !words[k].isBreak {
            words[k].isName = TopicScanner.isName(words[k], nameSigns: nameSigns)
        }
        words.withUnsafeBufferPointer { heading in
            starts.withUnsafeBufferPointer { starts in
                miner.mine(heading, starts: starts, text: text, classes: classes,
                           positionCode: PhraseOccurrence.positionCode(of: 2.5), table: &table,
                           occurrences: &occurrences, evidence: &evidence)
            }
        }
    }
}
