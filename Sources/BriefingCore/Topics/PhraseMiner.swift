/// Mines candidate key phrases from a sentence's words, RAKE-style (Rose et al.,
/// "Automatic keyword extraction from individual documents", 2010): a candidate is
/// a maximal run of content words between stop words and punctuation, trimmed to
/// look like a noun phrase ("30-day ceasefire proposal", "intelligence sharing",
/// "Boeing 787 Dreamliner"). Ranking them is `TopicRanking`'s job.
struct PhraseMiner {
    /// Longest run kept as a phrase; longer runs are usually chains of names and titles.
    static let maxWords = 4

    /// - Parameters:
    ///   - words: a sentence's words, read in place (no bounds checks per word).
    ///   - starts: where the words that may start a phrase (`canStart`) stand, in order
    ///     (`WordBuffer.phraseStartIndices`): the others are passed over.
    ///   - text, classes: the text and `TopicScanner.asciiClass`, for the key of a new phrase's
    ///     last word without a plural "s" (`WordForm.singularKey`).
    ///   - positionCode: the code of the sentence's position weight (`PhraseOccurrence.positionCode(of:)`),
    ///     found once per sentence by the scan.
    ///   - occurrences: the scan's phrase occurrences, to become `evidence.occurrences`; the
    ///     evidence takes the distinct phrases' words.
    func mine(_ words: UnsafeBufferPointer<ScannedWord>, starts: UnsafeBufferPointer<Int32>, text: ScalarView,
              classes: UnsafeBufferPointer<UInt8>, positionCode: UInt32, table: inout PhraseTable,
              occurrences: inout ChunkedArray<PhraseOccurrence>.Builder, evidence: inout TopicEvidence) {
        let n = words.count
        // The next start to read: those inside a run already read are passed over by count,
        // not each tested (a branch the processor could not foresee, at every start).
        // Wrapping arithmetic on the indices below: they stay within the sentence's words, far
        // from overflowing, and each checked step cost a test and a branch.
        var j = 0
        while j < starts.count {
            let i = Int(starts[j])
            j &+= 1
            var end = i &+ 1
            // The kinds of letter word in the run so far (`ScannedWord.letterKind`): one kind
            // until the loop below breaks, so a word unlike the last letter word makes both bits.
            var kinds = words[i].letterKind
            var skip = 0
            // How many of the words read after the first may start a phrase: the starts to pass over.
            var covered = 0
            // The word before `end`, carried in a register: not loaded again at every step.
            var previous = words[i]
            while end < n && Self.canContinue(words[end], after: previous) {
                // Names and common words do not mix: "UK | growth forecasts", "Kaja Kallas | engage".
                kinds |= words[end].letterKind
                if kinds == ScannedWord.nameKind | ScannedWord.commonKind { break }
                // A word in -ing or -ed between a plural and another word is a verb:
                // "uncertainties | surrounding | tariffs", "buyers | experienced | issues"
                // (but "aerial refueling tankers" stays whole). The rarest test first.
                if words[end].ends(ScannedWord.endsIng | ScannedWord.endsEd), words[end].shape == .lower,
                   words[end &- 1].ends(ScannedWord.endsS), end &+ 1 < n,
                   Self.canContinue(words[end &+ 1], after: words[end]) {
                    skip = 1
                    covered &+= Self.canStart(words[end]) ? 1 : 0
                    break
                }
                covered &+= Self.canStart(words[end]) ? 1 : 0
                previous = words[end]
                end &+= 1
            }
            let run: Range<Int>?
            if end == i &+ 1 {
                // A lone word (most runs of news) is kept or dropped here as `trim` would decide,
                // without the call: a participle or adverb ("reported", "rising", "sharply") is
                // trimmed away, any other word kept if it stands alone.
                let w = words[i]
                run = w.isLoneWordPhrase && (!w.isName || w.shape == .mixed) ? i..<end : nil
            } else {
                run = Self.trim(words, i..<end)
            }
            // One call, inlined: with a call for lone words and one for longer runs, the first
            // was left out of line.
            if let run {
                record(words, run, text, classes, positionCode: positionCode, table: &table, occurrences: &occurrences,
                       evidence: &evidence)
            }
            j &+= covered
            assert(j >= starts.count || Int(starts[j]) >= end + skip, "the starts inside the run passed over")
        }
    }

    /// A content word, not a bare number nor an amount: decided once per form (`WordForm.startsPhrase`).
    @inline(__always) static func canStart(_ w: ScannedWord) -> Bool { w.startsPhrase }

    /// A word that may start a phrase, or a bare number after a name ("Boeing 787"): decided
    /// from the two forms' traits (`WordForm.continuesPhrase`).
    @inline(__always) static func canContinue(_ w: ScannedWord, after previous: ScannedWord) -> Bool {
        w.form.continuesPhrase(after: previous.form)
    }

    /// Drops leading verbs in -ing, trailing participles and adverbs; nil when nothing is left.
    static func trim(_ words: UnsafeBufferPointer<ScannedWord>, _ run: Range<Int>) -> Range<Int>? {
        // Wrapping arithmetic, as in `mine`: the bounds stay within the run.
        var a = run.lowerBound
        var b = run.upperBound
        // Most runs keep both ends: when neither end word is a small word with a suffix the
        // tests below look for, none of them moves a bound, and two tests stand for them all.
        if b &- a > 1,
           words[a].lowerSuffix & (ScannedWord.endsS | ScannedWord.endsIng | ScannedWord.endsLy) == 0,
           words[b &- 1].lowerSuffix & (ScannedWord.endsIng | ScannedWord.endsEd | ScannedWord.endsLy) == 0 {
            return kept(words, a..<b)
        }
        // "Ryanair exercises options", "Cisco sues": a small word in -s right after a name is its verb.
        if b &- a > 1, a > 0, words[a].shape == .lower, words[a &- 1].isName,
           words[a].ends(ScannedWord.endsS) { a &+= 1 }
        while a < b, words[a].shape == .lower,
              words[a].ends(ScannedWord.endsIng | ScannedWord.endsLy) { a &+= 1 }
        while b > a, words[b &- 1].shape == .lower,
              words[b &- 1].ends(ScannedWord.endsEd | ScannedWord.endsLy) { b &-= 1 }
        // A last word in -ing with words after it takes an object: a verb ("uncertainties surrounding US tariffs").
        if b &- a > 1, b == run.upperBound, b < words.count, !words[b].isBreak,
           words[b &- 1].shape == .lower, words[b &- 1].ends(ScannedWord.endsIng) { b &-= 1 }
        guard b > a else { return nil }
        if b &- a == 1 { return standsAlone(words[a]) ? a..<b : nil }
        return kept(words, a..<b)
    }

    /// A trimmed run of two words or more, if a phrase: at most `maxWords`, at least one word of letters.
    @inline(__always)
    private static func kept(_ words: UnsafeBufferPointer<ScannedWord>, _ run: Range<Int>) -> Range<Int>? {
        guard run.count <= maxWords, words[run].contains(where: { $0.isLetterWord }) else { return nil }
        return run
    }

    /// Whether a word left alone by `trim` is a phrase: not a verb in -ing, nor a name (the
    /// actors pane has those; a product-like "iPhone" is kept), nor a bare specification.
    @inline(__always) static func standsAlone(_ w: ScannedWord) -> Bool {
        if w.shape == .lower && w.ends(ScannedWord.endsIng) { return false }
        if w.isName && w.shape != .mixed { return false }
        // A model code alone starts with a letter ("A380"); "8GB" or "3G" alone are specifications.
        if w.shape == .code && !(w.hasCapital && w.startsWithLetter) { return false }
        if w.shape == .mixed && (!w.lowerInitialMixed || w.span.length < 3) { return false }
        return true
    }

    @inline(__always)
    func record(_ words: UnsafeBufferPointer<ScannedWord>, _ run: Range<Int>, _ text: ScalarView,
                _ classes: UnsafeBufferPointer<UInt8>, positionCode: UInt32, table: inout PhraseTable,
                occurrences: inout ChunkedArray<PhraseOccurrence>.Builder, evidence: inout TopicEvidence) {
        // One pass over the run for both: whether each of its letter words is a name, and its
        // key. A run of numbered words (most runs) is found by their numbers once known.
        // Bits, not `&&` and `||`: no branch per word.
        var letterWordNotName: UInt8 = 0
        var key = PhraseTable.RunKey()
        for k in run {
            letterWordNotName |= (words[k].isLetterWord ? 1 : 0) & (words[k].isName ? 0 : 1)
            key.add(words[k])
        }
        let allNames = letterWordNotName == 0
        let runKey = key.value
        var index = runKey != 0 ? table.phrase(ofRun: runKey) : -1
        if index < 0 {
            index = phrase(words, run, text, classes, table: &table, occurrences: &occurrences, evidence: &evidence)
            if runKey != 0 { table.remember(index, ofRun: runKey) }
        }
        // The run is not empty: its last word is at `upperBound &- 1` (wrapping, no overflow test).
        occurrences.append(PhraseOccurrence(
            phrase: index, positionCode: positionCode,
            span: TextSpan(inside: words[run.lowerBound].span.start, words[run.upperBound &- 1].span.end),
            namelike: allNames, ambiguousCase: words[run.lowerBound].ambiguousCase))
    }

    /// The phrase of the run's words, added to the table and the evidence if new: out of line,
    /// as most runs are found by their words' numbers (`PhraseTable.phrase(ofRun:)`).
    @inline(never)
    private func phrase(_ words: UnsafeBufferPointer<ScannedWord>, _ run: Range<Int>, _ text: ScalarView,
                        _ classes: UnsafeBufferPointer<UInt8>, table: inout PhraseTable,
                        occurrences: inout ChunkedArray<PhraseOccurrence>.Builder, evidence: inout TopicEvidence) -> Int32 {
        // The last word's key without a plural "s", so "Dreamliners" counts as "Dreamliner".
        let last = words[run.upperBound - 1]
        let lastKey = WordForm.singularKey(key: last.key, suffix: last.suffix, hasDigit: last.hasDigit, text, last.span,
                                           classes: classes)
        var key = WordKey.offsetBasis
        for k in run { key = WordKey.combine(key, k == run.upperBound - 1 ? lastKey : words[k].key) }
        var index = table.phrases.find(key)
        if index < 0 {
            table.makeRoom(&evidence, occurrences: &occurrences)
            index = Int32(evidence.phraseCount)
            table.phrases.insert(key, index)
            var productLike = false
            for k in run {
                let w = words[k]
                let wordKey = k == run.upperBound - 1 ? lastKey : w.key
                let id = table.words.insert(wordKey, Int32(evidence.wordCount))
                if id == Int32(evidence.wordCount) { evidence.wordCount += 1 }
                let specificity: Double
                switch w.shape {
                case .number, .code:
                    // A number or code ("30-day", "A380") makes a phrase specific.
                    specificity = 1.3
                    productLike = true
                case .mixed:
                    specificity = TopicVocabulary.specificity(zipf: w.zipf)
                    if w.lowerInitialMixed { productLike = true }
                default:
                    specificity = TopicVocabulary.specificity(zipf: w.zipf)
                }
                evidence.phraseWords.append(PhraseWord(specificity: specificity, id: id, exactUnit: w.exactUnit,
                                                       stemUnit: w.stemUnit, isCode: w.hasDigit))
            }
            evidence.phraseWordStart.append(Int32(evidence.phraseWords.count))
            evidence.phraseIsProductLike.append(productLike)
        }
        return index
    }
}
