/// One word of a sentence as the topic model sees it.
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
    var key: UInt64
    var zipf: UInt8
    var isStop: Bool
    var isKnown: Bool
    var exactUnit: Int32
    var stemUnit: Int32
    var shape: Shape
    /// Capitalised because of where it stands (sentence start, after a quote, in a headline).
    var ambiguousCase: Bool
    /// A punctuation mark: ends phrases and terms.
    var isBreak: Bool
    /// Part of a name: capitalised where case tells ("Lammy", "Air Force"), or at a sentence
    /// start when the word is seen capitalised elsewhere or is rare in English.
    var isName = false
    /// Has an uppercase letter ("A380", "3G").
    var hasCapital = false
    /// Has a hyphen ("30-day", "737-800").
    var hasHyphen = false
    /// A product-like name that starts small ("iPhone", "iOS").
    var lowerInitialMixed = false
    /// The key without a plural "s" ("dreamliners" → "dreamliner"); the key itself otherwise.
    var singularKey: UInt64 = 0
    /// Which of the suffixes below the word ends with (ASCII, case-folded).
    var suffix: UInt8 = 0
    /// Starts with a letter ("A380"), not a digit ("8GB").
    var startsWithLetter = true
    /// A year or span of years ("2005", "1955-2011").
    var isYear = false
    static let endsS: UInt8 = 1, endsIng: UInt8 = 2, endsEd: UInt8 = 4, endsLy: UInt8 = 8

    @inline(__always) func ends(_ flag: UInt8) -> Bool { suffix & flag != 0 }

    var hasDigit: Bool { shape == .number || shape == .code }
    var isLetterWord: Bool { !isBreak && !hasDigit }

    static func breakMark(_ span: TextSpan) -> ScannedWord {
        ScannedWord(span: span, key: 0, zipf: 0, isStop: true, isKnown: true, exactUnit: -1, stemUnit: -1,
                    shape: .lower, ambiguousCase: false, isBreak: true)
    }
}

/// A lexicon term found in the text. Offsets are kept as Int32 (texts up to 2^31 scalars)
/// to keep the many hits small.
struct ThemeHit: Sendable {
    /// Case-folded key of the matched words, to count distinct keywords.
    var surfaceKey: UInt64
    var term: Int32
    var sentence: Int32
    var story: Int32
    /// Position weight × specificity of the matched words (Float: hits are many, keep them small).
    private var weight32: Float
    /// Position weight of the sentence (headline 2.5, a story's first sentence 2, lede 1.75, else 1).
    private var position32: Float
    private var start: Int32
    private var end: Int32
    /// Written as a name ("Bank of England", "Defence Secretary"): shown as written.
    var isName: Bool

    init(term: Int32, sentence: Int32, story: Int32, weight: Double, position: Double, span: TextSpan,
         surfaceKey: UInt64, isName: Bool) {
        self.surfaceKey = surfaceKey
        self.term = term
        self.sentence = sentence
        self.story = story
        self.weight32 = Float(weight)
        self.position32 = Float(position)
        self.start = Int32(truncatingIfNeeded: span.start)
        self.end = Int32(truncatingIfNeeded: span.end)
        self.isName = isName
    }

    var weight: Double { Double(weight32) }
    var position: Double { Double(position32) }
    var span: TextSpan { TextSpan(Int(start), Int(end)) }
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

    init(phrase: Int32, position: Double, span: TextSpan, namelike: Bool, ambiguousCase: Bool) {
        guard let code = Self.positionWeights.firstIndex(of: position) else {
            preconditionFailure("position weight \(position) is none of PhraseOccurrence.positionWeights")
        }
        packed = UInt32(code) << Self.phraseBits | (namelike ? 1 << 30 : 0) | (ambiguousCase ? 1 << 31 : 0)
        start = Int32(truncatingIfNeeded: span.start)
        end = Int32(truncatingIfNeeded: span.end)
        self.phrase = phrase
    }

    /// Index of the distinct phrase (below `PhraseTable`'s limit, far below 2^28).
    var phrase: Int32 {
        get { Int32(packed & Self.phraseMask) }
        set {
            precondition(newValue >= 0 && UInt32(newValue) <= Self.phraseMask, "phrase index out of range")
            packed = packed & ~Self.phraseMask | UInt32(newValue)
        }
    }
    var position: Double { Self.positionWeights[Int(packed >> Self.phraseBits & 3)] }
    /// Every letter word here is part of a name.
    var namelike: Bool { packed & 1 << 30 != 0 }
    /// Stands at a sentence start or in a headline, where capitals tell little.
    var ambiguousCase: Bool { packed & 1 << 31 != 0 }
    var span: TextSpan { TextSpan(Int(start), Int(end)) }
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

    /// The scanned sentence an occurrence lies in: the last that starts at or before it.
    func sentence(of occurrence: PhraseOccurrence) -> Sentence {
        let start = occurrence.span.start
        return sentences[partitionPoint(sentences.count) { sentences[$0].span.start > start } - 1]
    }
}

/// What the text shows of a capitalised word, as bits of a `KeyTable` value.
enum NameSign {
    /// Seen capitalised where case tells (not at a sentence start): a name.
    static let seenAsName: Int32 = 1
    /// Seen capitalised next to another capitalised word: part of a name ("Steve Jobs").
    static let seenInName: Int32 = 2

    @inline(__always) static func has(_ signs: KeyTable, _ key: UInt64, _ sign: Int32) -> Bool {
        let value = signs.find(key)
        return value >= 0 && value & sign != 0
    }
}

/// Scans sentences once: words → lexicon hits and phrase candidates.
enum TopicScanner {
    /// - Parameter phraseLimit: how many distinct phrases to keep (`PhraseTable`).
    static func scan(_ text: SourceText, sentences: [Sentence],
                     phraseLimit: Int = PhraseTable.defaultLimit) -> TopicEvidence {
        text.scalars.withView { buffer in
            asciiClass.withUnsafeBufferPointer { classes in
                scan(text, sentences: sentences, buffer: buffer, classes: classes, phraseLimit: phraseLimit)
            }
        }
    }

    static func scan(_ text: SourceText, sentences: [Sentence], buffer: ScalarView,
                     classes: UnsafeBufferPointer<UInt8>, phraseLimit: Int) -> TopicEvidence {
        let lexicon = TopicLexicon.shared
        let vocabulary = TopicVocabulary.shared
        let scalars = text.scalars
        var evidence = TopicEvidence()
        evidence.sentences = sentences
        var phrases = PhraseTable(limit: phraseLimit)
        var words: [ScannedWord] = []
        var tokens: [Token] = []
        var scratch: [UInt8] = []
        scratch.reserveCapacity(48)
        var cache = WordLookupCache()
        let miner = PhraseMiner()

        var story = -1
        var sentenceInStory = 0
        var ledeSeen = false
        // What the text shows of its capitalised words, as `NameSign` bits: one table, not a
        // set for each, as a hostile text may capitalise a million distinct words.
        var nameSigns = KeyTable(capacity: 1024)
        // The heading is mined when its story ends, once the story has shown which words are names.
        var pendingHeading: [ScannedWord]? = nil

        func minePending() {
            guard var heading = pendingHeading else { return }
            pendingHeading = nil
            for k in heading.indices where !heading[k].isBreak {
                heading[k].isName = isName(heading[k], nameSigns: nameSigns)
            }
            miner.mine(heading, scalars: scalars, position: 2.5, table: &phrases, evidence: &evidence)
        }

        for sentence in sentences {
            if sentence.story != story {
                minePending()
                story = sentence.story
                sentenceInStory = 0
                ledeSeen = false
            } else {
                sentenceInStory += 1
            }
            Tokenizer.tokens(buffer, in: sentence.span, into: &tokens)
            let heading = sentenceInStory == 0 && isHeading(scalars, sentence.span)
            words.removeAll(keepingCapacity: true)
            var wordCount = 0
            var atStart = true
            for token in tokens {
                if token.kind == .punctuation {
                    let c = scalars[token.start]
                    words.append(.breakMark(token.span))
                    if c.isOpeningPunctuation || c == ":" || c == "\u{2014}" { atStart = true }
                    continue
                }
                wordCount += 1
                appendWord(buffer, token, atStart: atStart, heading: heading, vocabulary: vocabulary,
                           lexicon: lexicon, classes: classes, cache: &cache, nameSigns: &nameSigns,
                           scratch: &scratch, to: &words)
                atStart = false
            }

            // Where the sentence stands in its story: the headline and the lede say what it is about.
            var position = 1.0
            if heading {
                position = 2.5
            } else if sentenceInStory == 0 {
                position = 2.0
                ledeSeen = true
            } else if !ledeSeen && wordCount >= 6 {
                position = 1.75
                ledeSeen = true
            }

            // Words of multi-word names ("Steve Jobs", "Apple Corps") are not topic words when capitalised.
            for k in words.indices where words[k].shape == .capitalized && !words[k].isStop {
                if (k > 0 && isCapitalizedWord(words[k - 1])) || (k + 1 < words.count && isCapitalizedWord(words[k + 1])) {
                    nameSigns.insertFlags(words[k].key, NameSign.seenInName)
                }
            }
            matchTerms(words, lexicon: lexicon, sentence: sentence, position: position, nameSigns: nameSigns,
                       into: &evidence.hits)
            if heading {
                pendingHeading = words
            } else {
                miner.mine(words, scalars: scalars, position: position,
                           table: &phrases, evidence: &evidence)
            }
        }
        minePending()
        return evidence
    }

    /// Whether a capitalised word where case tells nothing (sentence start, headline) is a name:
    /// seen capitalised elsewhere, or rare in English.
    @inline(__always) static func isName(_ w: ScannedWord, nameSigns: KeyTable) -> Bool {
        isName(shape: w.shape, key: w.key,
               TopicVocabulary.Entry(zipf: w.zipf, isStop: w.isStop, isKnown: w.isKnown, exactUnit: w.exactUnit,
                                     stemUnit: w.stemUnit), nameSigns: nameSigns)
    }

    @inline(__always) static func isName(shape: ScannedWord.Shape, key: UInt64, _ entry: TopicVocabulary.Entry,
                                         nameSigns: KeyTable) -> Bool {
        guard !entry.isStop else { return false }
        switch shape {
        case .capitalized, .upper:
            return NameSign.has(nameSigns, key, NameSign.seenAsName) || !entry.isKnown || entry.zipf < 35
        case .mixed: return true
        default: return false
        }
    }

    @inline(__always) static func isCapitalizedWord(_ w: ScannedWord) -> Bool {
        !w.isBreak && !w.isStop && (w.shape == .capitalized || w.shape == .upper || w.shape == .mixed)
    }

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

    /// Scans a word token and appends it to `words`. The word is built whole, once: setting
    /// fields of a returned word and then copying it into the array cost a stall per word.
    /// - Parameters:
    ///   - atStart: at a sentence start, after an opening quote or a colon: capitals tell little.
    ///   - heading: in a headline, where capitals tell nothing; its names are decided when its story ends.
    @inline(__always)
    static func appendWord(_ scalars: ScalarView, _ token: Token, atStart: Bool, heading: Bool,
                           vocabulary: TopicVocabulary, lexicon: TopicLexicon, classes: UnsafeBufferPointer<UInt8>,
                           cache: inout WordLookupCache, nameSigns: inout KeyTable, scratch: inout [UInt8],
                           to words: inout [ScannedWord]) {
        var hash = WordKey.offsetBasis
        // The hash of all but the last scalar: the key without a plural "s".
        var hashBeforeLast = hash
        var seen: UInt8 = 0
        var upperAfterLower = false
        var previous: UInt8 = 0
        // The last scalars folded to ASCII (0xFF for any other), the last in the low byte: the suffixes.
        var tail: UInt32 = 0
        var i = token.start
        let end = token.end
        while i < end {
            // Straight from the 2-byte units: ASCII needs no scalar decoding.
            let v = UInt32(scalars.units[i])
            hashBeforeLast = hash
            if v < 128 {
                let cls = classes[Int(v)]
                if cls == 1 && previous == 2 { upperAfterLower = true }
                seen |= cls
                previous = cls
                let folded = cls == 1 ? v + 32 : v
                hash = (hash ^ UInt64(folded)) &* WordKey.prime
                tail = tail << 8 | folded
            } else {
                let (cls, folded) = classify(scalars[i])
                if cls == 1 && seen & 2 != 0 { upperAfterLower = true }
                seen |= cls
                previous = cls
                hash = WordKey.mix(hash, folded)
                tail = tail << 8 | 0xFF
            }
            i += 1
        }
        let firstClass = token.span.length > 0 ? Self.class(of: scalars, at: token.start, classes) : 0
        let hasUpper = seen & 1 != 0, hasLower = seen & 2 != 0, hasDigit = seen & 4 != 0
        let hasHyphen = seen & 8 != 0, hasJoiner = seen & 24 != 0
        let key = WordKey.nonZero(hash)
        let shape: ScannedWord.Shape
        var isYear = false
        if hasDigit {
            isYear = !hasUpper && !hasLower && isYearRange(scalars, token.span)
            shape = (hasUpper || hasLower || hasJoiner && !isPlainNumber(scalars, token.span) && !isYear)
                ? .code : .number
        } else if upperAfterLower {
            shape = .mixed
        } else if hasUpper && !hasLower && token.span.length > 1 {
            shape = .upper
        } else if firstClass == 1 {
            shape = .capitalized
        } else {
            shape = .lower
        }
        // Suffixes, from the last three scalars folded to ASCII (0xFF for any other).
        let n = token.span.length
        var suffix: UInt8 = 0
        if n > 2 {
            let l1 = tail & 0xFF, l2 = tail >> 8 & 0xFF, l3 = tail >> 16 & 0xFF
            if l1 == 0x73 && l2 != 0x73 && l2 != 0x27 && l2 != 0xFF { suffix |= ScannedWord.endsS }
            if n > 4 && l1 == 0x67 && l2 == 0x6E && l3 == 0x69 { suffix |= ScannedWord.endsIng }
            if n > 3 && l1 == 0x64 && l2 == 0x65 { suffix |= ScannedWord.endsEd }
            if n > 3 && l1 == 0x79 && l2 == 0x6C { suffix |= ScannedWord.endsLy }
        }
        // Where a plural "s" ends the word, the key without it, so "Dreamliners" counts as "Dreamliner".
        let singularKey = !hasDigit && n > 3 && suffix & ScannedWord.endsS != 0 ? WordKey.nonZero(hashBeforeLast) : key
        // All of this follows from the key (the case-folded word), so a repeated word is looked up once.
        let entry = cache.entry(key) {
            let index = vocabulary.table.find(key)
            if index >= 0 { return vocabulary.entries[Int(index)] }
            guard !hasDigit || hasUpper || hasLower else { return TopicVocabulary.unknown }
            let units = lexicon.units(forUnknown: scalars, token.span.range, key: key, scratch: &scratch)
            return TopicVocabulary.Entry(zipf: WordFrequencyTable.floor, isStop: false, isKnown: false,
                                         exactUnit: units.exact, stemUnit: units.stem)
        }
        let ambiguousCase = atStart || heading
        var isName = false
        if !ambiguousCase && (shape == .capitalized || shape == .upper) && !entry.isStop {
            nameSigns.insertFlags(key, NameSign.seenAsName)
            isName = true
        } else if !heading {
            isName = Self.isName(shape: shape, key: key, entry, nameSigns: nameSigns)
        }
        words.append(ScannedWord(span: token.span, key: key, zipf: entry.zipf, isStop: entry.isStop,
                                 isKnown: entry.isKnown, exactUnit: entry.exactUnit, stemUnit: entry.stemUnit,
                                 shape: shape, ambiguousCase: ambiguousCase, isBreak: false, isName: isName,
                                 hasCapital: hasUpper, hasHyphen: hasHyphen,
                                 lowerInitialMixed: shape == .mixed && firstClass == 2, singularKey: singularKey,
                                 suffix: suffix, startsWithLetter: firstClass & 3 != 0, isYear: isYear))
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
    static func matchTerms(_ words: [ScannedWord], lexicon: TopicLexicon, sentence: Sentence,
                           position: Double, nameSigns: KeyTable, into hits: inout ChunkedArray<ThemeHit>) {
        var i = 0
        let n = words.count
        while i < n {
            let word = words[i]
            guard !word.isBreak, word.exactUnit >= 0 || word.stemUnit >= 0 else { i += 1; continue }
            var bestTerm: Int32 = -1
            var bestLength = 0
            for pass in 0..<2 {
                let unit = pass == 0 ? word.exactUnit : word.stemUnit
                guard unit >= 0, pass == 0 || unit != word.exactUnit else { continue }
                var f = Int(lexicon.firstStart[Int(unit)])
                let fEnd = Int(lexicon.firstStart[Int(unit) + 1])
                while f < fEnd {
                    let termIndex = lexicon.firstTerms[f]
                    f += 1
                    let start = Int(lexicon.termStart[Int(termIndex)])
                    let length = Int(lexicon.termStart[Int(termIndex) + 1]) - start
                    guard length > bestLength, i + length <= n else { continue }
                    var ok = true
                    var k = 1
                    while k < length {
                        let w = words[i + k]
                        let u = lexicon.termUnits[start + k]
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
            guard bestTerm >= 0 else { i += 1; continue }
            // "Jobs" in "Steve Jobs" is no labour topic.
            if bestLength == 1, word.shape == .capitalized, NameSign.has(nameSigns, word.key, NameSign.seenInName) {
                i += 1
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
            // Specificity of the term's rarest word, between 0.6 and 1.4; multi-word terms are more telling.
            let specificity = min(1.4, max(0.6, (80.0 - Double(zipf)) / 40.0)) * (bestLength > 1 ? 1.25 : 1.0)
            hits.append(ThemeHit(term: bestTerm, sentence: Int32(sentence.index), story: Int32(sentence.story),
                                 weight: position * specificity, position: position,
                                 span: TextSpan(words[i].span.start, words[i + bestLength - 1].span.end),
                                 surfaceKey: surface, isName: name))
            i += bestLength
        }
    }
}
