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
        // 65,536 slots filled densely (`KeyTable.insertAll(dense:)`), about 70% of them: 1 MB
        // where a table at most half full took 2 MB, and its build (an eighth of a small
        // export's time) waited on the cache for most of it.
        var table = KeyTable(capacity: 32_768)
        var entries: [Entry] = []
        entries.reserveCapacity(46_000)
        Self.add(bands, banded: true, zipf: 0, known: true, stop: false, to: &table, &entries)
        // Words that are only verbs or adverbs end a phrase like stop words do.
        Self.add(verbs, banded: false, zipf: WordFrequencyTable.floor, known: false, stop: true, to: &table, &entries)
        Self.add(stopWords, banded: false, zipf: 60, known: true, stop: true, to: &table, &entries)
        self.table = table
        self.entries = entries
    }

    /// Adds the words of one list. Inlined at each call, so what a list's words are (its
    /// `known` and `stop`) is a constant of its loop, not read again for each of its words.
    @inline(__always) private static func add(_ words: String, banded: Bool, zipf: UInt8, known: Bool, stop: Bool,
                                              to table: inout KeyTable, _ entries: inout [Entry]) {
        var words = words
        words.withUTF8 { bytes in
            // Checked once here: a listed word, as a text has it, is stemmed as ASCII.
            precondition(bytes.reduce(0, |) < 0x80, "word lists must be ASCII")
            var reader = WordListReader(bytes, banded: banded, band: zipf)
            // The word not yet added: where reading goes on after the table has grown.
            var next = reader.next()
            table.insertAll(dense: true) { inserter in
                while let (_, key) = next {
                    if inserter.isFull { return false }
                    let index = Int(inserter.insert(key, Int32(entries.count)))
                    if index == entries.count {
                        entries.append(Entry(zipf: reader.band, isStop: stop, isKnown: known))
                    } else if stop {
                        // A word seen before keeps its entry, but a stop word makes it one.
                        entries[index].isStop = true
                    }
                    next = reader.next()
                }
                return true
            }
        }
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
