/// The distinct candidate phrases of a scan and their words, kept within `limit` phrases by
/// lossy counting (Manku and Motwani, "Approximate frequency counts over data streams",
/// 2002): when the table is full, the phrases seen least so far are dropped with their
/// occurrences. A hostile text of a million distinct "phrases" then takes bounded memory,
/// while the frequent phrases, the ones that rank, stay. News text of a few megabytes does
/// not fill the table (the 60 MEANTIME articles, 107 KB, hold 1,953 distinct phrases), so
/// its topics do not change; the table takes some 15 MB when full.
struct PhraseTable {
    static let defaultLimit = 1 << 16

    let limit: Int
    /// Phrase key → phrase (index into the evidence's phrase arrays).
    var phrases: KeyTable
    /// Word key → word id (`PhraseWord.id`).
    var words = KeyTable(capacity: 1024)
    /// The phrases of runs of numbered words (`WordNumbering`), by the run's key (`runKey`):
    /// found again by a load, not by working out the run's key from its words (the last one's
    /// without a plural "s", from its letters) and a probe of `phrases` (a large table, mostly
    /// out of the cache). A word alone has its phrase by number; a run of two to four words
    /// has it in a few slots (direct-mapped) that keep the run seen last in each: a story
    /// repeats its phrases. -1 for none yet.
    private let runPhrases = RunPhrases()

    /// The phrases by run, freed with the table.
    private final class RunPhrases {
        /// A longer run's key and phrase, side by side: one cache line read per look-up (in
        /// tables of their own, a look-up on real news often missed the cache twice). Key 0
        /// in a free slot.
        struct Slot {
            var key: UInt64
            var phrase: Int32
        }

        /// 2^slotBits slots for longer runs: 32 KB.
        static let slotBits = 11
        let byNumber: UnsafeMutablePointer<Int32>
        let slots: UnsafeMutablePointer<Slot>

        init() {
            byNumber = WordNumbering.table(repeating: -1)
            slots = UnsafeMutableRawPointer.allocate(byteCount: (1 << Self.slotBits) * MemoryLayout<Slot>.stride,
                                                     alignment: 64)
                .bindMemory(to: Slot.self, capacity: 1 << Self.slotBits)
            slots.initialize(repeating: Slot(key: 0, phrase: -1), count: 1 << Self.slotBits)
        }

        deinit {
            byNumber.deallocate()
            slots.deallocate()
        }

        func forget() {
            byNumber.update(repeating: -1, count: WordNumbering.maxNumber + 1)
            slots.update(repeating: Slot(key: 0, phrase: -1), count: 1 << Self.slotBits)
        }

        @inline(__always) static func slot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - slotBits))
        }
    }

    init(limit: Int = PhraseTable.defaultLimit) {
        precondition(limit >= 2, "the table keeps at most half of itself when full")
        self.limit = limit
        phrases = KeyTable(capacity: min(limit, 1024))
    }

    /// The key of a run of one to four words (`PhraseMiner.maxWords`) when each has a number:
    /// their numbers, 12 bits each, the first in the low bits (a word alone: its number); 0
    /// when a word has none. The numbers tell the words' units, so the run's phrase.
    @inline(__always) static func runKey(_ words: UnsafeBufferPointer<ScannedWord>, _ run: Range<Int>) -> UInt64 {
        var key = RunKey()
        for k in run { key.add(words[k]) }
        return key.value
    }

    /// A run's key (`runKey`) worked out a word at a time, for a pass over the run's words that
    /// reads them for more (`PhraseMiner.record`): no branch per word.
    struct RunKey {
        private var key: UInt64 = 0
        private var shift: UInt64 = 0
        /// All ones until a word without a number is added, then 0 for good: the key's mask.
        private var numbered: UInt64 = .max

        /// Adds the next word of a run of at most `PhraseMiner.maxWords` words.
        @inline(__always) mutating func add(_ word: ScannedWord) {
            assert(shift < 12 * UInt64(PhraseMiner.maxWords), "a run of at most PhraseMiner.maxWords words")
            // A masking shift: the shift stays below 48, where masking changes nothing, and a
            // plain shift tested for one past 63 (two branches a word).
            key |= UInt64(word.number) &<< shift
            shift &+= 12
            // A mask, not `||`: no branch.
            numbered &= word.number == 0 ? 0 : .max
        }

        /// The key of the words added; 0 when one has no number.
        @inline(__always) var value: UInt64 { key & numbered }
    }

    /// The phrase of the run whose key (`runKey`, not 0) is `key`; -1 when not known (yet, or
    /// no longer: another run took its slot).
    @inline(__always) func phrase(ofRun key: UInt64) -> Int32 {
        if key <= UInt64(WordNumbering.maxNumber) { return runPhrases.byNumber[Int(key)] }
        let slot = runPhrases.slots[RunPhrases.slot(key)]
        return slot.key == key ? slot.phrase : -1
    }

    /// Remembers the phrase of the run whose key (`runKey`, not 0) is `key`.
    @inline(__always) func remember(_ phrase: Int32, ofRun key: UInt64) {
        if key <= UInt64(WordNumbering.maxNumber) {
            runPhrases.byNumber[Int(key)] = phrase
            return
        }
        runPhrases.slots[RunPhrases.slot(key)] = RunPhrases.Slot(key: key, phrase: phrase)
    }

    /// Makes room for a new phrase: when the table is full, keeps only the phrases seen more
    /// often than the one in the middle of the ranking by count (so at most half the table),
    /// with their occurrences (the scan's, not yet `evidence.occurrences`), and numbers phrases
    /// and words densely again.
    mutating func makeRoom(_ evidence: inout TopicEvidence, occurrences: inout ChunkedArray<PhraseOccurrence>.Builder) {
        let n = evidence.phraseCount
        guard n >= limit else { return }
        var counts = [Int32](repeating: 0, count: n)
        for i in 0..<occurrences.count { counts[Int(occurrences[i].phrase)] += 1 }
        let threshold = counts.sorted(by: >)[limit / 2]

        var newPhrase = [Int32](repeating: -1, count: n)
        var newWord = [Int32](repeating: -1, count: evidence.wordCount)
        var wordCount = 0
        var starts: [Int32] = [0], keptWords: [PhraseWord] = [], productLike: [Bool] = []
        for p in 0..<n where counts[p] > threshold {
            newPhrase[p] = Int32(productLike.count)
            for var word in evidence.words(of: p) {
                if newWord[Int(word.id)] < 0 {
                    newWord[Int(word.id)] = Int32(wordCount)
                    wordCount += 1
                }
                word.id = newWord[Int(word.id)]
                keptWords.append(word)
            }
            starts.append(Int32(keptWords.count))
            productLike.append(evidence.phraseIsProductLike[p])
        }
        evidence.phraseWordStart = starts
        evidence.phraseWords = keptWords
        evidence.phraseIsProductLike = productLike
        evidence.wordCount = wordCount
        // Occurrences stay in text order, compacted in place.
        var end = 0
        for i in 0..<occurrences.count {
            var occurrence = occurrences[i]
            let p = newPhrase[Int(occurrence.phrase)]
            guard p >= 0 else { continue }
            occurrence.phrase = p
            occurrences[end] = occurrence
            end += 1
        }
        occurrences.removeLast(occurrences.count - end)
        phrases = phrases.remapped(newPhrase, capacity: limit)
        words = words.remapped(newWord, capacity: wordCount)
        // Phrases are numbered anew: their runs' are looked up again.
        runPhrases.forget()
    }
}
