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
    /// By word number (`WordNumbering`), the phrase of that word alone, once it has been a
    /// phrase: found again by a load, not by a probe of `phrases` (a large table, mostly
    /// out of the cache). -1 for none yet.
    private let singleWordPhrases = NumberedPhrases()

    /// The phrases by number, freed with the table.
    private final class NumberedPhrases {
        let phrases: UnsafeMutablePointer<Int32>

        init() {
            phrases = WordNumbering.table(repeating: -1)
        }

        deinit { phrases.deallocate() }

        func forget() { phrases.update(repeating: -1, count: WordNumbering.maxNumber + 1) }
    }

    init(limit: Int = PhraseTable.defaultLimit) {
        precondition(limit >= 2, "the table keeps at most half of itself when full")
        self.limit = limit
        phrases = KeyTable(capacity: min(limit, 1024))
    }

    /// The phrase of the word numbered `number` (not 0) alone; -1 when not known yet.
    @inline(__always) func phrase(ofWord number: UInt16) -> Int32 { singleWordPhrases.phrases[Int(number)] }

    /// Remembers the phrase of the word numbered `number` (not 0) alone.
    @inline(__always) func remember(_ phrase: Int32, ofWord number: UInt16) {
        singleWordPhrases.phrases[Int(number)] = phrase
    }

    /// Makes room for a new phrase: when the table is full, keeps only the phrases seen more
    /// often than the one in the middle of the ranking by count (so at most half the table),
    /// with their occurrences, and numbers phrases and words densely again.
    mutating func makeRoom(_ evidence: inout TopicEvidence) {
        let n = evidence.phraseCount
        guard n >= limit else { return }
        var counts = [Int32](repeating: 0, count: n)
        for occurrence in evidence.occurrences { counts[Int(occurrence.phrase)] += 1 }
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
        for i in evidence.occurrences.indices {
            var occurrence = evidence.occurrences[i]
            let p = newPhrase[Int(occurrence.phrase)]
            guard p >= 0 else { continue }
            occurrence.phrase = p
            evidence.occurrences[end] = occurrence
            end += 1
        }
        evidence.occurrences.removeLast(evidence.occurrences.count - end)
        phrases = phrases.remapped(newPhrase, capacity: limit)
        words = words.remapped(newWord, capacity: wordCount)
        // Phrases are numbered anew: their words' are looked up again.
        singleWordPhrases.forget()
    }
}
