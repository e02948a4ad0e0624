/// What the topic model knows about a word form: how common it is in English
/// (from `WordFrequencyTable`) and whether it is a stop word. Built once per process
/// from the generated table; which lexicon units a word stands for, and whether it may
/// stem to another word, is worked out when a text has it (`TopicLexicon.units(ofListed:_:_:scratch:)`),
/// not for each of the 46,000 words at start-up, which every run paid.
struct TopicVocabulary: Sendable {
    struct Entry: Sendable {
        /// Zipf frequency × 10 (`the` is 77, `ceasefire` 33).
        var zipf: UInt8
        var isStop: Bool
        /// Whether the word is in the frequency table (common enough to be known).
        var isKnown: Bool
    }

    let table: KeyTable
    let entries: [Entry]

    static let shared = TopicVocabulary()

    /// Entry for words the table does not hold.
    static let unknown = Entry(zipf: WordFrequencyTable.floor, isStop: false, isKnown: false)

    init(bands: String = WordFrequencyTable.bands, stopWords: String = StopWords.words,
         verbs: String = WordFrequencyTable.verbs) {
        var table = KeyTable(capacity: 48_000)
        var entries: [Entry] = []
        entries.reserveCapacity(46_000)
        let lists: [(words: String, banded: Bool, zipf: UInt8, known: Bool, stop: Bool)] = [
            (bands, true, 0, true, false),
            // Words that are only verbs or adverbs end a phrase like stop words do.
            (verbs, false, WordFrequencyTable.floor, false, true),
            (stopWords, false, 60, true, true),
        ]
        for list in lists {
            var words = list.words
            words.withUTF8 { bytes in
                // Checked once here: a listed word, as a text has it, is stemmed as ASCII.
                precondition(bytes.reduce(0, |) < 0x80, "word lists must be ASCII")
                var reader = WordListReader(bytes, banded: list.banded, band: list.zipf)
                // The word not yet added: where reading goes on after the table has grown.
                var next = reader.next()
                table.insertAll { inserter in
                    while let (_, key) = next {
                        if inserter.isFull { return false }
                        let index = Int(inserter.insert(key, Int32(entries.count)))
                        if index == entries.count {
                            entries.append(Entry(zipf: reader.band, isStop: list.stop, isKnown: list.known))
                        } else if list.stop {
                            // A word seen before keeps its entry, but a stop word makes it one.
                            entries[index].isStop = true
                        }
                        next = reader.next()
                    }
                    return true
                }
            }
        }
        self.table = table
        self.entries = entries
    }

    @inline(__always) func entry(_ key: UInt64) -> Entry? {
        let index = table.find(key)
        return index >= 0 ? entries[Int(index)] : nil
    }

    /// How specific a word is, from its Zipf frequency: about 0.2 for the commonest
    /// words, 1 around Zipf 4 ("inflation"), up to 1.6 for rare words.
    @inline(__always) static func specificity(zipf: UInt8) -> Double {
        min(1.6, max(0.15, (65.0 - Double(zipf)) / 25.0))
    }
}
