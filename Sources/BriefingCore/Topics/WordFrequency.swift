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
        var builder = Builder(lexicon: lexicon)
        builder.read(bands, banded: true, zipf: 0, known: true, stop: false)
        // Words that are only verbs or adverbs end a phrase like stop words do.
        builder.read(verbs, banded: false, zipf: WordFrequencyTable.floor, known: false, stop: true)
        builder.read(stopWords, banded: false, zipf: 60, known: true, stop: true)
        self.table = builder.table
        self.entries = builder.entries
    }

    /// Reads "word word ..." lists straight from UTF-8 (the lists are ASCII): no String per word.
    /// A struct with mutating methods, not functions nested in the initialiser: the variables
    /// those captured were boxed, each access checked for exclusivity at run time, and the
    /// lists hold 46,000 words.
    private struct Builder {
        let lexicon: TopicLexicon
        var table = KeyTable(capacity: 48_000)
        var entries: [Entry] = []
        var scratch: [UInt8] = []
        /// The word being read.
        var word: [UInt8] = []
        /// The Zipf band of the words being read.
        var band: UInt8 = 0
        /// With a banded list, whether the word being read is the band that starts a line.
        var atLineStart = false

        init(lexicon: TopicLexicon) {
            self.lexicon = lexicon
            entries.reserveCapacity(46_000)
        }

        /// With `banded`, each line starts with its Zipf band.
        mutating func read(_ list: String, banded: Bool, zipf fixed: UInt8, known: Bool, stop: Bool) {
            var list = list
            band = fixed
            atLineStart = banded
            list.withUTF8 { bytes in
                for byte in bytes {
                    if byte == 0x20 {
                        finish(known: known, stop: stop)
                    } else if byte == 0x0A {
                        finish(known: known, stop: stop)
                        atLineStart = banded
                    } else {
                        word.append(byte)
                    }
                }
            }
            finish(known: known, stop: stop)
        }

        /// Adds the word read to the vocabulary, or takes it as its line's band.
        private mutating func finish(known: Bool, stop: Bool) {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            if atLineStart {
                band = word.reduce(0) { $0 &* 10 &+ ($1 &- 48) }
                atLineStart = false
                return
            }
            let key = WordKey.key(bytes: word)
            let index = Int(table.insert(key, Int32(entries.count)))
            if index == entries.count {
                let units = lexicon.units(forBytes: word, key: key, scratch: &scratch)
                entries.append(Entry(zipf: band, isStop: stop, isKnown: known,
                                     exactUnit: units.exact, stemUnit: units.stem))
            } else if stop {
                entries[index].isStop = true
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
