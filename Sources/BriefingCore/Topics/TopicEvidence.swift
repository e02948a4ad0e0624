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

    var hasDigit: Bool { shape == .number || shape == .code }
    var isLetterWord: Bool { !isBreak && !hasDigit }

    static func breakMark(_ span: TextSpan) -> ScannedWord {
        ScannedWord(span: span, key: 0, zipf: 0, isStop: true, isKnown: true, exactUnit: -1, stemUnit: -1,
                    shape: .lower, ambiguousCase: false, isBreak: true)
    }
}

/// A lexicon term found in the text.
struct ThemeHit: Sendable {
    var term: Int32
    var sentence: Int32
    var story: Int32
    /// Position weight × specificity of the matched words.
    var weight: Double
    var span: TextSpan
    /// Case-folded key of the matched words, to count distinct keywords.
    var surfaceKey: UInt64
}

/// A candidate key phrase found in the text.
struct PhraseOccurrence: Sendable {
    var phrase: Int32
    var sentence: Int32
    var story: Int32
    var position: Double
    var span: TextSpan
    /// Every letter word here is part of a name.
    var namelike: Bool
    /// Every letter word capitalised here (maybe only because of where it stands).
    var allCapitalized: Bool
    /// Stands at a sentence start or in a headline, where capitals tell little.
    var ambiguousCase: Bool
}

/// A distinct candidate phrase (case-folded).
struct PhraseInfo: Sendable {
    var words: [UInt64]
    /// Ids of the words (case-folded, the last one without a plural "s"), numbered per scan.
    var wordIDs: [Int32] = []
    /// Specificity of each word (`TopicVocabulary.specificity`), numbers count 1.
    var specificity: [Double]
    /// Has a digit or a product-like mixed-case word ("787 Dreamliner", "iPhone").
    var productLike: Bool
    /// Every letter word is rare in English or unknown to the frequency table.
    var rareWords: Bool
    /// Themes of which each word is a single-word term (for de-duplication against listed themes).
    var themes: [[Int32]]
    /// Whether each word is a number or code ("787", "30-day").
    var isCode: [Bool] = []
    /// Themes of which the whole phrase is a term ("peace agreement").
    var termThemes: [Int32] = []
}

/// Everything the scan found, in text order, ready to be ranked for any range of stories.
struct TopicEvidence: Sendable {
    var hits: [ThemeHit] = []
    var occurrences: [PhraseOccurrence] = []
    var phrases: [PhraseInfo] = []
    /// How many distinct phrase words `PhraseInfo.wordIDs` numbers.
    var wordCount = 0
    /// Per sentence: its position weight.
    var positions: [Double] = []
}

/// Scans sentences once: words → lexicon hits and phrase candidates.
enum TopicScanner {
    static func scan(_ text: SourceText, sentences: [Sentence]) -> TopicEvidence {
        let lexicon = TopicLexicon.shared
        let vocabulary = TopicVocabulary.shared
        let scalars = text.scalars
        var evidence = TopicEvidence()
        evidence.positions.reserveCapacity(sentences.count)
        var phraseIndex = KeyTable(capacity: 1024)
        var wordIndex = KeyTable(capacity: 1024)
        var words: [ScannedWord] = []
        var scratch: [UInt8] = []
        scratch.reserveCapacity(48)
        let miner = PhraseMiner()

        var story = -1
        var sentenceInStory = 0
        var ledeSeen = false
        // Words seen capitalised where case tells (not at a sentence start): names.
        var names = KeyTable(capacity: 1024)
        // Capitalised words seen next to another capitalised word: parts of names.
        var nameParts = KeyTable(capacity: 1024)
        // The heading is mined when its story ends, once the story has shown which words are names.
        var pendingHeading: (words: [ScannedWord], sentence: Sentence)? = nil

        func minePending() {
            guard var heading = pendingHeading else { return }
            pendingHeading = nil
            for k in heading.words.indices where !heading.words[k].isBreak {
                heading.words[k].isName = isName(heading.words[k], names: names)
            }
            miner.mine(heading.words, scalars: scalars, sentence: heading.sentence, position: 2.5,
                       phraseIndex: &phraseIndex, wordIndex: &wordIndex, evidence: &evidence, lexicon: lexicon)
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
            let tokens = Tokenizer.tokens(scalars, in: sentence.span)
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
                var word = scan(scalars, token, vocabulary: vocabulary, lexicon: lexicon, scratch: &scratch)
                word.ambiguousCase = atStart || heading
                if !word.ambiguousCase && (word.shape == .capitalized || word.shape == .upper) && !word.isStop {
                    names.insert(word.key, 1)
                    word.isName = true
                } else if !heading {
                    word.isName = isName(word, names: names)
                }
                atStart = false
                words.append(word)
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
            evidence.positions.append(position)

            // Words of multi-word names ("Steve Jobs", "Apple Corps") are not topic words when capitalised.
            for k in words.indices where words[k].shape == .capitalized && !words[k].isStop {
                if (k > 0 && isCapitalizedWord(words[k - 1])) || (k + 1 < words.count && isCapitalizedWord(words[k + 1])) {
                    nameParts.insert(words[k].key, 1)
                }
            }
            matchTerms(words, lexicon: lexicon, sentence: sentence, position: position, nameParts: nameParts,
                       into: &evidence.hits)
            if heading {
                pendingHeading = (words, sentence)
            } else {
                miner.mine(words, scalars: scalars, sentence: sentence, position: position,
                           phraseIndex: &phraseIndex, wordIndex: &wordIndex, evidence: &evidence, lexicon: lexicon)
            }
        }
        minePending()
        return evidence
    }

    /// Whether a capitalised word where case tells nothing (sentence start, headline) is a name:
    /// seen capitalised elsewhere, or rare in English.
    @inline(__always) static func isName(_ w: ScannedWord, names: KeyTable) -> Bool {
        guard !w.isStop else { return false }
        switch w.shape {
        case .capitalized, .upper: return names.contains(w.key) || !w.isKnown || w.zipf < 35
        case .mixed: return true
        default: return false
        }
    }

    @inline(__always) static func isCapitalizedWord(_ w: ScannedWord) -> Bool {
        !w.isBreak && !w.isStop && (w.shape == .capitalized || w.shape == .upper || w.shape == .mixed)
    }

    /// A headline or heading: the story's first sentence when it ends without a stop.
    static func isHeading(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        var end = span.end
        while end > span.start, scalars[end - 1].isSpace || scalars[end - 1].isClosingPunctuation { end -= 1 }
        guard end > span.start else { return false }
        return !scalars[end - 1].isSentenceStop
    }

    @inline(__always)
    static func scan(_ scalars: [Unicode.Scalar], _ token: Token, vocabulary: TopicVocabulary,
                     lexicon: TopicLexicon, scratch: inout [UInt8]) -> ScannedWord {
        var hash = WordKey.offsetBasis
        var hasDigit = false, hasUpper = false, hasLower = false, upperAfterLower = false, hasJoiner = false,
            hasHyphen = false, previousLower = false
        for i in token.span.range {
            let c = scalars[i]
            let v = c.value
            if v < 128 {
                if v >= 65 && v <= 90 {
                    if previousLower { upperAfterLower = true }
                    hasUpper = true
                    previousLower = false
                    hash = (hash ^ UInt64(v + 32)) &* WordKey.prime
                    continue
                }
                previousLower = false
                if v >= 97 && v <= 122 { hasLower = true; previousLower = true }
                else if v >= 48 && v <= 57 { hasDigit = true }
                else { hasJoiner = true; if v == 45 { hasHyphen = true } }
                hash = (hash ^ UInt64(v)) &* WordKey.prime
            } else {
                previousLower = false
                if c.properties.isUppercase {
                    if hasLower { upperAfterLower = true }
                    hasUpper = true
                } else if c.properties.isLowercase {
                    hasLower = true
                    previousLower = true
                }
                hash = WordKey.mix(hash, WordKey.fold(c))
            }
        }
        let key = WordKey.nonZero(hash)
        let shape: ScannedWord.Shape
        let first = scalars[token.start]
        if hasDigit {
            shape = (hasUpper || hasLower || hasJoiner && !isPlainNumber(scalars, token.span)) ? .code : .number
        } else if upperAfterLower {
            shape = .mixed
        } else if hasUpper && !hasLower && token.span.length > 1 {
            shape = .upper
        } else if first.isUpper {
            shape = .capitalized
        } else {
            shape = .lower
        }
        // Where a plural "s" ends the word, the key without it, so "Dreamliners" counts as "Dreamliner".
        var singularKey = key
        let n = token.span.length
        if !hasDigit, n > 3, scalars[token.end - 1] == "s", scalars[token.end - 2] != "s",
           scalars[token.end - 2] != "'" && scalars[token.end - 2] != "\u{2019}" {
            singularKey = WordKey.key(scalars, token.start..<(token.end - 1))
        }
        var word = ScannedWord(span: token.span, key: key, zipf: TopicVocabulary.unknown.zipf, isStop: false,
                               isKnown: false, exactUnit: -1, stemUnit: -1, shape: shape,
                               ambiguousCase: false, isBreak: false, hasCapital: hasUpper, hasHyphen: hasHyphen,
                               lowerInitialMixed: shape == .mixed && first.isLower, singularKey: singularKey)
        if let entry = vocabulary.entry(key) {
            word.zipf = entry.zipf
            word.isStop = entry.isStop
            word.isKnown = entry.isKnown
            word.exactUnit = entry.exactUnit
            word.stemUnit = entry.stemUnit
        } else if !hasDigit || hasUpper || hasLower {
            let units = lexicon.units(forUnknown: scalars, token.span.range, key: key, scratch: &scratch)
            word.exactUnit = units.exact
            word.stemUnit = units.stem
        }
        return word
    }

    /// "1,000", "3.5": digits with thousands separators or a decimal point only.
    static func isPlainNumber(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        for i in span.range {
            let v = scalars[i].value
            if !(v >= 48 && v <= 57) && v != 0x2C && v != 0x2E { return false }
        }
        return true
    }

    /// Finds lexicon terms, longest match first, never across punctuation.
    static func matchTerms(_ words: [ScannedWord], lexicon: TopicLexicon, sentence: Sentence,
                           position: Double, nameParts: KeyTable, into hits: inout [ThemeHit]) {
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
                for termIndex in lexicon.termsByFirstUnit[Int(unit)] {
                    let units = lexicon.terms[Int(termIndex)].units
                    guard units.count > bestLength, i + units.count <= n else { continue }
                    var ok = true
                    var k = 1
                    while k < units.count {
                        let w = words[i + k]
                        if w.isBreak || (w.exactUnit != units[k] && w.stemUnit != units[k]) { ok = false; break }
                        k += 1
                    }
                    if ok {
                        bestTerm = termIndex
                        bestLength = units.count
                        break
                    }
                }
            }
            guard bestTerm >= 0 else { i += 1; continue }
            // "Jobs" in "Steve Jobs" is no labour topic.
            if bestLength == 1, word.shape == .capitalized, nameParts.contains(word.key) { i += 1; continue }
            var zipf: UInt8 = 80
            var surface = WordKey.offsetBasis
            for k in i..<(i + bestLength) {
                if !words[k].isStop { zipf = min(zipf, words[k].zipf) }
                surface = WordKey.combine(surface, words[k].key)
            }
            if zipf == 80 { zipf = words[i].zipf }
            // Specificity of the term's rarest word, between 0.6 and 1.4; multi-word terms are more telling.
            let specificity = min(1.4, max(0.6, (80.0 - Double(zipf)) / 40.0)) * (bestLength > 1 ? 1.25 : 1.0)
            hits.append(ThemeHit(term: bestTerm, sentence: Int32(sentence.index), story: Int32(sentence.story),
                                 weight: position * specificity,
                                 span: TextSpan(words[i].span.start, words[i + bestLength - 1].span.end),
                                 surfaceKey: surface))
            i += bestLength
        }
    }
}
