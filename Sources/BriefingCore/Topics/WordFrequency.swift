/// What the topic model knows about a word form: how common it is in English
/// (from `WordFrequencyTable`), whether it is a stop word, and which lexicon
/// units it stands for. Built once per process from the generated table.
struct TopicVocabulary: Sendable {
    struct Entry: Sendable {
        /// Zipf frequency × 10 (`the` is 77, `ceasefire` 33).
        var zipf: UInt8
        var isStop: Bool
        /// Whether the word is in the frequency table (common enough to be known).
        var isKnown: Bool
        var exactUnit: Int32
        var stemUnit: Int32
    }

    let table: KeyTable
    let entries: [Entry]

    static let shared = TopicVocabulary(lexicon: TopicLexicon.shared)

    /// Entry for words the table does not hold.
    static let unknown = Entry(zipf: WordFrequencyTable.floor, isStop: false, isKnown: false,
                               exactUnit: -1, stemUnit: -1)

    init(lexicon: TopicLexicon, bands: String = WordFrequencyTable.bands, stopWords: String = StopWords.words,
         verbs: String = WordFrequencyTable.verbs) {
        var table = KeyTable(capacity: 48_000)
        var entries: [Entry] = []
        entries.reserveCapacity(46_000)

        func add(_ word: Substring, zipf: UInt8, known: Bool) -> Int {
            let text = String(word)
            let index = Int(table.insert(WordKey.key(text), Int32(entries.count)))
            if index == entries.count {
                let units = lexicon.units(forWord: text)
                entries.append(Entry(zipf: zipf, isStop: false, isKnown: known,
                                     exactUnit: units.exact, stemUnit: units.stem))
            }
            return index
        }

        for line in bands.split(separator: "\n") {
            var words = line.split(separator: " ")
            guard let band = words.first.flatMap({ UInt8($0) }) else { continue }
            words.removeFirst()
            for word in words { _ = add(word, zipf: band, known: true) }
        }
        // Words that are only verbs or adverbs end a phrase like stop words do.
        for word in verbs.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let index = add(word, zipf: WordFrequencyTable.floor, known: false)
            entries[index].isStop = true
        }
        for word in stopWords.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let index = add(word, zipf: 60, known: true)
            entries[index].isStop = true
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
