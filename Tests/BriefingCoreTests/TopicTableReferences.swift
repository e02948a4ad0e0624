@testable import BriefingCore

// The topic tables as they were built before they were read straight from UTF-8: the
// reference constructions for TopicTableBuildTests.

/// The stemmer as first written: `Array` subscripts and a recursive `isConsonant`.
enum ReferenceStemmer {
    /// Stems `word` (lowercase ASCII letters, maybe hyphens or apostrophes) in place.
    static func stem(_ word: inout [UInt8]) {
        guard word.count > 2 else { return }
        for byte in word where byte >= 0x80 { _ = byte; return }
        step1a(&word)
        step1b(&word)
        step1c(&word)
    }

    // MARK: steps

    static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies") { w.removeLast(2) }
        else if ends(w, "ss") { }
        else if ends(w, "s"), w.count > 3 || !ends(w, "us") && !ends(w, "is") { w.removeLast() }
    }

    static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var cut = 0
        if ends(w, "ed"), hasVowel(w, w.count - 2) { cut = 2 }
        else if ends(w, "ing"), hasVowel(w, w.count - 3) { cut = 3 }
        guard cut > 0 else { return }
        w.removeLast(cut)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(0x65)
        } else if doubleConsonant(w), let last = w.last, last != 0x6C, last != 0x73, last != 0x7A {
            w.removeLast()
        } else if measure(w, w.count) == 1, cvc(w) {
            w.append(0x65)
        }
    }

    static func step1c(_ w: inout [UInt8]) {
        if w.count > 2, w[w.count - 1] == 0x79, hasVowel(w, w.count - 1) { w[w.count - 1] = 0x69 }
    }

    // MARK: helpers (Porter's definitions)

    @inline(__always) static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let base = w.count - n
        return suffix.withUTF8Buffer { s in
            for i in 0..<n where w[base + i] != s[i] { return false }
            return true
        }
    }

    /// Whether `w[i]` is a consonant; "y" is one after a vowel or at the start.
    static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
        case 0x79: return i == 0 ? true : !isConsonant(w, i - 1)
        case 0x61...0x7A: return true
        default: return true
        }
    }

    /// m in [C](VC)^m[V] over w[0..<end].
    static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var m = 0
        var i = 0
        while i < end && isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end && !isConsonant(w, i) { i += 1 }
            guard i < end else { break }
            m += 1
            while i < end && isConsonant(w, i) { i += 1 }
        }
        return m
    }

    static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool {
        for i in 0..<end where !isConsonant(w, i) { return true }
        return false
    }

    static func doubleConsonant(_ w: [UInt8]) -> Bool {
        let n = w.count
        return n >= 2 && w[n - 1] == w[n - 2] && isConsonant(w, n - 1)
    }

    /// Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow").
    static func cvc(_ w: [UInt8]) -> Bool {
        let n = w.count
        guard n >= 3, isConsonant(w, n - 3), !isConsonant(w, n - 2), isConsonant(w, n - 1) else { return false }
        let last = w[n - 1]
        return last != 0x77 && last != 0x78 && last != 0x79
    }
}

/// `TopicLexicon.init` as first written: `Substring` splitting, `lowercased()`, a dictionary of terms.
struct ReferenceLexicon {
    let themes: [TopicLexicon.Theme]
    let units: KeyTable
    let terms: [TopicLexicon.Term]
    let termsByFirstUnit: [[Int32]]
    let termUnits: [Int32]
    let termThemeStart: [Int32]
    let termThemes: [Int32]
    let termThemeWeights: [Double]
    let termStart: [Int32]
    let firstTerms: [Int32]
    let firstStart: [Int32]
    let themesOfUnit: [[Int32]]

    init(_ specs: [ThemeSpec]) {
        var themes: [TopicLexicon.Theme] = []
        var indexOf: [String: Int] = [:]
        for spec in specs where spec.parent == nil {
            indexOf[spec.id] = themes.count
            themes.append(TopicLexicon.Theme(id: spec.id, label: spec.label, parent: nil))
        }
        for spec in specs where spec.parent != nil {
            let parent = indexOf[spec.parent!]
            precondition(parent != nil, "theme \(spec.id): unknown parent \(spec.parent!)")
            indexOf[spec.id] = themes.count
            themes.append(TopicLexicon.Theme(id: spec.id, label: spec.label, parent: parent))
        }

        var unitTable = KeyTable(capacity: 4096)
        var unitCount: Int32 = 0
        var terms: [TopicLexicon.Term] = []
        var termIndex: [[Int32]: Int] = [:]
        for spec in specs {
            let theme = Int32(indexOf[spec.id]!)
            for raw in spec.terms.split(separator: "|") {
                let (words, weight) = Self.parse(raw)
                guard !words.isEmpty else { continue }
                var units: [Int32] = []
                for word in words {
                    let key = Self.unitKey(word)
                    let unit = unitTable.insert(key, unitCount)
                    if unit == unitCount { unitCount += 1 }
                    units.append(unit)
                }
                if let existing = termIndex[units] {
                    if let at = terms[existing].themes.firstIndex(where: { $0.theme == theme }) {
                        terms[existing].themes[at].weight = max(terms[existing].themes[at].weight, weight)
                    } else {
                        terms[existing].themes.append((theme, weight))
                    }
                } else {
                    termIndex[units] = terms.count
                    terms.append(TopicLexicon.Term(units: units, themes: [(theme, weight)]))
                }
            }
        }
        var byFirst = Array(repeating: [Int32](), count: Int(unitCount))
        var themesOfUnit = Array(repeating: [Int32](), count: Int(unitCount))
        for (index, term) in terms.enumerated() {
            byFirst[Int(term.units[0])].append(Int32(index))
            guard term.units.count == 1 else { continue }
            for (theme, _) in term.themes where !themesOfUnit[Int(term.units[0])].contains(theme) {
                themesOfUnit[Int(term.units[0])].append(theme)
            }
        }
        for unit in byFirst.indices {
            byFirst[unit].sort { terms[Int($0)].units.count > terms[Int($1)].units.count }
        }
        var termUnits: [Int32] = [], termStart: [Int32] = []
        for term in terms {
            termStart.append(Int32(termUnits.count))
            termUnits += term.units
        }
        termStart.append(Int32(termUnits.count))
        var firstTerms: [Int32] = [], firstStart: [Int32] = []
        for list in byFirst {
            firstStart.append(Int32(firstTerms.count))
            firstTerms += list
        }
        firstStart.append(Int32(firstTerms.count))
        var termThemeStart: [Int32] = [], termThemesFlat: [Int32] = [], termThemeWeights: [Double] = []
        for term in terms {
            termThemeStart.append(Int32(termThemesFlat.count))
            for (theme, weight) in term.themes {
                termThemesFlat.append(theme)
                termThemeWeights.append(weight)
            }
        }
        termThemeStart.append(Int32(termThemesFlat.count))
        self.termThemeStart = termThemeStart
        self.termThemes = termThemesFlat
        self.termThemeWeights = termThemeWeights
        self.termUnits = termUnits
        self.termStart = termStart
        self.firstTerms = firstTerms
        self.firstStart = firstStart
        self.themes = themes
        self.units = unitTable
        self.terms = terms
        self.termsByFirstUnit = byFirst
        self.themesOfUnit = themesOfUnit
    }

    /// "foreign minister*1.3" → (["foreign", "minister"], 1.3).
    static func parse(_ raw: Substring) -> (words: [Substring], weight: Double) {
        var body = raw
        var weight = 1.0
        if let star = raw.firstIndex(of: "*") {
            body = raw[..<star]
            weight = Double(raw[raw.index(after: star)...].trimmingSpaces) ?? 1.0
        }
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return (words, weight)
    }

    /// The key of a lexicon word: its stem, or with a leading "=" the exact form.
    static func unitKey(_ word: Substring) -> UInt64 {
        if word.hasPrefix("=") {
            return WordKey.exact(WordKey.key(String(word.dropFirst())))
        }
        var bytes = Array(String(word).lowercased().utf8)
        ReferenceStemmer.stem(&bytes)
        return WordKey.key(bytes: bytes)
    }

}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" { s.removeLast() }
        return s
    }
}

/// `TopicVocabulary.init` as first written: a byte at a time into an `Array`, a copy of each new word to stem.
struct ReferenceVocabulary {
    let table: KeyTable
    let entries: [TopicVocabulary.Entry]
    /// The word of each entry, and its units.
    let words: [String]
    let units: [(exact: Int32, stem: Int32)]

    init(lexicon: TopicLexicon, bands: String = WordFrequencyTable.bands, stopWords: String = StopWords.words,
         verbs: String = WordFrequencyTable.verbs) {
        var builder = Builder(lexicon: lexicon)
        builder.read(bands, banded: true, zipf: 0, known: true, stop: false)
        // Words that are only verbs or adverbs end a phrase like stop words do.
        builder.read(verbs, banded: false, zipf: WordFrequencyTable.floor, known: false, stop: true)
        builder.read(stopWords, banded: false, zipf: 60, known: true, stop: true)
        self.table = builder.table
        self.entries = builder.entries
        self.words = builder.words
        self.units = builder.units
    }

    /// Reads "word word ..." lists straight from UTF-8 (the lists are ASCII): no String per word.
    /// A struct with mutating methods, not functions nested in the initialiser: the variables
    /// those captured were boxed, each access checked for exclusivity at run time, and the
    /// lists hold 46,000 words.
    private struct Builder {
        let lexicon: TopicLexicon
        var table = KeyTable(capacity: 48_000)
        var entries: [TopicVocabulary.Entry] = []
        var words: [String] = []
        var units: [(exact: Int32, stem: Int32)] = []
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
                let units = ReferenceVocabulary.units(lexicon, forBytes: word, key: key, scratch: &scratch)
                entries.append(TopicVocabulary.Entry(zipf: band, isStop: stop, isKnown: known))
                words.append(String(decoding: word, as: UTF8.self))
                self.units.append(units)
            } else if stop {
                entries[index].isStop = true
            }
        }
    }


    static func units(_ lexicon: TopicLexicon, forBytes word: [UInt8], key: UInt64,
                      scratch: inout [UInt8]) -> (exact: Int32, stem: Int32) {
        let exact = lexicon.units.find(WordKey.exact(key))
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: word)
        ReferenceStemmer.stem(&scratch)
        return (exact, lexicon.units.find(WordKey.key(bytes: scratch)))
    }
}
