/// One word of a sentence as the topic model sees it: the word's form, the same wherever
/// the word stands (`WordForm`, whose fields read as this type's own), and what its place
/// in this sentence adds.
@dynamicMemberLookup
struct ScannedWord: Sendable {
    enum Shape: UInt8, Sendable {
        /// "ceasefire"
        case lower
        /// "Boeing", "Ceasefire" at a sentence start
        case capitalized
        /// "NATO", "UK"
        case upper
        /// "iPhone", "MacBook": a capital after a small letter, a product-like name
        case mixed
        /// "2005", "1,000", "3.5"
        case number
        /// "30-day", "737-800", "3G", "269m", "A380": digits with letters or hyphens
        case code
    }

    var span: TextSpan
    let form: WordForm
    /// The number, then `ambiguousCase` and `isName` a byte each, in one word: the reader
    /// stores a word's as one store of its number (each flag false when a word is read), where
    /// as fields they were two.
    private var numberAndFlags: UInt32
    private static let ambiguousCaseShift: UInt32 = 16, nameShift: UInt32 = 24

    init(span: TextSpan, form: WordForm, number: UInt16, ambiguousCase: Bool, isName: Bool) {
        self.span = span
        self.form = form
        numberAndFlags = UInt32(number) | (ambiguousCase ? 1 << Self.ambiguousCaseShift : 0)
            | (isName ? 1 << Self.nameShift : 0)
    }

    /// The word's number in the document (`WordNumbering`; 0 for none, and for a punctuation
    /// mark), by which the scan keeps what it works out once per word (`SingleTerms`,
    /// `PhraseTable`).
    @inline(__always) var number: UInt16 { UInt16(truncatingIfNeeded: numberAndFlags) }
    /// Capitalised because of where it stands (sentence start, after a quote, in a headline).
    @inline(__always) var ambiguousCase: Bool {
        get { numberAndFlags >> Self.ambiguousCaseShift & 1 != 0 }
        set {
            numberAndFlags = numberAndFlags & ~(1 << Self.ambiguousCaseShift) | (newValue ? 1 << Self.ambiguousCaseShift : 0)
        }
    }
    /// Part of a name: capitalised where case tells ("Lammy", "Air Force"), or at a sentence
    /// start when the word is seen capitalised elsewhere or is rare in English.
    @inline(__always) var isName: Bool {
        get { numberAndFlags >> Self.nameShift & 1 != 0 }
        set { numberAndFlags = numberAndFlags & ~(1 << Self.nameShift) | (newValue ? 1 << Self.nameShift : 0) }
    }

    /// A punctuation mark: ends phrases and terms. Its form's key is 0, which no word's is
    /// (`WordForm.punctuation`): no flag of its own, so the number fits in the 32 bytes.
    @inline(__always) var isBreak: Bool { form.key == 0 }

    @inline(__always) subscript<T>(dynamicMember field: KeyPath<WordForm, T>) -> T { form[keyPath: field] }

    static let endsS: UInt8 = 1, endsIng: UInt8 = 2, endsEd: UInt8 = 4, endsLy: UInt8 = 8

    @inline(__always) func ends(_ flag: UInt8) -> Bool { form.suffix & flag != 0 }
    /// The suffixes of a small word ("lower" shape), none for any other: one test for a trim rule's two.
    @inline(__always) var lowerSuffix: UInt8 { form.shape == .lower ? form.suffix : 0 }

    @inline(__always) var hasDigit: Bool { form.shape == .number || form.shape == .code }
    @inline(__always) var isLetterWord: Bool { form.isLetterWord }
    /// The kind of a letter word as a bit: 1 a name, 2 a common word, 0 no letter word. OR-ed
    /// over a run, 3 says it mixes names and common words (`PhraseMiner.mine`). Shifts only:
    /// no branch on where names stand, which the processor cannot foresee.
    @inline(__always) var letterKind: UInt8 {
        let letter: UInt8 = form.isLetterWord ? 1 : 0
        let name = UInt8(truncatingIfNeeded: numberAndFlags >> Self.nameShift & 1)
        return letter &<< (name ^ 1)
    }
    static let nameKind: UInt8 = 1, commonKind: UInt8 = 2

    static func breakMark(_ span: TextSpan) -> ScannedWord {
        ScannedWord(span: span, form: .punctuation, number: 0, ambiguousCase: false, isName: false)
    }
}

/// A lexicon term found in the text: 24 bytes, as a text holds one for every few sentences
/// (some 300,000 in 20 MB of news), written once by the scan and read once by ranking.
/// Its sentence and story are read from the scan's sentences (`TopicEvidence.sentences`,
/// by place), its position weight is one of four, kept as a code, and its weight is worked
/// out from the matched words' rarity when read, not kept.
struct ThemeHit: Sendable {
    /// Case-folded key of the matched words, to count distinct keywords.
    var surfaceKey: UInt64
    private var start: Int32
    private var end: Int32
    /// Where the hit's sentence is in `TopicEvidence.sentences`.
    let sentenceSlot: Int32
    /// The term in the low `termBits` bits; above them the zipf of the rarest matched word
    /// (8 bits), whether the term has several words, the position weight's code (2 bits,
    /// `PhraseOccurrence.positionWeights`) and `isName`.
    private var packed: UInt32

    private static let termBits: UInt32 = 19
    private static let zipfShift = termBits, multiWordShift = termBits + 8, positionShift = termBits + 9
    private static let nameBit: UInt32 = 1 << (termBits + 11)

    /// - Parameters:
    ///   - zipf: the zipf of the rarest matched word (`TopicVocabulary`), which makes the weight.
    ///   - positionCode: the code of the sentence's position weight (`PhraseOccurrence.positionCode(of:)`).
    init(term: Int32, sentenceSlot: Int, zipf: UInt8, multiWord: Bool, positionCode: UInt32, span: TextSpan,
         surfaceKey: UInt64, isName: Bool) {
        precondition(term >= 0 && term < 1 << Self.termBits, "term index out of range")
        self.surfaceKey = surfaceKey
        self.start = Int32(truncatingIfNeeded: span.start)
        self.end = Int32(truncatingIfNeeded: span.end)
        self.sentenceSlot = Int32(truncatingIfNeeded: sentenceSlot)
        packed = UInt32(term) | UInt32(zipf) << Self.zipfShift | (multiWord ? 1 << Self.multiWordShift : 0)
            | positionCode << Self.positionShift | (isName ? Self.nameBit : 0)
    }

    var term: Int32 { Int32(packed & (1 << Self.termBits - 1)) }
    /// In the headline, a story's first sentence or the lede: a position weight of 1.75 or more,
    /// whose codes are those above 0 (`PhraseOccurrence.positionWeights`).
    var isProminent: Bool { packed >> Self.positionShift & 3 != 0 }
    /// Written as a name ("Bank of England", "Defence Secretary"): shown as written.
    var isName: Bool { packed & Self.nameBit != 0 }
    /// Kept from a span of the text: read back without the checks of a new one.
    var span: TextSpan { TextSpan(inside: Int(start), Int(end)) }

    /// What the hit's weight is made of: the zipf, whether the term has several words and the
    /// position weight's code, the 11 bits of `packed` above the term's (`weights`).
    var weightCode: Int { Int(packed >> Self.zipfShift & 0x7FF) }

    /// A hit's weight by its `weightCode`: the position weight of its sentence (headline 2.5, a
    /// story's first sentence 2, lede 1.75, else 1) × the specificity of the matched words (the
    /// rarest word's, between 0.6 and 1.4, a quarter more for a multi-word term, more telling),
    /// rounded to a Float, as it was when hits kept it. Worked out once for every code: read per
    /// hit, where working it out took a division, three comparisons and a rounding.
    static let weights: [Double] = (0..<(1 << 11)).map { code in
        let zipf = UInt8(truncatingIfNeeded: code)
        let multiWord = code >> 8 & 1 != 0
        let position = PhraseOccurrence.positionWeights[code >> 9 & 3]
        let specificity = min(1.4, max(0.6, (80.0 - Double(zipf)) / 40.0)) * (multiWord ? 1.25 : 1.0)
        return Double(Float(position * specificity))
    }
}

/// A candidate key phrase found in the text: 12 bytes, as a text of a million one-word
/// sentences holds a million. Its sentence and story are found from where it lies
/// (`TopicEvidence.sentence(of:)`), and its position weight is one of four, kept as a code.
struct PhraseOccurrence: Sendable {
    /// The phrase in the low 28 bits; above them the position weight's code (2 bits),
    /// `namelike` and `ambiguousCase`.
    private var packed: UInt32
    private var start: Int32
    private var end: Int32

    /// The position weights a sentence can have (`TopicScanner`: body, lede, a story's
    /// first sentence, headline), by code.
    static let positionWeights: [Double] = [1, 1.75, 2, 2.5]
    private static let phraseBits: UInt32 = 28
    private static let phraseMask: UInt32 = 1 << phraseBits - 1

    /// - Parameter positionCode: the position weight's code (`positionCode(of:)`), found once per sentence.
    init(phrase: Int32, positionCode: UInt32, span: TextSpan, namelike: Bool, ambiguousCase: Bool) {
        packed = positionCode << Self.phraseBits | (namelike ? 1 << 30 : 0) | (ambiguousCase ? 1 << 31 : 0)
        start = Int32(truncatingIfNeeded: span.start)
        end = Int32(truncatingIfNeeded: span.end)
        self.phrase = phrase
    }

    /// The code of a position weight, one of `positionWeights`.
    static func positionCode(of position: Double) -> UInt32 {
        guard let code = positionWeights.firstIndex(of: position) else {
            preconditionFailure("position weight \(position) is none of PhraseOccurrence.positionWeights")
        }
        return UInt32(code)
    }

    /// Index of the distinct phrase (below `PhraseTable`'s limit, far below 2^28).
    var phrase: Int32 {
        get { Int32(packed & Self.phraseMask) }
        set {
            precondition(newValue >= 0 && UInt32(newValue) <= Self.phraseMask, "phrase index out of range")
            packed = packed & ~Self.phraseMask | UInt32(newValue)
        }
    }
    /// The code of the position weight, its index in `positionWeights`.
    var positionCode: Int { Int(packed >> Self.phraseBits & 3) }
    var position: Double {
        // `positionWeights` in quarters (4, 7, 8, 10), a byte each, spelt out: read per
        // occurrence, a shift costs neither an array access nor a branch, and a quarter is exact.
        Double(0x0A08_0704 >> ((packed >> Self.phraseBits & 3) * 8) & 0xFF) * 0.25
    }
    /// Every letter word here is part of a name.
    var namelike: Bool { packed & 1 << 30 != 0 }
    /// Stands at a sentence start or in a headline, where capitals tell little.
    var ambiguousCase: Bool { packed & 1 << 31 != 0 }
    /// Kept from a span of the text: read back without the checks of a new one.
    var span: TextSpan { TextSpan(inside: Int(start), Int(end)) }
}

/// One word of a distinct candidate phrase: what ranking needs of it, in a fixed size
/// (no arrays per phrase: a text may hold a million distinct phrases).
struct PhraseWord: Sendable {
    /// Specificity (`TopicVocabulary.specificity`); a number or code counts 1.3.
    var specificity: Double
    /// Id of the word (case-folded, the last one of a phrase without a plural "s"), numbered per scan.
    var id: Int32
    /// The word's lexicon units (-1 for none): the themes of which it is a single-word term.
    var exactUnit: Int32
    var stemUnit: Int32
    /// A number or code ("787", "30-day").
    var isCode: Bool
}

/// Everything the scan found, in text order, ready to be ranked for any range of stories.
struct TopicEvidence: Sendable {
    var hits = ChunkedArray<ThemeHit>()
    var occurrences = ChunkedArray<PhraseOccurrence>()
    /// The sentences scanned, in text order, to find an occurrence's.
    var sentences: [Sentence] = []
    /// How many distinct phrase words `PhraseWord.id` numbers.
    var wordCount = 0
    /// The words of the distinct phrases (case-folded), flat: phrase p has
    /// `phraseWords[phraseWordStart[p] ..< phraseWordStart[p + 1]]`.
    var phraseWordStart: [Int32] = [0]
    var phraseWords: [PhraseWord] = []
    /// Whether each phrase has a digit or a product-like mixed-case word ("787 Dreamliner", "iPhone").
    var phraseIsProductLike: [Bool] = []

    var phraseCount: Int { phraseIsProductLike.count }

    @inline(__always) func words(of phrase: Int) -> ArraySlice<PhraseWord> {
        phraseWords[Int(phraseWordStart[phrase])..<Int(phraseWordStart[phrase + 1])]
    }

    /// The sentence of a hit.
    @inline(__always) func sentence(of hit: ThemeHit) -> Sentence { sentences[Int(hit.sentenceSlot)] }

    /// The scanned sentence an occurrence lies in: the last that starts at or before it.
    func sentence(of occurrence: PhraseOccurrence) -> Sentence { sentences[sentenceIndex(of: occurrence)] }

    /// Where in `sentences` the one an occurrence lies in is.
    func sentenceIndex(of occurrence: PhraseOccurrence) -> Int {
        let start = occurrence.span.start
        return partitionPoint(sentences.count) { sentences[$0].span.start > start } - 1
    }
}

/// What the text shows of a capitalised word, as bits of its `NameSignTable` entry.
enum NameSign {
    /// Seen capitalised where case tells (not at a sentence start): a name.
    static let seenAsName: Int32 = 1
    /// Seen capitalised next to another capitalised word: part of a name ("Steve Jobs").
    static let seenInName: Int32 = 2

    @inline(__always) static func has(_ signs: NameSignTable, _ key: UInt64, _ sign: Int32) -> Bool {
        signs.signs(key) & sign != 0
    }
}

/// Scans sentences once: words → lexicon hits and phrase candidates.
enum TopicScanner {
    /// - Parameter phraseLimit: how many distinct phrases to keep (`PhraseTable`).
    static func scan(_ text: SourceText, sentences: [Sentence], tokens: TokenStore = TokenStore(),
                     phraseLimit: Int = PhraseTable.defaultLimit, progress: StageProgress = .silent) -> TopicEvidence {
        text.scalars.withView { buffer in
            asciiClass.withUnsafeBufferPointer { classes in
                TopicLexicon.shared.withTermTables { terms in
                    scan(text, sentences: sentences, buffer: buffer, classes: classes, terms: terms, tokens: tokens,
                         phraseLimit: phraseLimit, progress: progress)
                }
            }
        }
    }

    static func scan(_ text: SourceText, sentences: [Sentence], buffer: ScalarView, classes: UnsafeBufferPointer<UInt8>,
                     terms: TopicLexicon.TermTables, tokens: TokenStore, phraseLimit: Int,
                     progress: StageProgress) -> TopicEvidence {
        let lexicon = TopicLexicon.shared
        let scalars = text.scalars
        var evidence = TopicEvidence()
        evidence.sentences = sentences
        // Written here, then handed to the evidence: appended to without a uniqueness test each.
        var hits = ChunkedArray<ThemeHit>.Builder()
        var occurrences = ChunkedArray<PhraseOccurrence>.Builder()
        var phrases = PhraseTable(limit: phraseLimit)
        var words = WordBuffer()
        defer { words.deallocate() }
        var reader = SentenceReader(buffer: buffer, classes: classes)
        let miner = PhraseMiner()
        let singleTerms = SingleTerms()

        var story = -1
        var sentenceInStory = 0
        var ledeSeen = false
        // The heading is mined when its story ends, once the story has shown which words are names.
        var pendingHeading = PendingHeading()

        for (slot, sentence) in sentences.enumerated() {
            progress.reached(sentence.index)
            if sentence.story != story {
                pendingHeading.mine(nameSigns: reader.nameSigns, miner: miner, text: buffer, classes: classes,
                                    table: &phrases, occurrences: &occurrences, evidence: &evidence)
                story = sentence.story
                sentenceInStory = 0
                ledeSeen = false
            } else {
                sentenceInStory += 1
            }
            let heading = sentenceInStory == 0 && isHeading(scalars, sentence.span)
            reader.read(sentence, tokens: tokens, heading: heading, into: &words)

            // Where the sentence stands in its story: the headline and the lede say what it is about.
            var position = 1.0
            if heading {
                position = 2.5
            } else if sentenceInStory == 0 {
                position = 2.0
                ledeSeen = true
            } else if !ledeSeen && words.wordCount >= 6 {
                position = 1.75
                ledeSeen = true
            }

            // The words read in place by both passes: no bounds checks per word. The position's
            // code found once for both.
            let positionCode = PhraseOccurrence.positionCode(of: position)
            matchTerms(words.words, starts: words.termStartIndices, lexicon: lexicon, terms: terms, sentenceSlot: slot,
                       positionCode: positionCode, nameSigns: reader.nameSigns, singleTerms: singleTerms,
                       into: &hits)
            if heading {
                pendingHeading.keep(words)
            } else {
                miner.mine(words.words, starts: words.phraseStartIndices, text: buffer, classes: classes,
                           positionCode: positionCode, table: &phrases, occurrences: &occurrences,
                           evidence: &evidence)
            }
        }
        pendingHeading.mine(nameSigns: reader.nameSigns, miner: miner, text: buffer, classes: classes,
                            table: &phrases, occurrences: &occurrences, evidence: &evidence)
        evidence.hits = hits.finish()
        evidence.occurrences = occurrences.finish()
        return evidence
    }

    /// Whether a capitalised word where case tells nothing (sentence start, headline) is a name:
    /// seen capitalised elsewhere, or rare in English.
    @inline(__always) static func isName(_ w: ScannedWord, nameSigns: NameSignTable) -> Bool {
        isName(shape: w.shape, key: w.key, isStop: w.isStop, isKnown: w.isKnown, zipf: w.zipf, nameSigns: nameSigns)
    }

    @inline(__always) static func isName(shape: ScannedWord.Shape, key: UInt64, isStop: Bool, isKnown: Bool,
                                         zipf: UInt8, nameSigns: NameSignTable) -> Bool {
        guard !isStop else { return false }
        switch shape {
        case .capitalized, .upper:
            return NameSign.has(nameSigns, key, NameSign.seenAsName) || !isKnown || zipf < 35
        case .mixed: return true
        default: return false
        }
    }

    /// A capitalised, all-capitals or mixed-case word that is no stop word (a punctuation mark's
    /// form is a stop word's: `WordForm.punctuation`).
    @inline(__always) static func isCapitalizedWord(_ form: WordForm) -> Bool { form.isCapitalizedWord }

    /// A headline or heading: the story's first sentence when it ends without a stop.
    static func isHeading(_ scalars: PackedScalars, _ span: TextSpan) -> Bool {
        var end = span.end
        while end > span.start, scalars[end - 1].isSpace || scalars[end - 1].isClosingPunctuation { end -= 1 }
        guard end > span.start else { return false }
        return !scalars[end - 1].isSentenceStop
    }

    /// Character classes of ASCII for `scan`: 1 upper, 2 lower, 4 digit, 8 hyphen, 16 other joiner.
    static let asciiClass: [UInt8] = (0..<128).map { v -> UInt8 in
        switch v {
        case 65...90: return 1
        case 97...122: return 2
        case 48...57: return 4
        case 45: return 8
        default: return 16
        }
    }

    /// Class (as `asciiClass`) of the scalar at `offset`.
    @inline(__always)
    static func `class`(of scalars: ScalarView, at offset: Int, _ classes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let v = scalars.units[offset]
        return v < 128 ? classes[Int(v)] : classify(scalars[offset]).cls
    }

    /// Class (as `asciiClass`) and case-folded value of a scalar outside ASCII. Kept out of line:
    /// Unicode properties cost a metadata lookup that the ASCII path should not pay.
    @inline(never)
    static func classify(_ c: Unicode.Scalar) -> (cls: UInt8, folded: UInt32) {
        let folded = WordKey.fold(c)
        if c.properties.isUppercase { return (1, folded) }
        if c.properties.isLowercase { return (2, folded) }
        return (16, folded)
    }

    /// "2005", "1955-2011", "2008-09": a year or a span of years, not a model number like "787" or "737-800".
    static func isYearRange(_ scalars: ScalarView, _ span: TextSpan) -> Bool {
        var value = 0
        var digits = 0
        for i in span.range {
            let c = scalars[i]
            if c.isDigit {
                if digits < 4 { value = value * 10 + Int(c.value - 48) }
                digits += 1
            } else {
                break
            }
        }
        return digits == 4 && value >= 1800 && value <= 2100
    }

    /// "1,000", "3.5": digits with thousands separators or a decimal point only.
    static func isPlainNumber(_ scalars: ScalarView, _ span: TextSpan) -> Bool {
        for i in span.range {
            let v = scalars[i].value
            if !(v >= 48 && v <= 57) && v != 0x2C && v != 0x2E { return false }
        }
        return true
    }

    /// Finds lexicon terms, longest match first, never across punctuation.
    /// - Parameter starts: where the words that start a term stand (`WordBuffer.termStartIndices`),
    ///   in order: the others are passed over.
    /// - Parameter sentenceSlot: where the sentence is in the scan's sentences (`ThemeHit.sentenceSlot`).
    /// - Parameter singleTerms: what each numbered word matches alone, when no longer term starts with it.
    /// - Parameter terms: the lexicon's term tables (`TopicLexicon.withTermTables`).
    static func matchTerms(_ words: UnsafeBufferPointer<ScannedWord>, starts: UnsafeBufferPointer<Int32>,
                           lexicon: TopicLexicon, terms: TopicLexicon.TermTables, sentenceSlot: Int,
                           positionCode: UInt32, nameSigns: NameSignTable,
                           singleTerms: SingleTerms, into hits: inout ChunkedArray<ThemeHit>.Builder) {
        let n = words.count
        // The first word not inside a term already found.
        var next = 0
        for start in starts {
            let i = Int(start)
            guard i >= next else { continue }
            next = i + 1
            let word = words[i]
            // A word only one-word terms start with matches its term wherever it stands.
            let single = word.number != 0 ? singleTerms.term(of: word, lexicon: lexicon) : SingleTerms.longer
            var bestTerm = single
            var bestLength = single >= 0 ? 1 : 0
            for pass in 0..<2 where single < 0 {
                let unit = pass == 0 ? word.exactUnit : word.stemUnit
                guard unit >= 0, pass == 0 || unit != word.exactUnit else { continue }
                var f = Int(terms.firstStart[Int(unit)])
                let fEnd = Int(terms.firstStart[Int(unit) + 1])
                while f < fEnd {
                    let termIndex = terms.firstTerms[f]
                    f += 1
                    let start = Int(terms.termStart[Int(termIndex)])
                    let length = Int(terms.termStart[Int(termIndex) + 1]) - start
                    guard length > bestLength, i + length <= n else { continue }
                    var ok = true
                    var k = 1
                    while k < length {
                        let w = words[i + k]
                        let u = terms.termUnits[start + k]
                        if w.isBreak || (w.exactUnit != u && w.stemUnit != u) { ok = false; break }
                        k += 1
                    }
                    if ok {
                        bestTerm = termIndex
                        bestLength = length
                        break
                    }
                }
            }
            guard bestTerm >= 0 else { continue }
            // "Jobs" in "Steve Jobs" is no labour topic.
            if bestLength == 1, word.shape == .capitalized, NameSign.has(nameSigns, word.key, NameSign.seenInName) {
                continue
            }
            var zipf: UInt8 = 80
            var surface = WordKey.offsetBasis
            var name = false
            for k in i..<(i + bestLength) {
                if !words[k].isStop { zipf = min(zipf, words[k].zipf) }
                if words[k].isName { name = true }
                surface = WordKey.combine(surface, words[k].key)
            }
            if zipf == 80 { zipf = words[i].zipf }
            hits.append(ThemeHit(term: bestTerm, sentenceSlot: sentenceSlot, zipf: zipf, multiWord: bestLength > 1,
                                 positionCode: positionCode,
                                 span: TextSpan(inside: words[i].span.start, words[i + bestLength - 1].span.end),
                                 surfaceKey: surface, isName: name))
            next = i + bestLength
        }
    }
}
