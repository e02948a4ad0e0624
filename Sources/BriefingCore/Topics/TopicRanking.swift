/// Scores and ranks what `TopicScanner` found, for the whole text or one story.
///
/// Scoring:
/// - a theme scores the sum of its hits, each weighted by where it stands
///   (headline 2.5, a story's first sentence 2, lede 1.75, else 1), by how
///   specific the matched words are (rarer in English weighs more, multi-word
///   terms weigh more) and by the term's lexicon weight; a theme backed by several
///   distinct keywords gains up to half again; a top-level subject adds a quarter
///   of what its finer themes scored;
/// - a key phrase scores its occurrences, weighted the same way by position,
///   times the mean specificity of its words and a bonus for two to four words,
///   plus a share of how strongly its words occur elsewhere (RAKE's word scores);
///   the phrase layer is scaled so that its best phrase weighs at least
///   `phraseScale` of the best theme.
/// Ranking keeps themes seen twice or in the headline or lede (a top-level subject
/// only when its own terms qualify, not just its themes'), and phrases that
/// are not just a person's or organisation's name nor repeat a listed theme's
/// words, within the `Limits`, then the heaviest first; `weight` is the score
/// relative to the top one (the top topic weighs 1).
enum TopicRanking {
    struct Limits: Sendable {
        var maxTopics = 14
        /// Finer themes (diplomacy, trade, aviation…).
        var maxThemes = 8
        /// IPTC top-level subjects (politics, economy…).
        var maxSubjects = 2
        var maxPhrases = 4
        /// Topics scoring less than this share of the top one are left out.
        var minShare = 0.1
        var minThemeScore = 1.6
        /// The best key phrase weighs at least this share of the best theme.
        var phraseScale = 0.55
        var minPhraseScore = 1.2
    }

    /// A ranked candidate before it becomes a `Topic`.
    struct Candidate {
        enum Kind { case theme(Int), phrase(Int) }
        var kind: Kind
        var score: Double
        var keywords: [String]
        var label: String
        var id: String
        var sentences: [Int]
        var stories: [Int]
    }

    // MARK: themes

    struct ThemeTally {
        var score = 0.0
        var count = 0
        var prominent = false
        /// For a top-level subject, whether its own terms (not only its themes') are eligible.
        var ownEvidence = true
        var sentences: [Int32] = []
        var stories: [Int32] = []
        /// How many distinct keywords the theme's own hits have: what `diversity` weighs.
        var ownKeywords = 0
        /// Its keywords, and for a top-level subject those of its finer themes after them:
        /// filled once every hit is tallied.
        var keywords = KeywordTally()

        /// - Parameter hitWeight: the hit's own weight (`ThemeHit.weights`), worked out once for all its themes.
        @inline(__always) mutating func add(_ sentence: Sentence, hitWeight: Double, weight: Double,
                                            prominent isProminent: Bool) {
            score += hitWeight * weight
            // Wrapping: at most one a hit, far below overflowing.
            count &+= 1
            if isProminent { prominent = true }
            cover(sentence)
        }

        /// The last of `sentences` and of `stories` (`none` while empty), kept beside the score:
        /// compared at every hit, where the lists' last elements were read from their storage.
        private var lastSentence = none, lastStory = none
        private static let none = Int64.max

        /// Adds a hit's sentence and its story (hits come in text order).
        @inline(__always) mutating func cover(_ sentence: Sentence) {
            let index = Int32(truncatingIfNeeded: sentence.index), story = Int32(truncatingIfNeeded: sentence.story)
            if lastSentence != Int64(index) {
                lastSentence = Int64(index)
                sentences.append(index)
            }
            if lastStory != Int64(story) {
                lastStory = Int64(story)
                stories.append(story)
            }
        }

        /// Several distinct keywords make a theme more certain: up to +50 %.
        var diversity: Double { min(1.5, 1.0 + 0.1 * Double(max(0, ownKeywords - 1))) }
    }

    /// Distinct keywords of a theme, in the order first seen (`ThemeKeywords`): surface key,
    /// count, first span, order of first sight (1000 on for a finer theme's).
    struct KeywordTally {
        var keys: [UInt64] = []
        var counts: [Int] = []
        var spans: [TextSpan] = []
        var orders: [Int] = []
        var names: [Bool] = []
        var count: Int { keys.count }

        init() {}

        /// The tally of `keywords`, in their order: each list made at its size at once.
        init(_ keywords: [ThemeKeywords.Keyword]) {
            keys = keywords.map(\.key)
            counts = keywords.map(\.count)
            spans = keywords.map(\.span)
            orders = keywords.map(\.order)
            names = keywords.map(\.isName)
        }

        /// Keyword spans, own keywords before those of finer themes, then most frequent first.
        func ranked() -> [(span: TextSpan, isName: Bool)] {
            // Each keyword's sort key made once, not read from three lists at every comparison.
            (0..<keys.count)
                .map { (own: orders[$0] < 1000 ? 1 : 0, count: counts[$0], order: -orders[$0], index: $0) }
                .sorted { ($0.own, $0.count, $0.order) > ($1.own, $1.count, $1.order) }
                .map { (spans[$0.index], names[$0.index]) }
        }
    }

    static func tallyThemes(_ evidence: TopicEvidence, hits: Range<Int>, lexicon: TopicLexicon) -> [ThemeTally] {
        var tallies = Array(repeating: ThemeTally(), count: lexicon.themes.count)
        let parents = lexicon.themes.map { $0.parent ?? -1 }
        var keywords = ThemeKeywords()
        defer { keywords.deallocate() }
        // The tallies added to in place, per hit: not the array checked for uniqueness each time;
        // the lexicon's tables read in place, not found again in the lexicon and checked against
        // their bounds at every hit.
        tallies.withUnsafeMutableBufferPointer { tallies in
            lexicon.termThemeStart.withUnsafeBufferPointer { themeStart in
                lexicon.termThemes.withUnsafeBufferPointer { termThemes in
                    lexicon.termThemeWeights.withUnsafeBufferPointer { weights in
                        ThemeHit.weights.withUnsafeBufferPointer { hitWeights in
                            evidence.hits.forEach(in: hits) { hit in
                                let sentence = evidence.sentence(of: hit)
                                let prominent = hit.isProminent
                                // The hit's weight, read from its table in place.
                                let hitWeight = hitWeights[hit.weightCode]
                                for k in Int(themeStart[Int(hit.term)])..<Int(themeStart[Int(hit.term) &+ 1]) {
                                    let theme = Int(termThemes[k])
                                    tallies[theme].add(sentence, hitWeight: hitWeight, weight: weights[k],
                                                       prominent: prominent)
                                    if keywords.add(theme: Int32(truncatingIfNeeded: theme), key: hit.surfaceKey,
                                                    span: hit.span, isName: hit.isName, count: 1,
                                                    order: tallies[theme].ownKeywords) {
                                        tallies[theme].ownKeywords &+= 1
                                    }
                                    // A top-level subject covers its finer themes' sentences too. Hits come
                                    // in text order, so its lists stay sorted as they grow: no merge afterwards.
                                    let parent = parents[theme]
                                    if parent >= 0 { tallies[parent].cover(sentence) }
                                }
                            }
                        }
                    }
                }
            }
        }
        for index in tallies.indices { tallies[index].score *= tallies[index].diversity }
        for index in tallies.indices where lexicon.themes[index].parent == nil {
            tallies[index].ownEvidence = isEligible(tallies[index], Limits())
        }
        // Each theme's own keywords, in the order first seen: a finer theme's are added to its
        // subject's below, and every theme's own are read before any is added to.
        let own = keywordsByTheme(keywords.all, themes: tallies.count)
        // A top-level subject gains a quarter of what its finer themes scored, and their evidence.
        for (index, theme) in lexicon.themes.enumerated() {
            guard let parent = theme.parent, tallies[index].count > 0 else { continue }
            let child = tallies[index]
            tallies[parent].score += 0.25 * child.score
            tallies[parent].count += child.count
            tallies[parent].prominent = tallies[parent].prominent || child.prominent
            for k in own.starts[index]..<own.starts[index + 1] {
                let keyword = keywords.all[own.keywords[k]]
                _ = keywords.add(theme: Int32(parent), key: keyword.key, span: keyword.span, isName: keyword.isName,
                                 count: keyword.count, order: 1000 + keyword.order)
            }
        }
        // Each theme's keywords, own and finer themes', in the order added: a tally made once per
        // theme, not five lists grown from empty a keyword at a time.
        let byTheme = keywordsByTheme(keywords.all, themes: tallies.count)
        for theme in tallies.indices where byTheme.starts[theme] < byTheme.starts[theme + 1] {
            tallies[theme].keywords = KeywordTally(byTheme.keywords[byTheme.starts[theme]..<byTheme.starts[theme + 1]]
                .map { keywords.all[$0] })
        }
        return tallies
    }

    /// Where each theme's keywords are in `keywords`, in order, by theme: theme t's are
    /// `keywords[starts[t] ..< starts[t + 1]]` (a counting sort).
    static func keywordsByTheme(_ all: UnsafeBufferPointer<ThemeKeywords.Keyword>,
                                themes: Int) -> (starts: [Int], keywords: [Int]) {
        var starts = [Int](repeating: 0, count: themes + 1)
        for keyword in all { starts[Int(keyword.theme) + 1] += 1 }
        for t in 0..<themes { starts[t + 1] += starts[t] }
        var next = starts
        var keywords = [Int](repeating: 0, count: all.count)
        for (k, keyword) in all.enumerated() {
            keywords[next[Int(keyword.theme)]] = k
            next[Int(keyword.theme)] += 1
        }
        return (starts, keywords)
    }

    static func isEligible(_ tally: ThemeTally, _ limits: Limits) -> Bool {
        tally.ownEvidence && tally.score >= limits.minThemeScore && (tally.count >= 2 || tally.prominent)
    }

    // MARK: phrases

    /// What ranking needs of a phrase in the range, in a fixed size: the range may hold a
    /// million distinct phrases. Where a chosen phrase stands is gathered afterwards (`Placement`).
    struct PhraseTally {
        var phrase: Int32
        /// Where the word slots of the phrase's words start in `tallyPhrases(_:inPart:)`' flat
        /// list; for the whole text's (`tallyAllPhrases`), where its words start in `phraseWords`.
        var wordSlotStart: Int32
        var count: Int32 = 0
        var occurrenceScore = 0.0
        var score = 0.0
        var prominent = false
        var inHeadline = false
        var allNamelike = true

        /// Adds an occurrence, whose position weight (`PhraseOccurrence.position`) is `position`.
        @inline(__always) mutating func add(_ occ: PhraseOccurrence, position: Double) {
            occurrenceScore += position
            // Wrapping: below the occurrences' count, far from overflowing.
            count &+= 1
            if position >= 1.75 { prominent = true }
            if position >= 2.5 { inHeadline = true }
            if !occ.namelike { allNamelike = false }
        }

        /// Works out the score once every occurrence is added: the occurrences' weight times the
        /// mean specificity of the phrase's `words` and a bonus for two to four words, plus a share
        /// of the mean of its words' scores, `wordScore(k)` for the word at k in `phraseWords`
        /// (`TopicEvidence`), of which `words` is a slice.
        @inline(__always) mutating func score(_ words: ArraySlice<PhraseWord>, wordScore: (Int) -> Double) {
            let n = words.count
            let specificity = words.reduce(0) { $0 + $1.specificity } / Double(n)
            let lengthBonus = n == 1 ? 1.0 : n == 2 ? 1.3 : 1.5
            var support = 0.0
            for k in words.indices { support += wordScore(k) }
            support /= Double(n)
            score = occurrenceScore * specificity * lengthBonus + 0.35 * support
        }
    }

    /// The tallies of the phrases with occurrences in `occurrences`, in the order first seen there.
    static func tallyPhrases(_ evidence: TopicEvidence, occurrences: Range<Int>) -> [PhraseTally] {
        occurrences == evidence.occurrences.indices
            ? tallyAllPhrases(evidence) : tallyPhrases(evidence, inPart: occurrences)
    }

    /// The tallies of every phrase, over all the occurrences (the whole text, ranked once per
    /// scan): each phrase's tally at its index and each word's score at its id, with no table
    /// in between. `PhraseTable` numbers the phrases in the order their first occurrences come
    /// (a new phrase takes the next index as its occurrence is added; `makeRoom` keeps the
    /// order, and every phrase kept has an occurrence), so the tallies come in the order the
    /// other path lists them in.
    static func tallyAllPhrases(_ evidence: TopicEvidence) -> [PhraseTally] {
        let phraseCount = evidence.phraseCount
        let wordScore = UnsafeMutableBufferPointer<Double>.allocate(capacity: evidence.wordCount)
        wordScore.initialize(repeating: 0)
        defer { wordScore.deallocate() }
        return evidence.phraseWordStart.withUnsafeBufferPointer { starts in
            evidence.phraseWords.withUnsafeBufferPointer { phraseWords in
                // A phrase's words are its word slots here: `wordSlotStart` is where they start.
                var tallies = (0..<phraseCount).map { PhraseTally(phrase: Int32($0), wordSlotStart: starts[$0]) }
                tallies.withUnsafeMutableBufferPointer { tallies in
                    PhraseOccurrence.positionWeights.withUnsafeBufferPointer { positionWeights in
                        evidence.occurrences.forEach(in: evidence.occurrences.indices) { occ in
                            let phrase = Int(occ.phrase)
                            // `occ.position`, read from the weights by its code (a load, where working
                            // it out from the code took a shift, a conversion and a product).
                            let position = positionWeights[occ.positionCode]
                            tallies[phrase].add(occ, position: position)
                            for k in Int(starts[phrase])..<Int(starts[phrase &+ 1]) {
                                wordScore[Int(phraseWords[k].id)] += position * phraseWords[k].specificity
                            }
                        }
                    }
                    for index in tallies.indices {
                        tallies[index].score(evidence.words(of: index)) { k in wordScore[Int(phraseWords[k].id)] }
                    }
                }
                assert(tallies.allSatisfy { $0.count > 0 }, "every phrase kept has an occurrence")
                return tallies
            }
        }
    }

    /// The tallies of the phrases with occurrences in `occurrences`, a part of the text's (a story
    /// of a longer text), in the order first seen there.
    static func tallyPhrases(_ evidence: TopicEvidence, inPart occurrences: Range<Int>) -> [PhraseTally] {
        // Phrase → tally: an array over every phrase where the range has occurrences enough, else
        // a table keyed by phrase + 1 (0 is the empty key) sized to the range (a story of a long
        // text), which never grows: at most one phrase per occurrence.
        let dense = occurrences.count >= evidence.phraseCount / 8
        let tallyOf = UnsafeMutableBufferPointer<Int32>.allocate(capacity: dense ? evidence.phraseCount : 0)
        tallyOf.initialize(repeating: -1)
        var slot = KeyTable(capacity: dense ? 0 : min(occurrences.count, evidence.phraseCount))
        // Word id + 1 → word slot, likewise sized to the range: at most four words per phrase.
        var wordSlot = KeyTable(capacity: min(occurrences.count * PhraseMiner.maxWords, evidence.wordCount))
        // The tallies, the words' scores and the word slots of each tally's words (flat: looked up
        // once per distinct phrase, not per occurrence), in storage of the most they can hold, so
        // that adding to them per occurrence checks neither bounds nor uniqueness (as `tallyOf`).
        let maxTallies = min(occurrences.count, evidence.phraseCount)
        let tallies = UnsafeMutableBufferPointer<PhraseTally>.allocate(capacity: maxTallies)
        let wordScore = UnsafeMutableBufferPointer<Double>.allocate(
            capacity: min(occurrences.count * PhraseMiner.maxWords, evidence.wordCount))
        let wordSlots = UnsafeMutableBufferPointer<Int32>.allocate(
            capacity: min(maxTallies * PhraseMiner.maxWords, evidence.phraseWords.count))
        defer {
            tallyOf.deallocate()
            tallies.deallocate()
            wordScore.deallocate()
            wordSlots.deallocate()
        }
        var tallyCount = 0, wordCount = 0, wordSlotCount = 0
        // The phrases' words read in place, not as a slice per occurrence.
        evidence.phraseWordStart.withUnsafeBufferPointer { starts in
            evidence.phraseWords.withUnsafeBufferPointer { phraseWords in
                evidence.occurrences.forEach(in: occurrences) { occ in
                    let phrase = Int(occ.phrase)
                    let index: Int
                    if dense {
                        if tallyOf[phrase] < 0 { tallyOf[phrase] = Int32(tallyCount) }
                        index = Int(tallyOf[phrase])
                    } else {
                        index = Int(slot.insert(UInt64(phrase) + 1, Int32(tallyCount)))
                    }
                    let words = Int(starts[phrase])..<Int(starts[phrase + 1])
                    if index == tallyCount {
                        tallies.initializeElement(at: index, to: PhraseTally(phrase: occ.phrase,
                                                                             wordSlotStart: Int32(wordSlotCount)))
                        tallyCount += 1
                        for k in words {
                            let w = wordSlot.insert(UInt64(phraseWords[k].id) + 1, Int32(wordCount))
                            if w == wordCount {
                                wordScore.initializeElement(at: wordCount, to: 0)
                                wordCount += 1
                            }
                            wordSlots.initializeElement(at: wordSlotCount, to: w)
                            wordSlotCount += 1
                        }
                    }
                    let position = occ.position
                    tallies[index].add(occ, position: position)
                    var s = Int(tallies[index].wordSlotStart)
                    for k in words {
                        wordScore[Int(wordSlots[s])] += position * phraseWords[k].specificity
                        s &+= 1
                    }
                }
            }
        }
        for index in 0..<tallyCount {
            let words = evidence.words(of: Int(tallies[index].phrase))
            // The word at k in `phraseWords` has its slot at this offset from k.
            let slotOffset = Int(tallies[index].wordSlotStart) - words.startIndex
            tallies[index].score(words) { k in wordScore[Int(wordSlots[slotOffset + k])] }
        }
        return Array(tallies[0..<tallyCount])
    }

    /// Where a phrase occurs in a range: its sentences and stories, and the span it is labelled by
    /// (the first where case tells, else the first).
    struct Placement {
        var sentences: [Int] = []
        var stories: [Int] = []
        var span = TextSpan(0, 0)
        var spanIsAmbiguous = true

        /// The placements of a few phrases, in one pass over the occurrences (they may be millions).
        static func of(_ phrases: [Int32], _ evidence: TopicEvidence, occurrences: Range<Int>) -> [Placement] {
            var places = [Placement](repeating: Placement(), count: phrases.count)
            var seen = [Bool](repeating: false, count: phrases.count)
            // A bit for each phrase index modulo 64: most occurrences are of none of the few
            // phrases, and are passed over on one test instead of a search of `phrases`.
            var filter: UInt64 = 0
            for phrase in phrases { filter |= 1 << (UInt64(phrase) & 63) }
            // Occurrences are in text order but for a headline's, kept after its story's: the sentence
            // of each is found by moving on from the last one's, or searched for when it lies before.
            var s = -1
            evidence.occurrences.forEach(in: occurrences) { occ in
                guard filter & 1 << (UInt64(occ.phrase) & 63) != 0, let p = phrases.firstIndex(of: occ.phrase) else {
                    return
                }
                if !seen[p] || (places[p].spanIsAmbiguous && !occ.ambiguousCase) {
                    places[p].span = occ.span
                    places[p].spanIsAmbiguous = occ.ambiguousCase
                    seen[p] = true
                }
                if s < 0 || evidence.sentences[s].span.start > occ.span.start { s = evidence.sentenceIndex(of: occ) }
                while s + 1 < evidence.sentences.count && evidence.sentences[s + 1].span.start <= occ.span.start { s += 1 }
                let sentence = evidence.sentences[s]
                if places[p].sentences.last != sentence.index { places[p].sentences.append(sentence.index) }
                if places[p].stories.last != sentence.story { places[p].stories.append(sentence.story) }
            }
            return places
        }
    }

    /// A phrase that is only a name ("Michael O'Leary", "Northrop Grumman"): the actors pane has those.
    static func isNameOnly(_ tally: PhraseTally, productLike: Bool) -> Bool {
        !productLike && tally.allNamelike
    }

    static func isEligible(_ tally: PhraseTally, _ evidence: TopicEvidence, _ limits: Limits) -> Bool {
        let productLike = evidence.phraseIsProductLike[Int(tally.phrase)]
        guard tally.score >= limits.minPhraseScore, !isNameOnly(tally, productLike: productLike) else { return false }
        let words = evidence.words(of: Int(tally.phrase))
        if words.count == 1 {
            // A single word must be rare in English or look like a product name, and be
            // repeated or in the headline.
            guard productLike || words.first!.specificity >= 1.2, tally.count >= 2 || tally.inHeadline else {
                return false
            }
        }
        return tally.count >= 2 || tally.prominent || words.count >= 2
    }

    // MARK: ranking

    static func rank(_ evidence: TopicEvidence, _ text: SourceText, hits: Range<Int>, occurrences: Range<Int>,
                     limits: Limits = Limits()) -> [Topic] {
        let lexicon = TopicLexicon.shared
        let themeTallies = tallyThemes(evidence, hits: hits, lexicon: lexicon)

        var themes: [Candidate] = []
        for (index, tally) in themeTallies.enumerated() where isEligible(tally, limits) {
            let theme = lexicon.themes[index]
            let keywords = tally.keywords.ranked().prefix(6).map { displayForm(text, $0.span, isName: $0.isName) }
            themes.append(Candidate(kind: .theme(index), score: tally.score, keywords: dedupe(keywords),
                                    label: theme.label, id: theme.id,
                                    sentences: tally.sentences.map(Int.init), stories: tally.stories.map(Int.init)))
        }
        themes.sort { $0.score > $1.score }
        var subjects = 0, fine = 0
        themes = themes.filter { candidate in
            guard case .theme(let index) = candidate.kind else { return false }
            if lexicon.themes[index].parent == nil {
                subjects += 1
                return subjects <= limits.maxSubjects
            }
            fine += 1
            return fine <= limits.maxThemes
        }
        var listedThemes = Set<Int32>()
        for case .theme(let index) in themes.map(\.kind) { listedThemes.insert(Int32(index)) }

        var phraseTallies = tallyPhrases(evidence, occurrences: occurrences)
            .filter { isEligible($0, evidence, limits) }
        phraseTallies.sort { $0.score > $1.score }
        var chosen: [PhraseTally] = []
        var chosenWords: [[Int32]] = []
        for tally in phraseTallies where chosen.count < limits.maxPhrases {
            let words = evidence.words(of: Int(tally.phrase))
            if repeatsThemes(words, listedThemes, lexicon: lexicon) { continue }
            let ids = words.map(\.id)
            if chosenWords.contains(where: { contains($0, ids) || contains(ids, $0) }) { continue }
            chosenWords.append(ids)
            chosen.append(tally)
        }
        var phrases: [Candidate] = []
        let places = Placement.of(chosen.map(\.phrase), evidence, occurrences: occurrences)
        for (tally, place) in zip(chosen, places) {
            let label = phraseLabel(text, place.span, ambiguous: place.spanIsAmbiguous)
            var id = Slug.make(label)
            if lexicon.themes.contains(where: { $0.id == id }) { id += "-phrase" }
            phrases.append(Candidate(kind: .phrase(Int(tally.phrase)), score: tally.score, keywords: [label],
                                     label: label, id: id, sentences: place.sentences, stories: place.stories))
        }

        // Themes add up many mentions and phrases few, so the two layers are put on one
        // scale: the best phrase weighs `phraseScale` of the best theme, when there is one.
        if let topTheme = themes.first?.score, let topPhrase = phrases.first?.score, topPhrase > 0 {
            let factor = topTheme * limits.phraseScale / topPhrase
            if factor > 1 { for k in phrases.indices { phrases[k].score *= factor } }
        }
        var all = themes + phrases
        all.sort { $0.score > $1.score || ($0.score == $1.score && $0.id < $1.id) }
        guard let top = all.first?.score, top > 0 else { return [] }
        var seenIDs = Set<String>()
        var topics: [Topic] = []
        for candidate in all where topics.count < limits.maxTopics {
            guard candidate.score >= limits.minShare * top, seenIDs.insert(candidate.id).inserted else { continue }
            let weight = max(0.01, (candidate.score / top * 100).rounded() / 100)
            topics.append(Topic(id: candidate.id, label: candidate.label, weight: weight,
                                keywords: candidate.keywords, sentences: candidate.sentences,
                                stories: candidate.stories))
        }
        return topics
    }

    /// Whether the phrase repeats a listed theme: it is one of the theme's terms, or each of
    /// its letter words is a single-word term of a listed theme ("growth forecasts").
    static func repeatsThemes(_ words: ArraySlice<PhraseWord>, _ listed: Set<Int32>, lexicon: TopicLexicon) -> Bool {
        if lexicon.themesOfTerm(words).contains(where: listed.contains) { return true }
        var letterWords = 0
        for word in words where !word.isCode {
            letterWords += 1
            let named = [word.exactUnit, word.stemUnit].contains { unit in
                unit >= 0 && lexicon.themesOfUnit[Int(unit)].contains(where: listed.contains)
            }
            if !named { return false }
        }
        return letterWords > 0
    }

    /// Whether `small` occurs as a contiguous run inside `big`.
    static func contains(_ big: [Int32], _ small: [Int32]) -> Bool {
        guard small.count <= big.count, !small.isEmpty else { return false }
        for start in 0...(big.count - small.count) where big[start] == small[0] {
            if Array(big[start..<(start + small.count)]) == small { return true }
        }
        return false
    }

    static func dedupe(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0.lowercased()).inserted }
    }

    /// A keyword as shown: the text's words, lowercased unless written as a name ("Bank of England")
    /// or with inner capitals ("NATO", "iPhone").
    static func displayForm(_ text: SourceText, _ span: TextSpan, isName: Bool) -> String {
        let surface = text.slice(span)
        return !isName && plainCapitals(surface) ? surface.lowercased() : surface
    }

    /// A phrase label: as written; a sentence-initial common word is lowercased ("Technical problem"),
    /// a rarer one is kept, as it is likely a name or a nationality ("Kenyan coast").
    static func phraseLabel(_ text: SourceText, _ span: TextSpan, ambiguous: Bool) -> String {
        let surface = text.slice(span)
        guard ambiguous else { return surface }
        let words = surface.split(separator: " ", omittingEmptySubsequences: false)
        guard let first = words.first, words.count > 1,
              words.dropFirst().contains(where: { $0.first?.isLowercase == true }),
              plainCapitals(String(first)),
              let entry = TopicVocabulary.shared.entry(WordKey.key(String(first))), entry.isKnown, entry.zipf >= 42
        else { return surface }
        return first.lowercased() + surface.dropFirst(first.count)
    }

    /// Every word is lowercase or capitalised only at its first letter.
    static func plainCapitals(_ s: String) -> Bool {
        var atWordStart = true
        var wordHasDigit = false, wordHasCapital = false
        for c in s.unicodeScalars {
            if c.isLetterOrDigit {
                if c.isUpper && !atWordStart { return false }
                if c.isDigit { wordHasDigit = true }
                if c.isUpper { wordHasCapital = true }
                if wordHasDigit && wordHasCapital { return false }
                atWordStart = false
            } else {
                atWordStart = true
                wordHasDigit = false
                wordHasCapital = false
            }
        }
        return true
    }
}
