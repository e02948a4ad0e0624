/// Reads a sentence's tokens as `ScannedWord`s for `TopicScanner`, each token as it is found
/// (no array of tokens in between), and keeps what the words show across sentences: their
/// forms (`WordFormCache`) and the signs of names (`NameSign`).
///
/// A struct with mutating methods, not variables captured by the scan's closures: those were
/// boxed, and each access checked for exclusivity at run time.
struct SentenceReader {
    let buffer: ScalarView
    let classes: UnsafeBufferPointer<UInt8>
    let vocabulary = TopicVocabulary.shared
    let lexicon = TopicLexicon.shared
    var forms = WordFormCache()
    var scratch: [UInt8] = []
    /// What the text shows of its capitalised words, as `NameSign` bits: one table, not a
    /// set for each, as a hostile text may capitalise a million distinct words.
    var nameSigns = NameSignTable()
    /// The signs already in `nameSigns` of the keys marked last: most marks repeat one.
    private let marked = MarkedSigns()
    /// Statics read once for the reader, not at every sentence (each read checks that the
    /// static is made, a call).
    private let punctuation = WordForm.punctuation
    private let setBits = IndexList.SetBits.all
    /// `opensClause` of each ASCII unit, a bit each (units 0..<64 in the first word): worked out
    /// once, so that a mark (nearly always ASCII) is tested with a shift, not a chain of ranges.
    private let asciiOpensClause: (low: UInt64, high: UInt64)

    init(buffer: ScalarView, classes: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        self.classes = classes
        scratch.reserveCapacity(48)
        var low: UInt64 = 0, high: UInt64 = 0
        for unit in 0..<UInt16(128) where Self.opensClause(unit) {
            if unit < 64 { low |= 1 << unit } else { high |= 1 << (unit - 64) }
        }
        asciiOpensClause = (low, high)
    }

    /// Replaces `words` with the words and punctuation of `span`.
    /// Inlined into the scan, its one caller: a call a sentence, and the buffer passed and
    /// written back through the inout, cost more than the word the loop below then reloads.
    /// - Parameter heading: a headline, where capitals tell nothing; its names are decided when its story ends.
    @inline(__always)
    mutating func read(_ sentence: Sentence, tokens: TokenStore, heading: Bool, into words: inout WordBuffer) {
        // A copy, written back after: through `inout`, each word stored made the buffer's own
        // fields (where its storage is, how many words) be read again.
        var out = words
        defer { words = out }
        out.removeAll(keepingRoomFor: sentence.span.length)
        // Held in registers across the loop, not read again from `self` at every word.
        let byNumber = forms.byNumber
        let punctuation = punctuation
        // The words are stored as they are found, with nothing that depends on the words around
        // them: what does (case, names) is weighed after, over the few words it concerns. Kept
        // out of this loop, that state held registers its every word spilled and reloaded.
        tokens.scanNumbered(buffer, sentence) { token, number in
            if token.kind == .punctuation {
                // Listed for `weighCase` only when capitals after it tell little.
                out.appendMark(ScannedWord(span: token.span, form: punctuation, number: 0, ambiguousCase: false, isName: false),
                               opensClause: self.opensClause(buffer.units[token.span.start]))
                return
            }
            // A numbered word seen before (most words) is one load; number 0's entry, like that
            // of a number not seen yet, has key 0.
            var form = byNumber[number]
            if _slowPath(form.key == 0) { form = self.form(token.span, number: number) }
            out.append(ScannedWord(span: token.span, form: form, number: UInt16(truncatingIfNeeded: number),
                                   ambiguousCase: false, isName: false))
        }
        out.markLists(setBits)
        weighCase(&out, heading: heading)
    }

    /// Marks the words that stand where capitals tell little (`ScannedWord.ambiguousCase`: at the
    /// sentence start, after an opening quote or a colon, and anywhere in a headline) and those
    /// that are names, and keeps the name signs the capitalised words show: a pass over the
    /// capitalised words and the marks that open a clause only (`WordBuffer.capitalAndMarkIndices`),
    /// in text order, so the signs are marked and read in the order a pass over every word would.
    /// Inlined into `read`, its one caller: out of line, the call and the buffer's fields read
    /// again cost some thirty instructions a sentence, for a pass over a few words.
    @inline(__always)
    private mutating func weighCase(_ out: inout WordBuffer, heading: Bool) {
        if heading { out.markAllAmbiguousCase() } else { out.markAmbiguousCase(from: 0) }
        let words = out.words
        for index in out.capitalAndMarkIndices {
            let i = Int(index)
            let word = words[i]
            if word.isBreak {
                out.markAmbiguousCase(from: i + 1)
                continue
            }
            let form = word.form
            if isName(form, ambiguousCase: words[i].ambiguousCase, heading: heading) { out.markAsName(i) }
            // Words of multi-word names ("Steve Jobs", "Apple Corps") are not topic words when
            // capitalised: a capitalised word right after another marks both (the one before, when
            // shaped `.capitalized`, and this one, likewise).
            guard i > 0, TopicScanner.isCapitalizedWord(words[i - 1].form) else { continue }
            if words[i - 1].shape == .capitalized {
                marked.mark(words[i - 1].key, NameSign.seenInName, in: &nameSigns)
            }
            if form.shape == .capitalized { marked.mark(form.key, NameSign.seenInName, in: &nameSigns) }
        }
    }

    /// The form of a word not numbered, or numbered but not seen before: out of line, as few are.
    @inline(never)
    private mutating func form(_ span: TextSpan, number: Int) -> WordForm {
        forms.form(buffer.units, span, number: number) {
            WordForm.of(buffer, span, vocabulary: vocabulary, lexicon: lexicon, classes: classes, scratch: &scratch)
        }
    }

    /// An opening quote or bracket, a colon or a dash, after which capitals tell little. From
    /// the mark's unit, not its scalar: none of these lies above U+FFFF, whose unit is the
    /// astral mark (a surrogate, no scalar).
    @inline(__always)
    private static func opensClause(_ unit: UInt16) -> Bool {
        guard let c = Unicode.Scalar(unit) else { return false }
        return c.isOpeningPunctuation || c == ":" || c == "\u{2014}"
    }

    /// The same, for an ASCII unit from `asciiOpensClause`.
    @inline(__always)
    private func opensClause(_ unit: UInt16) -> Bool {
        guard unit < 128 else { return Self.opensClause(unit) }
        let bits = unit < 64 ? asciiOpensClause.low : asciiOpensClause.high
        return bits >> (unit & 63) & 1 != 0
    }

    /// Whether a capitalised word (`TopicScanner.isCapitalizedWord`: no stop word) of `form` is
    /// part of a name: capitalised or all capitals where case tells (and so marked as seen as
    /// a name), or as `TopicScanner.isName` decides where it does not.
    @inline(__always)
    private mutating func isName(_ form: WordForm, ambiguousCase: Bool, heading: Bool) -> Bool {
        if !ambiguousCase && form.shape != .mixed {
            marked.mark(form.key, NameSign.seenAsName, in: &nameSigns)
            return true
        }
        return !heading && TopicScanner.isName(shape: form.shape, key: form.key, isStop: form.isStop,
                                               isKnown: form.isKnown, zipf: form.zipf, nameSigns: nameSigns)
    }
}
