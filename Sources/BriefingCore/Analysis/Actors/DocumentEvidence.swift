/// What the whole document says about a word: capitalised where capitals are not
/// forced (mid-sentence), or written in lowercase somewhere.
///
/// Words are held by their 64-bit `WordHash` in flat tables: this runs for every word of
/// the text, and `Dictionary<String, Int>` spent most of its time hashing.
struct DocumentEvidence {
    /// How often each word (by the hash of its `NameKey`) stands capitalised mid-sentence.
    private var midSentence = HashCounts()
    /// How often each word opens a sentence.
    private var initial = HashCounts()
    /// Words written in lowercase somewhere (hash of the word as written, ASCII lowered).
    private var lowercase = HashCounts()
    /// Capitalised words in the text: about the most candidates it can give, since each
    /// candidate starts at one.
    private(set) var capitalisedWords = 0

    /// Counts the words of one sentence.
    mutating func add(_ w: SentenceWords) {
        for i in 0..<w.count where w.isWord(i) {
            let first = w.scalars[w.tokens[i].start]
            if first.isUpper {
                capitalisedWords += 1
                if !w.isInitialPosition(i) {
                    midSentence.add(WordHash.ofKey(w.scalars, w.tokens[i].span))
                } else {
                    initial.add(WordHash.ofKey(w.scalars, w.tokens[i].span))
                }
            } else if first.isLower {
                lowercase.add(WordHash.of(w.scalars, w.tokens[i].span))
            }
        }
    }

    func seenLowercase(_ key: String) -> Bool { lowercase.count(WordHash.of(key)) > 0 }
    func capitalisedMidSentence(_ key: String) -> Bool { midSentenceCount(key) > 0 }
    func midSentenceCount(_ key: String) -> Int { midSentence.count(WordHash.of(key)) }
    func initialCount(_ key: String) -> Int { initial.count(WordHash.of(key)) }
    /// `midSentenceCount(key) + initialCount(key)`, the key hashed once.
    func capitalisedCount(_ key: String) -> Int {
        let hash = WordHash.of(key)
        return midSentence.count(hash) + initial.count(hash)
    }
}

/// Counts by 64-bit hash in an open-addressing table that grows by doubling.
struct HashCounts {
    private var keys = [UInt64](repeating: 0, count: 256)
    private var counts = [Int32](repeating: 0, count: 256)
    private var used = 0

    mutating func add(_ hash: UInt64) {
        if (used + 1) * 2 > keys.count { grow() }
        let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
        var i = slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & (keys.count - 1) }
        if keys[i] == 0 {
            keys[i] = key
            used += 1
        }
        counts[i] &+= 1
    }

    func count(_ hash: UInt64) -> Int {
        let key = hash == 0 ? 1 : hash
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key { return Int(counts[i]) }
            i = (i + 1) & (keys.count - 1)
        }
        return 0
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & (keys.count - 1)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldCounts = counts
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        counts = [Int32](repeating: 0, count: oldKeys.count * 2)
        for (key, count) in zip(oldKeys, oldCounts) where key != 0 {
            var i = slot(key)
            while keys[i] != 0 { i = (i + 1) & (keys.count - 1) }
            keys[i] = key
            counts[i] = count
        }
    }
}
