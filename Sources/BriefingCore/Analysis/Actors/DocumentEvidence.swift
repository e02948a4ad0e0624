/// What the whole document says about a word: capitalised where capitals are not
/// forced (mid-sentence), or written in lowercase somewhere.
struct DocumentEvidence {
    /// How often each word stands capitalised mid-sentence.
    var midSentenceCounts: [String: Int] = [:]
    /// How often each word opens a sentence.
    var initialCounts: [String: Int] = [:]
    var lowercase: Set<UInt64> = []

    /// Counts the words of one sentence.
    mutating func add(_ w: SentenceWords) {
        for i in 0..<w.count where w.isWord(i) {
            let first = w.scalars[w.tokens[i].start]
            if first.isUpper {
                if !w.isInitialPosition(i) {
                    midSentenceCounts[w.key(i), default: 0] += 1
                } else {
                    initialCounts[w.key(i), default: 0] += 1
                }
            } else if first.isLower {
                lowercase.insert(WordHash.of(w.scalars, w.tokens[i].span))
            }
        }
    }

    func seenLowercase(_ key: String) -> Bool { lowercase.contains(WordHash.of(key)) }
    func capitalisedMidSentence(_ key: String) -> Bool { midSentenceCounts[key] != nil }
}
