import Testing
@testable import BriefingCore

/// The topic tables are built straight from UTF-8 bytes; these tests build them the
/// straightforward way (the code they replaced, kept here as the reference) and check that
/// both constructions hold the same words, values and precedence.
@Suite("Topic table building")
struct TopicTableBuildTests {
    // MARK: stemmer

    @Test("the stemmer agrees with the recursive reference on every listed word and on random words")
    func stemmerMatchesReference() {
        var words = (WordFrequencyTable.bands + " " + WordFrequencyTable.verbs + " " + StopWords.words)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        words += ["", "a", "is", "us", "ass", "ies", "eed", "ed", "ing", "yyy", "yes", "sky", "by", "feed",
                  "agreed", "bleed", "hopping", "filing", "failing", "falling", "hissing", "fizzed",
                  "conflated", "troubled", "sized", "happy", "say", "play", "cafés", "naïvely", "re-elected",
                  "it's", "yying", "ayed", "byed", "syzygy", "caresses", "ponies", "ties", "cats"]
        var random = SeededRandom(seed: 7)
        let letters = Array("aeiouybcdlnstgwxz-'".utf8)
        let endings = ["s", "ss", "es", "ies", "sses", "ed", "eed", "ing", "y", "ly", ""]
        for _ in 0..<20_000 {
            var word = (0..<random.next(7)).map { _ in random.pick(letters) }
            word += Array(random.pick(endings).utf8)
            words.append(String(decoding: word, as: UTF8.self))
        }
        for word in words {
            var bytes = Array(word.utf8)
            ReferenceStemmer.stem(&bytes)
            #expect(Stemmer.stem(word) == String(decoding: bytes, as: UTF8.self), "\(word)")
        }
    }

    // MARK: lexicon

    @Test("the lexicon of the taxonomy is the reference construction's")
    func lexiconMatchesReference() {
        expectSame(TopicLexicon(TopicTaxonomy.themes), ReferenceLexicon(TopicTaxonomy.themes))
    }

    @Test("odd term lists: duplicates, empty terms, spacing, case, exact forms, weights")
    func lexiconEdgeCases() {
        let specs = [
            ThemeSpec(id: "a", label: "A", parent: nil, terms: """
                war||  war*0.5 |War*2|=arms|=Arms*1.5|| foreign  minister*1.3|foreign\nminister*1.4|\
                *2|  |x*|y* 1.25 |z*1e1|w*abc|v*.5|u*5.|t*0.1234567890123456|s*  |=|hopping|hop|\
                economies*0.8|economy
                """),
            ThemeSpec(id: "b", label: "B", parent: "a", terms: "war*0.7|foreign minister|minister|hop|economy*3"),
            ThemeSpec(id: "c", label: "C", parent: nil, terms: ""),
            ThemeSpec(id: "d", label: "D", parent: nil, terms: "|||economy|ECONOMIES*0.2|"),
        ]
        expectSame(TopicLexicon(specs), ReferenceLexicon(specs))
    }

    @Test("a weight is read as Double reads it", arguments: [
        "1", "1.5", "0.3", "1.3", "12.25", "007", "1.0", "0.1234567890123456", "123456789012345",
        "1e1", ".5", "5.", "abc", "", "1.2.3", "-1", "+1", " 1.5\n", "nan", "inf", "0x10",
    ])
    func weights(_ text: String) {
        var text = text
        let weight = text.withUTF8 { TopicLexicon.Builder.weight($0, 0..<$0.count) }
        let expected = Double(Substring(text).trimmingSpaces) ?? 1.0
        #expect(weight == expected || weight.isNaN && expected.isNaN)
    }

    // MARK: vocabulary

    @Test("the vocabulary of the word lists is the reference construction's")
    func vocabularyMatchesReference() {
        let lexicon = TopicLexicon.shared
        expectSame(TopicVocabulary(), ReferenceVocabulary(lexicon: lexicon))
    }

    @Test("odd word lists: duplicates, empty lines, odd spacing, words in several lists")
    func vocabularyEdgeCases() {
        let lexicon = TopicLexicon.shared
        let bands = "\n77 the  of\n\n  74 sanctions the war\n60\n55 hopping wars War economies\n50 of s ss\n40 is"
        let verbs = "  hopping  dashed\nsanctioned\n\nthe"
        let stops = "the  dashed new sanctioned\n  new"
        expectSame(TopicVocabulary(bands: bands, stopWords: stops, verbs: verbs),
                   ReferenceVocabulary(lexicon: lexicon, bands: bands, stopWords: stops, verbs: verbs))
        expectSame(TopicVocabulary(bands: "", stopWords: "", verbs: ""),
                   ReferenceVocabulary(lexicon: lexicon, bands: "", stopWords: "", verbs: ""))
    }

    @Test("the word list reader finds the words, keys and bands that splitting finds")
    func wordListReader() {
        var random = SeededRandom(seed: 5)
        let pieces = ["a", "of", "ceasefire", "internationally", "x-y", "it's", "12", "7", " ", "  ", "\n", "\n\n"]
        for banded in [false, true] {
            for _ in 0..<300 {
                var text = (0..<random.next(40)).map { _ in random.pick(pieces) }.joined(separator: random.pick(["", " "]))
                var read: [(String, UInt64, UInt8)] = []
                text.withUTF8 { bytes in
                    var reader = WordListReader(bytes, banded: banded, band: 3)
                    while let (word, key) = reader.next() {
                        read.append((String(decoding: word, as: UTF8.self), key, reader.band))
                    }
                }
                var expected: [(String, UInt64, UInt8)] = []
                var band: UInt8 = 3
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    var words = line.split(separator: " ").map(String.init)
                    if banded, let first = words.first {
                        band = first.utf8.reduce(0) { $0 &* 10 &+ ($1 &- 48) }
                        words.removeFirst()
                    }
                    expected += words.map { ($0, WordKey.key(bytes: Array($0.utf8)), band) }
                }
                #expect(read.map(\.0) == expected.map(\.0), "\(text)")
                #expect(read.map(\.1) == expected.map(\.1) && read.map(\.2) == expected.map(\.2))
            }
        }
    }

    /// 5,000 random keys (some repeated) inserted one at a time and through `insertAll`, into
    /// tables made alike: both tables, the values each insertion gave, and how many keys the
    /// bulk table held each time it had to grow.
    private func singleAndBulk(seed: UInt64, dense: Bool)
        -> (keys: [UInt64], single: KeyTable, singleValues: [Int32], bulk: KeyTable, bulkValues: [Int32], fullAt: [Int]) {
        var random = SeededRandom(seed: seed)
        let keys = (0..<5_000).map { _ in UInt64(random.next(3_000) + 1) &* 0x9E37_79B9_7F4A_7C15 | 1 }
        var single = KeyTable(capacity: 4)
        let singleValues = keys.enumerated().map { single.insert($0.element, Int32($0.offset)) }
        var bulk = KeyTable(capacity: 4)
        var bulkValues: [Int32] = []
        var next = 0
        var fullAt: [Int] = []
        bulk.insertAll(dense: dense) { inserter in
            while next < keys.count {
                if inserter.isFull { fullAt.append(inserter.count); return false }
                bulkValues.append(inserter.insert(keys[next], Int32(next)))
                next += 1
            }
            return true
        }
        return (keys, single, singleValues, bulk, bulkValues, fullAt)
    }

    @Test("bulk insertion builds the table single inserts build, growing alike")
    func insertAllMatchesInsert() {
        let (_, single, singleValues, bulk, bulkValues, _) = singleAndBulk(seed: 11, dense: false)
        #expect(bulkValues == singleValues)
        #expect(bulk.slots == single.slots && bulk.count == single.count)
    }

    @Test("dense bulk insertion fills three quarters of the slots before growing, and finds what single inserts find")
    func denseInsertAllMatchesInsert() {
        let (keys, single, singleValues, dense, denseValues, fullAt) = singleAndBulk(seed: 12, dense: true)
        #expect(denseValues == singleValues)
        #expect(dense.count == single.count && dense.slots.count <= single.slots.count)
        #expect(keys.allSatisfy { dense.find($0) == single.find($0) })
        #expect(dense.find(2) == -1 && single.find(2) == -1)
        // Each time it grew, the table held three quarters of its slots (a power of two).
        #expect(!fullAt.isEmpty)
        #expect(fullAt.allSatisfy { $0 % 3 == 0 && ($0 / 3 * 4).nonzeroBitCount == 1 })
    }

    // MARK: comparisons

    private func expectSame(_ lexicon: TopicLexicon, _ reference: ReferenceLexicon) {
        #expect(lexicon.themes.map(\.id) == reference.themes.map(\.id))
        #expect(lexicon.themes.map(\.label) == reference.themes.map(\.label))
        #expect(lexicon.themes.map(\.parent) == reference.themes.map(\.parent))
        #expect(lexicon.units.slots == reference.units.slots)
        #expect(lexicon.units.count == reference.units.count)
        #expect(lexicon.terms.map(\.units) == reference.terms.map(\.units))
        #expect(lexicon.terms.map { $0.themes.map(\.theme) } == reference.terms.map { $0.themes.map(\.theme) })
        #expect(lexicon.terms.map { $0.themes.map(\.weight) } == reference.terms.map { $0.themes.map(\.weight) })
        #expect(lexicon.termsByFirstUnit == reference.termsByFirstUnit)
        #expect(lexicon.termUnits == reference.termUnits)
        #expect(lexicon.termStart == reference.termStart)
        #expect(lexicon.termThemeStart == reference.termThemeStart)
        #expect(lexicon.termThemes == reference.termThemes)
        #expect(lexicon.termThemeWeights == reference.termThemeWeights)
        #expect(lexicon.firstTerms == reference.firstTerms)
        #expect(lexicon.firstStart == reference.firstStart)
        #expect(lexicon.themesOfUnit == reference.themesOfUnit)
    }

    private func expectSame(_ vocabulary: TopicVocabulary, _ reference: ReferenceVocabulary) {
        // The same keys and values; the slots differ, the vocabulary's table being filled densely.
        #expect(vocabulary.table.count == reference.table.count)
        #expect(reference.table.slots.allSatisfy { $0.key == 0 || vocabulary.table.find($0.key) == $0.value })
        #expect(vocabulary.entries.count == reference.entries.count)
        for (k, (entry, expected)) in zip(vocabulary.entries, reference.entries).enumerated() {
            let word = reference.words[k]
            #expect(entry.zipf == expected.zipf && entry.isStop == expected.isStop && entry.isKnown == expected.isKnown,
                    "\(word)")
            // The units are worked out from the word as a text has it, in any case. (A text's
            // keys are case-folded: a listed word with capitals is found by no text word.)
            guard word == word.lowercased() else { continue }
            for form in [word, word.uppercased()] {
                let units = self.units(of: form)
                #expect(units.exact == reference.units[k].exact && units.stem == reference.units[k].stem, "\(form)")
            }
        }
    }

    private func units(of word: String) -> (exact: Int32, stem: Int32) {
        let scalars = PackedScalars(word)
        var scratch: [UInt8] = []
        let mayChange = Array(word.lowercased().utf8).withUnsafeBufferPointer { Stemmer.mayChange($0) }
        return scalars.withView { view in
            TopicLexicon.shared.units(ofListed: WordKey.key(word), mayChange: mayChange, view, 0..<scalars.count,
                                      scratch: &scratch)
        }
    }
}
