/// The taxonomy compiled for matching: every term word becomes a "unit" (a stem,
/// or an exact word form), every term a sequence of units, looked up by its
/// first unit so matching costs one table probe per word.
struct TopicLexicon: Sendable {
    struct Theme: Sendable {
        let id: String
        let label: String
        /// Index of the top-level subject, nil for a top-level subject itself.
        let parent: Int?
    }

    struct Term: Sendable {
        let units: [Int32]
        /// Themes this term speaks for, with the term's weight in each.
        var themes: [(theme: Int32, weight: Double)]
    }

    let themes: [Theme]
    /// Stem key or `WordKey.exact(word key)` → unit id.
    let units: KeyTable
    let terms: [Term]
    /// For each unit, the terms that start with it, longest first.
    let termsByFirstUnit: [[Int32]]
    /// The same, flat, for the matching loop: the units of term t are
    /// `termUnits[termStart[t] ..< termStart[t + 1]]`, and the terms starting with unit u are
    /// `firstTerms[firstStart[u] ..< firstStart[u + 1]]`, longest first.
    let termUnits: [Int32]
    /// The themes of term t and its weight in each, flat:
    /// `termThemes[termThemeStart[t] ..< termThemeStart[t + 1]]`.
    let termThemeStart: [Int32]
    let termThemes: [Int32]
    let termThemeWeights: [Double]
    let termStart: [Int32]
    let firstTerms: [Int32]
    let firstStart: [Int32]

    /// Whether some term starts with unit `u` (-1 for none: no).
    func startsTerm(_ u: Int32) -> Bool { u >= 0 && firstStart[Int(u)] < firstStart[Int(u) + 1] }

    /// The flat tables of terms (`termUnits`, `termStart`, `firstTerms`, `firstStart`) as buffers,
    /// for `TopicScanner.matchTerms`, which reads them at every word that starts a term: read in
    /// place, not found again in the lexicon and checked against their bounds at every read.
    struct TermTables {
        let termUnits: UnsafeBufferPointer<Int32>
        let termStart: UnsafeBufferPointer<Int32>
        let firstTerms: UnsafeBufferPointer<Int32>
        let firstStart: UnsafeBufferPointer<Int32>
    }

    /// Calls `body` with the term tables, valid only during the call.
    func withTermTables<R>(_ body: (TermTables) -> R) -> R {
        termUnits.withUnsafeBufferPointer { termUnits in
            termStart.withUnsafeBufferPointer { termStart in
                firstTerms.withUnsafeBufferPointer { firstTerms in
                    firstStart.withUnsafeBufferPointer { firstStart in
                        body(TermTables(termUnits: termUnits, termStart: termStart, firstTerms: firstTerms,
                                        firstStart: firstStart))
                    }
                }
            }
        }
    }
    /// For each unit, the themes of which it is a single-word term (for phrase de-duplication).
    let themesOfUnit: [[Int32]]

    static let shared = TopicLexicon(TopicTaxonomy.themes)

    init(_ specs: [ThemeSpec]) {
        var themes: [Theme] = []
        var indexOf: [String: Int] = [:]
        indexOf.reserveCapacity(specs.count)
        for spec in specs where spec.parent == nil {
            indexOf[spec.id] = themes.count
            themes.append(Theme(id: spec.id, label: spec.label, parent: nil))
        }
        for spec in specs where spec.parent != nil {
            let parent = indexOf[spec.parent!]
            precondition(parent != nil, "theme \(spec.id): unknown parent \(spec.parent!)")
            indexOf[spec.id] = themes.count
            themes.append(Theme(id: spec.id, label: spec.label, parent: parent))
        }

        var builder = Builder()
        for spec in specs {
            var text = spec.terms
            text.withUTF8 { builder.add($0, theme: Int32(indexOf[spec.id]!)) }
        }
        let terms = builder.terms
        var byFirst = builder.byFirst
        var themesOfUnit = Array(repeating: [Int32](), count: byFirst.count)
        var termUnits: [Int32] = [], termStart: [Int32] = []
        var termThemeStart: [Int32] = [], termThemesFlat: [Int32] = [], termThemeWeights: [Double] = []
        termStart.reserveCapacity(terms.count + 1)
        termThemeStart.reserveCapacity(terms.count + 1)
        // One pass over the terms for all that is made of them: each pass copied every term.
        for term in terms {
            if term.units.count == 1 {
                for (theme, _) in term.themes where !themesOfUnit[Int(term.units[0])].contains(theme) {
                    // A unit's first theme makes its list whole: appending to an empty one cost more.
                    if themesOfUnit[Int(term.units[0])].isEmpty {
                        themesOfUnit[Int(term.units[0])] = [theme]
                    } else {
                        themesOfUnit[Int(term.units[0])].append(theme)
                    }
                }
            }
            termStart.append(Int32(termUnits.count))
            termUnits += term.units
            termThemeStart.append(Int32(termThemesFlat.count))
            for (theme, weight) in term.themes {
                termThemesFlat.append(theme)
                termThemeWeights.append(weight)
            }
        }
        termStart.append(Int32(termUnits.count))
        termThemeStart.append(Int32(termThemesFlat.count))
        // Only lists of two or more: sorting one, which the builder still shares, first copied it.
        for unit in byFirst.indices where byFirst[unit].count > 1 {
            byFirst[unit].sort { terms[Int($0)].units.count > terms[Int($1)].units.count }
        }
        var firstTerms: [Int32] = [], firstStart: [Int32] = []
        firstTerms.reserveCapacity(terms.count)
        firstStart.reserveCapacity(byFirst.count + 1)
        for list in byFirst {
            firstStart.append(Int32(firstTerms.count))
            firstTerms += list
        }
        firstStart.append(Int32(firstTerms.count))
        self.termThemeStart = termThemeStart
        self.termThemes = termThemesFlat
        self.termThemeWeights = termThemeWeights
        self.termUnits = termUnits
        self.termStart = termStart
        self.firstTerms = firstTerms
        self.firstStart = firstStart
        self.themes = themes
        self.units = builder.unitTable
        self.terms = terms
        self.termsByFirstUnit = byFirst
        self.themesOfUnit = themesOfUnit
    }

    /// The themes of the term that is exactly these words, if there is one.
    func themesOfTerm(_ words: ArraySlice<PhraseWord>) -> [Int32] {
        guard let first = words.first else { return [] }
        for unit in [first.exactUnit, first.stemUnit] where unit >= 0 {
            for termIndex in termsByFirstUnit[Int(unit)] {
                let term = terms[Int(termIndex)]
                guard term.units.count == words.count else { continue }
                if zip(term.units, words).allSatisfy({ $0 == $1.exactUnit || $0 == $1.stemUnit }) {
                    return term.themes.map(\.theme)
                }
            }
        }
        return []
    }

    /// The units of a word form that the vocabulary does not hold: its exact form and its stem (-1 where none).
    func units(forUnknown scalars: ScalarView, _ range: Range<Int>, key: UInt64,
               scratch: inout [UInt8]) -> (exact: Int32, stem: Int32) {
        let exact = units.find(WordKey.exact(key))
        guard range.count <= 40 else { return (exact, -1) }
        scratch.removeAll(keepingCapacity: true)
        for i in range {
            let v = WordKey.fold(scalars[i])
            guard v < 128 else { return (exact, -1) }
            scratch.append(UInt8(v))
        }
        Stemmer.stem(&scratch)
        return (exact, units.find(WordKey.key(bytes: scratch)))
    }

    /// The units of a word of the vocabulary (listed under `key`) as a text has it, in any
    /// case: its exact form's and its stem's. Its scalars, case-folded, are the listed ASCII word.
    /// - Parameter mayChange: whether the word may stem to another (`Stemmer.mayChange(tail:count:)`).
    func units(ofListed key: UInt64, mayChange: Bool, _ scalars: ScalarView, _ range: Range<Int>,
               scratch: inout [UInt8]) -> (exact: Int32, stem: Int32) {
        let exact = units.find(WordKey.exact(key))
        // Most words are their own stem, whose key is `key`.
        guard mayChange else { return (exact, units.find(key)) }
        scratch.removeAll(keepingCapacity: true)
        for i in range {
            let v = WordKey.fold(scalars[i])
            // Only a word whose key collides with a listed word's can fold to anything else.
            guard v < 128 else { return (exact, -1) }
            scratch.append(UInt8(v))
        }
        return (exact, scratch.withUnsafeBufferPointer { word in
            let stem = Stemmer.stem(ascii: word)
            return units.find(WordKey.key(bytes: word[..<(stem.length - 1)], then: stem.last))
        })
    }

    /// The units of a known lowercase word form.
    func units(forWord word: String) -> (exact: Int32, stem: Int32) {
        let exact = units.find(WordKey.exact(WordKey.key(word)))
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 128 }) else { return (exact, -1) }
        Stemmer.stem(&bytes)
        return (exact, units.find(WordKey.key(bytes: bytes)))
    }
}
