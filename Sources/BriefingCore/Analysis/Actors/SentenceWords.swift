/// The tokens of one sentence with the word tests the actor stages ask for again and again.
///
/// Strings are made only for the tokens a rule looks at (capitalised words and their
/// neighbours), never per character.
/// Copies share the memory of the tokens, packed keys and word lists: a copy is read only until
/// the next `load`.
struct SentenceWords {
    let scalars: PackedScalars
    /// The sentence's tokens, in `memory`.
    private(set) var tokens: UnsafeBufferPointer<Token>
    private(set) var sentence = 0

    /// `LetterKey` of each word's key, packed from the scalars the first time it is asked for
    /// (`unknown` before): the word lists are asked about the same tokens again and again,
    /// and a lookup by packed key makes no string. Most words are never asked about, so
    /// none is packed ahead. In `memory`, written through the pointer by the non-mutating
    /// lookups.
    private var letterKeys: UnsafeMutablePointer<UInt64>
    /// The `WordLists` of each token's key, looked up the first time a rule asks (`unknown`
    /// before), in `memory` as the keys are.
    private var wordLists: UnsafeMutablePointer<UInt64>
    /// Each token's number in the store (`WordNumbering`; 0 for none), which finds its form.
    private var numbers: UnsafeMutablePointer<UInt64>
    /// A bit a token, 64 to a word (token `i` at bit `i % 64` of word `i / 64`): set for a
    /// capitalised word (`isCapitalised`). Worked out as `load` reads the tokens, with no
    /// branch on the token: the run finder looks for the next capitalised word from every
    /// token, and testing each token's kind and shape in turn mispredicted on real text.
    private var capitals: UnsafeMutablePointer<UInt64>
    /// Holds the four columns above, and the objects every sentence's words share (the
    /// store, the word forms, the shapes). One object, not one each: the words are passed
    /// to the rules by value, and each copy retained every object it held.
    private let memory: SentenceWordsMemory
    /// By number, the shape of each word form the evidence pass met (`NumberedWordTallies`):
    /// whether a word is capitalised, lowercase or all letters, answered without reading
    /// the text. 0 for a form not met, and for number 0, whose words are read in the text.
    private let shapes: UnsafePointer<UInt8>
    private static let unknown = UInt64.max

    /// No sentence yet: `load` reads each in turn, through `store`. `forms` and `tallies`:
    /// the document's, when another pass has met its words through the same store
    /// (`DocumentEvidence.forms` and `numbered`).
    init(_ scalars: PackedScalars, tokens store: TokenStore = TokenStore(), forms: WordFacts = WordFacts(),
         tallies: NumberedWordTallies = NumberedWordTallies()) {
        self.scalars = scalars
        memory = SentenceWordsMemory(store: store, forms: forms, tallies: tallies)
        shapes = UnsafePointer(tallies.shapes)
        (numbers, letterKeys, wordLists, capitals) = memory.columns
        tokens = UnsafeBufferPointer(start: memory.tokens, count: 0)
    }

    /// Reads one sentence into the arrays the one before it used, so a document's
    /// sentences cost no allocation each. `capitalsByShape`: each of the sentence's
    /// capitalised words has a number whose shape the evidence pass noted
    /// (`DocumentEvidence.capitalsNumbered`), so the shapes tell which words are capitalised.
    mutating func load(_ sentence: Sentence, capitalsByShape: Bool = false) {
        self.sentence = sentence.index
        warmth ^= scalars.touchLines(sentence.span)
        // A sentence has no more tokens than scalars.
        memory.reserve(sentence.span.length)
        (numbers, letterKeys, wordLists, capitals) = memory.columns
        tokens = UnsafeBufferPointer(start: memory.tokens, count: readTokens(sentence))
        markCapitals(byShape: capitalsByShape)
    }

    /// Decodes the sentence's tokens into `memory.tokens` and their numbers into `numbers`;
    /// returns how many. Not mutating, as the text's view is made here: made in the mutating
    /// `load`, it retained and released both arrays of the text at every sentence.
    private func readTokens(_ sentence: Sentence) -> Int {
        let numbers = numbers, store = memory.store, column = memory.tokens
        var n = 0
        scalars.withView { view in
            store.scanNumbered(view, sentence) { token, number in
                (column + n).initialize(to: token)
                numbers[n] = UInt64(truncatingIfNeeded: number)
                n &+= 1
            }
        }
        return n
    }

    /// The sentences' text lines read ahead (`PackedScalars.touchLines`), combined: kept
    /// only so that the reads are made. The run finder and the candidate reader read the
    /// text at a few tokens of each sentence, and in a long document the text left the cache
    /// long ago (the evidence pass read it; word facts come by number, not from the text):
    /// at 100 MB, each of those reads waiting for memory in turn was a third of the run
    /// finder's time.
    private var warmth: UInt16 = 0

    /// Holds only the sentence's first token, a word of `length` units, as if it were the
    /// sentence: enough for the questions asked about it alone (`CandidateReader.opensNothing`).
    mutating func load(_ sentence: Sentence, firstWordLength length: Int) {
        self.sentence = sentence.index
        let start = sentence.span.start
        (numbers, letterKeys, wordLists, capitals) = memory.columns
        memory.tokens.initialize(to: Token(span: TextSpan(start, start + length), kind: .word))
        tokens = UnsafeBufferPointer(start: memory.tokens, count: 1)
        letterKeys[0] = Self.unknown
        wordLists[0] = Self.unknown
        numbers[0] = UInt64(truncatingIfNeeded: memory.store.firstNumber(sentence))
        capitals[0] = firstCapitalBit()
    }

    /// `capitalBit` of the first token: not mutating, as `readTokens` is not.
    private func firstCapitalBit() -> UInt64 {
        scalars.withView { UInt64(Self.capitalBit($0, tokens[0])) }
    }

    /// Sets the bits of `capitals`, from the shapes by number when `byShape` (two loads in
    /// tables the pass reads anyway, no unit of the text, no branch), else from the text.
    private func markCapitals(byShape: Bool) {
        if byShape {
            let numbers = numbers, shapes = shapes
            markCapitals { j in shapes[Int(truncatingIfNeeded: numbers[j])] & NumberedWordTallies.Shape.capitalised }
        } else {
            let tokens = tokens
            scalars.withView { view in markCapitals { j in Self.capitalBit(view, tokens[j]) << 1 } }
        }
    }

    /// Sets the bits of `capitals` from the tokens, 64 at a time, a token's bit set where
    /// `capital(j)` gives `Shape.capitalised` (2; 0 for none), and each token's packed key
    /// and word lists to `unknown`: a loop of its own, as the tokens' loop above keeps more
    /// in registers than it has room for, and one for the three (two fills of their own were
    /// a call each a sentence).
    @inline(__always) private func markCapitals(_ capital: (Int) -> UInt8) {
        let capitals = capitals, letterKeys = letterKeys, wordLists = wordLists, count = tokens.count
        var k = 0
        while k < count {
            let end = min(k &+ 64, count)
            var bits: UInt64 = 0
            for j in k..<end {
                bits |= UInt64(capital(j) >> 1) << (j & 63)
                letterKeys[j] = Self.unknown
                wordLists[j] = Self.unknown
            }
            capitals[k >> 6] = bits
            k = end
        }
    }

    /// 1 for a word starting with a capital letter, 0 for any other token: a mark or a number
    /// starts with no ASCII letter, so only a first unit past ASCII asks the kind (and takes a
    /// branch). Read from the text, whose lines `load` has read ahead, rather than the form's
    /// shape: that took a load more, by number.
    @inline(__always) private static func capitalBit(_ view: ScalarView, _ token: Token) -> UInt8 {
        let unit = view.units[token.start]
        if _slowPath(unit >= 128) { return token.kind == .word && ScalarCase.isUpper(view, token.start) ? 1 : 0 }
        return unit &- 65 < 26 ? 1 : 0
    }

    /// The lists of `WordLists` that hold token `i`'s key.
    @inline(__always) func lists(_ i: Int) -> WordLists {
        precondition(indexesToken(i))
        let known = wordLists[i]
        return WordLists(rawValue: known != Self.unknown ? known : lookUpLists(i))
    }

    /// Nearly every word asked about has a number, and its form's entry holds its lists:
    /// read here with no call, in registers the caller need not save; any other word out
    /// of line (`lookUpFormLists`), which saved them at every call.
    private func lookUpLists(_ i: Int) -> UInt64 {
        if let form = numberedForm(i), form.pointee.facts & WordFacts.listsKnown != 0 {
            if letterKeys[i] == Self.unknown { letterKeys[i] = form.pointee.letterKey }
            let bits = form.pointee.facts & WordFacts.listBits
            wordLists[i] = bits
            return bits
        }
        return lookUpFormLists(i)
    }

    /// `lookUpLists` of a word whose form's lists are not known yet, or that has no number.
    @inline(never)
    private func lookUpFormLists(_ i: Int) -> UInt64 {
        let t = tokens[i]
        let form = t.kind != .word ? nil : scalars.units.withUnsafeBufferPointer { entry(i, $0) }
        // The form's key, found by the probe above, spares `letterKey` a probe of its own.
        if let form, letterKeys[i] == Self.unknown { letterKeys[i] = form.pointee.letterKey }
        let bits: UInt64
        if let form, form.pointee.facts & WordFacts.listsKnown != 0 {
            bits = form.pointee.facts & WordFacts.listBits
        } else {
            let packed = letterKey(i)
            bits = (packed != 0 ? WordLists.table[letterKey: packed] : WordLists.table[key(i)]) ?? 0
            form?.pointee.facts |= bits | WordFacts.listsKnown
        }
        wordLists[i] = bits
        return bits
    }

    /// The entry of word `i`'s form in the document's `WordFacts`, where its facts as a
    /// one-word name are kept (`NameFactsMemo`); nil for a word whose form has none.
    /// Inlined: a name's facts are found by it (`NameFactsMemo.facts`), and a call, with its
    /// copy of the words, cost more than the lookup by number.
    @inline(__always) func formEntry(_ i: Int) -> UnsafeMutablePointer<WordFacts.Entry>? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        return scalars.units.withUnsafeBufferPointer { entry(i, $0) }
    }

    /// The entry of word `i`'s form when it has a number and the entry is made (`WordFacts.madeEntry`).
    @inline(__always) private func numberedForm(_ i: Int) -> UnsafeMutablePointer<WordFacts.Entry>? {
        tokens[i].kind == .word ? memory.forms.madeEntry(number: number(i)) : nil
    }

    /// `forms`' entry of token `i`, a word.
    @inline(__always) private func entry(_ i: Int, _ units: UnsafeBufferPointer<UInt16>) -> UnsafeMutablePointer<WordFacts.Entry>? {
        memory.forms.entry(units, tokens[i].start, tokens[i].end, number: Int(truncatingIfNeeded: numbers[i]))
    }

    /// `WordFacts.name(_:)` of `entry`, one of `formEntry`'s.
    func oneWordName(_ entry: UnsafeMutablePointer<WordFacts.Entry>) -> NameFacts? { memory.forms.name(entry) }

    /// `WordFacts.keep(_:_:)` of `entry`, one of `formEntry`'s.
    func keepOneWordName(_ facts: NameFacts, _ entry: UnsafeMutablePointer<WordFacts.Entry>) { memory.forms.keep(facts, entry) }

    /// The `LetterKey` of token `i`'s key, 0 for a token that is no word or does not pack.
    @inline(__always) private func letterKey(_ i: Int) -> UInt64 {
        precondition(indexesToken(i))
        let known = letterKeys[i]
        return known != Self.unknown ? known : packLetterKey(i)
    }

    /// From the form's entry when the word has a number (nearly every word), with no call
    /// and no register saved, as `lookUpLists` does; any other out of line (`packFormLetterKey`).
    private func packLetterKey(_ i: Int) -> UInt64 {
        if let form = numberedForm(i) {
            let packed = letterKey(i, of: form)
            letterKeys[i] = packed
            return packed
        }
        return packFormLetterKey(i)
    }

    /// The `LetterKey` of word `i` from its form's entry, and the form's lists too when
    /// known: `lists` then costs no probe of its own.
    @inline(__always) private func letterKey(_ i: Int, of form: UnsafeMutablePointer<WordFacts.Entry>) -> UInt64 {
        let facts = form.pointee.facts
        if facts & WordFacts.listsKnown != 0 { wordLists[i] = facts & WordFacts.listBits }
        return form.pointee.letterKey
    }

    /// `packLetterKey` of a token that is no word, or a word with no number or no entry yet.
    @inline(never)
    private func packFormLetterKey(_ i: Int) -> UInt64 {
        let t = tokens[i]
        guard t.kind == .word else {
            letterKeys[i] = 0
            return 0
        }
        // Through a buffer pointer: indexing the array checked bounds at every letter.
        let packed = scalars.units.withUnsafeBufferPointer { units in
            guard let form = entry(i, units) else { return LetterKey.of(units: units, t.start, t.end) }
            return letterKey(i, of: form)
        }
        letterKeys[i] = packed
        return packed
    }

    var count: Int { tokens.count }

    /// Word `i`'s number in the store (`WordNumbering`), 0 for none.
    @inline(__always) func number(_ i: Int) -> Int { Int(truncatingIfNeeded: numbers[i]) }

    // The small tests below (and the list tests further down) are inlined: the rules ask
    // them of most tokens, several times each, and the call cost as much as the test.
    @inline(__always) func isWord(_ i: Int) -> Bool { indexesToken(i) && tokens[i].kind == .word }

    /// `i` is the index of one of the sentence's tokens: one unsigned comparison, where a
    /// negative index reads as past the end (two comparisons and two branches as
    /// `i >= 0 && i < count`, in tests the rules make of most tokens).
    @inline(__always) func indexesToken(_ i: Int) -> Bool { UInt(bitPattern: i) < UInt(bitPattern: tokens.count) }

    /// The shape of word `i`'s form (`NumberedWordTallies.Shape`), 0 when not known.
    @inline(__always) private func shape(_ i: Int) -> UInt8 { shapes[Int(truncatingIfNeeded: numbers[i])] }

    /// A word starting with a capital letter.
    @inline(__always) func isCapitalised(_ i: Int) -> Bool {
        indexesToken(i) && capitals[i >> 6] >> (i & 63) & 1 != 0
    }

    /// Capitalised and two or more ASCII letters, nothing else (most names), as its shape
    /// tells: false when the shape is not known, whatever the word.
    @inline(__always) func isCapitalisedLetters(_ i: Int) -> Bool {
        let both = NumberedWordTallies.Shape.capitalised | NumberedWordTallies.Shape.asciiLetters
        return isWord(i) && shape(i) & both == both && tokens[i].span.length > 1
    }

    @inline(__always) func isLowercase(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let shape = shape(i)
        return shape != 0 ? shape & NumberedWordTallies.Shape.lowercase != 0 : ScalarCase.isLower(scalars, tokens[i].start)
    }

    /// Two or more letters, all capitals ("EU", "NATO", "U.S").
    func isAcronym(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        var letters = 0
        for k in tokens[i].span.range where ScalarCase.isLetter(scalars, k) {
            if !ScalarCase.isUpper(scalars, k) { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The first capitalised word at `i` or after it, `count` if there is none: found in the
    /// bits of `capitals`, 64 tokens at a time.
    @inline(__always) func firstCapitalised(from i: Int) -> Int {
        TokenBits(words: UnsafePointer(capitals), count: tokens.count).next(from: max(i, 0))
    }

    /// Nothing but ASCII letters: no digit, apostrophe, hyphen or dot. Inlined: the run
    /// finder asks it of every capitalised word.
    @inline(__always) func isASCIILetters(_ i: Int) -> Bool {
        let shape = shape(i)
        if shape != 0 { return shape & NumberedWordTallies.Shape.asciiLetters != 0 }
        let t = tokens[i]
        // From the packed key, which the rules ask for anyway: it drops dots and packs
        // nothing but ASCII letters, up to 12 of them.
        let packed = letterKey(i)
        if packed != 0 { return LetterKey.letters(packed) == t.span.length }
        return scalars.units.withUnsafeBufferPointer { units in
            // Setting bit 5 takes A-Z onto a-z, and no other unit.
            for k in t.start..<t.end where !(97...122).contains(units[k] | 0x20) { return false }
            return true
        }
    }

    /// Inlined, the answer from the shape: the product test asks about the word after most
    /// names, and a call cost more than the test.
    @inline(__always) func hasDigit(_ i: Int) -> Bool {
        // A form of ASCII letters alone, as its shape tells, has none: reading its units cost
        // a loop over them.
        if shape(i) & NumberedWordTallies.Shape.asciiLetters != 0 { return false }
        return unitsHaveDigit(i)
    }

    /// `hasDigit` of a word whose shape does not rule a digit out.
    private func unitsHaveDigit(_ i: Int) -> Bool {
        let t = tokens[i]
        // A unit from 48 to 57 is an ASCII digit, and no other unit falls among them.
        return scalars.units.withUnsafeBufferPointer { units in
            units[t.start..<t.end].contains { $0 &- 48 < 10 }
        }
    }

    /// A dot among the units of token `i` ("U.S"): read through a pointer, where the scalars'
    /// generic `contains` cost some hundred instructions a word.
    func hasDot(_ i: Int) -> Bool {
        let t = tokens[i]
        return scalars.units.withUnsafeBufferPointer { units in units[t.start..<t.end].contains(0x2E) }
    }

    /// A lowercase word with a capital letter after its first unit ("iPod"), as its shape
    /// tells when known: the product test asks about the word before most names, so the
    /// shape's answer is inlined, and only a word without one read out of line.
    @inline(__always) func hasCapitalInside(_ i: Int) -> Bool {
        guard isLowercase(i) else { return false }
        let shape = shape(i)
        if shape != 0 { return shape & NumberedWordTallies.Shape.capitalInside != 0 }
        return unitsHaveCapitalInside(i)
    }

    /// `hasCapitalInside` of a lowercase word whose shape is not known.
    private func unitsHaveCapitalInside(_ i: Int) -> Bool {
        tokens[i].span.range.dropFirst().contains { ScalarCase.isUpper(scalars, $0) }
    }

    /// The single punctuation character at `i`, if that is what it is.
    @inline(__always) func punct(_ i: Int) -> Unicode.Scalar? {
        guard indexesToken(i), tokens[i].kind == .punctuation else { return nil }
        return scalars[tokens[i].start]
    }

    func text(_ i: Int) -> String { SourceText.string(scalars, tokens[i].span) }

    /// Lowercased, dots dropped. Made at each call: the rules ask most questions through the
    /// packed keys, and making every capitalised word's key ahead (and dropping the array of
    /// them) cost more than making the few asked for again.
    func key(_ i: Int) -> String {
        NameKey.make(scalars, tokens[i].start, tokens[i].end)
    }

    /// The key of a lowercase word, or nil when `i` is not one.
    func lowerKey(_ i: Int) -> String? { isLowercase(i) ? key(i) : nil }

    /// Whether `list` (one of `WordLists`) holds `key(i)`.
    @inline(__always) func key(_ i: Int, isIn list: WordLists) -> Bool { lists(i).contains(list) }

    /// `RoleReader.wordClass(key(i))`.
    @inline(__always) func wordClass(_ i: Int) -> RoleReader.WordClass { lists(i).wordClass }

    /// `map[key(i)]`, without making the key when it packs into a `LetterKey`. The lookups
    /// below branch on the packed key rather than hand the table a closure making the
    /// string: the closure took a copy of the words, retaining and releasing their arrays.
    func key<Value>(_ i: Int, in map: WordMap<Value>) -> Value? {
        let packed = letterKey(i)
        return packed != 0 ? map[letterKey: packed] : map[key(i)]
    }

    /// `lowerKey(i).map(list.contains) ?? false`, without making the key.
    @inline(__always) func lowerKey(_ i: Int, isIn list: WordLists) -> Bool { isLowercase(i) && key(i, isIn: list) }

    /// The first unit of token `i`, ASCII capitals lowered: an ASCII letter here is the first
    /// letter of its key, which `key(_:is:)` compares first. (Any other unit tells nothing:
    /// the key of a word starting with it may start otherwise.)
    @inline(__always) func lowerInitial(_ i: Int) -> UInt16 { scalars.units[tokens[i].start] | 0x20 }

    /// `key(i) == word` for a lowercase ASCII `word`, without making the key. A static
    /// string: its key is packed from its bytes, with no string made.
    @inline(__always) func key(_ i: Int, is word: StaticString) -> Bool {
        // The first letter first, read from the text: most words asked about are not `word`,
        // and telling so costs no key (`lowerInitial`).
        let first = lowerInitial(i)
        if first &- 97 < 26 && first != word.withUTF8Buffer({ UInt16($0.first ?? 0) }) { return false }
        let packed = letterKey(i)
        return packed != 0 ? packed == LetterKey.of(word) : key(i) == word.description
    }

    /// `lowerKey(i) == word` for a lowercase ASCII `word`, without making the key. Inlined,
    /// as `key(_:is:)` is, so that the literal's key is packed by the compiler, not at each call.
    @inline(__always) func lowerKey(_ i: Int, is word: StaticString) -> Bool { isLowercase(i) && key(i, is: word) }

    /// `Gazetteer.shared.commonWords.contains(key(i))`, without making the key when it packs
    /// into a `LetterKey`.
    func isCommonWord(_ i: Int) -> Bool {
        let packed = letterKey(i)
        guard packed != 0 else { return Gazetteer.shared.commonWords.contains(key(i)) }
        // The key made from the packed letters: a closure making it from the token took a
        // copy of the words.
        return memory.commonWordAnswers.answer(packed) { Gazetteer.shared.commonWords.contains(LetterKey.word(packed)) }
    }

    /// `DocumentEvidence.hash(ofKey: key(i))`, without making the key when the word is ASCII.
    func keyHash(_ i: Int) -> UInt64 { DocumentEvidence.hash(packed: letterKey(i), scalars, tokens[i].span) }

    /// `NameTables.fixedIndex(key(i))`, without making the key when it packs into a `LetterKey`.
    func fixedIndex(_ i: Int) -> Int32? {
        let packed = letterKey(i)
        return packed != 0 ? NameTables.fixedIndex(letterKey: packed) : NameTables.fixedIndex(key(i))
    }

    /// `Gazetteer.shared.isGivenName(key(i))`, without making the key.
    func isGivenName(_ i: Int) -> Bool {
        key(i, isIn: .givenNames) && key(i, in: Gazetteer.shared.places) == nil
    }

    /// `Gazetteer.shared.demonym(key(i))`, without making the key when it packs into a `LetterKey`.
    func demonym(_ i: Int) -> String? {
        let packed = letterKey(i)
        return packed >> 5 != 0 ? Gazetteer.shared.demonym(packed: packed) : Gazetteer.shared.demonym(key(i))
    }

    /// "'s" (or a bare "'" after a plural) right after token `i`. Inlined: the run finder
    /// asks it after most of its words, and most have no apostrophe after them.
    @inline(__always) func possessiveLength(after i: Int) -> Int {
        guard let p = punct(i + 1), p.isApostrophe, tokens[i + 1].start == tokens[i].end else { return 0 }
        if isWord(i + 2), tokens[i + 2].start == tokens[i + 1].end, key(i + 2, is: "s") { return 2 }
        return 1
    }

    /// No blank line between the two tokens.
    func sameBlock(_ a: Int, _ b: Int) -> Bool {
        // Two line breaks take two scalars: most tokens are one space apart.
        if tokens[b].start - tokens[a].end < 2 { return true }
        var breaks = 0
        for k in tokens[a].end..<tokens[b].start where scalars[k].isLineBreak {
            breaks += 1
            if breaks > 1 { return false }
        }
        return true
    }

    /// Whether the sentence has no word or number but this one ("Dadvlw.").
    func isOnlyWord(_ i: Int) -> Bool {
        for (k, t) in tokens.enumerated() where k != i && t.kind != .punctuation { return false }
        return true
    }

    /// Written where any word would be capitalised: first in the sentence, or after an
    /// opening quote, a colon or a dash. Inlined, the answer for a word after a word (most):
    /// out of line, each call from the reader took a copy of the words to pass them.
    @inline(__always) func isInitialPosition(_ i: Int) -> Bool {
        // The first word (most calls that get past a word before) is in initial position,
        // with no call.
        if i <= 0 { return true }
        if i <= tokens.count && tokens[i - 1].kind != .punctuation { return false }
        return isInitialPositionAfterMark(i)
    }

    /// `isInitialPosition` of a word after a mark (the first word is answered inline).
    private func isInitialPositionAfterMark(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, let p = punct(k) {
            guard Self.opensClause(p.value) else { return false }
            k -= 1
        }
        if k < 0 { return true }
        // After a colon or quote inside the sentence.
        if k + 1 < i, let p = punct(k + 1) {
            switch p.value {
            case 0x3A, 0x201C, 0x2018: return true
            case 0x22, 0x27: return tokens[k + 1].end == tokens[i].start
            default: return false
            }
        }
        return false
    }

    /// Marks after which a word is written as if first in the sentence: quotes, brackets,
    /// a colon, a bullet.
    @inline(__always) static func opensClause(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x201C, 0xAB, 0x3A, 0x2022, 0x2A: return true
        default: return false
        }
    }
}

/// Letter and case tests of the text's scalars, the non-ASCII case out of line: inlined,
/// `Unicode.Scalar.Properties` cost each function using them a type-metadata lookup at
/// every call, ASCII or not, and they run for most words of the text.
enum ScalarCase {
    @inline(__always) static func isUpper(_ scalars: PackedScalars, _ k: Int) -> Bool {
        let unit = scalars.units[k]
        return unit < 128 ? unit &- 65 < 26 : isUpper(scalars[k])
    }

    @inline(__always) static func isLower(_ scalars: PackedScalars, _ k: Int) -> Bool {
        let unit = scalars.units[k]
        return unit < 128 ? unit &- 97 < 26 : isLower(scalars[k])
    }

    @inline(__always) static func isLetter(_ scalars: PackedScalars, _ k: Int) -> Bool {
        let unit = scalars.units[k]
        return unit < 128 ? (unit | 0x20) &- 97 < 26 : isLetter(scalars[k])
    }

    /// `isUpper(scalars, k)` through the scalars' view, for a loop inside `withView`.
    @inline(__always) static func isUpper(_ view: ScalarView, _ k: Int) -> Bool {
        let unit = view.units[k]
        return unit < 128 ? unit &- 65 < 26 : isUpper(view[k])
    }

    /// `isLower(scalars, k)` through the scalars' view.
    @inline(__always) static func isLower(_ view: ScalarView, _ k: Int) -> Bool {
        let unit = view.units[k]
        return unit < 128 ? unit &- 97 < 26 : isLower(view[k])
    }

    @inline(never) private static func isUpper(_ s: Unicode.Scalar) -> Bool { s.isUpper }
    @inline(never) private static func isLower(_ s: Unicode.Scalar) -> Bool { s.isLower }
    @inline(never) private static func isLetter(_ s: Unicode.Scalar) -> Bool { s.isLetter }
}

/// A cheap hash of a word's lowercased scalars, so "have we seen it in lowercase" costs no String.
enum WordHash {
    @inline(__always) static func of(_ scalars: PackedScalars, _ span: TextSpan) -> UInt64 {
        var h = seed
        for k in span.range { h = step(h, scalars[k]) }
        return h
    }

    /// `of(NameKey.make(scalars, span.start, span.end))`, without the string when the word is ASCII.
    static func ofKey(_ scalars: PackedScalars, _ span: TextSpan) -> UInt64 {
        var h = seed
        for k in span.range {
            let scalar = scalars[k]
            if scalar.value >= 0x80 { return of(NameKey.make(scalars, span.start, span.end)) }
            if scalar != "." { h = step(h, scalar) }
        }
        return h
    }

    static func of(_ word: String) -> UInt64 {
        // ASCII through a pointer to the UTF-8, where a byte is its scalar.
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var h = seed
            for byte in bytes {
                if byte >= 0x80 { return nil }
                h = step(h, Unicode.Scalar(byte))
            }
            return h
        }
        if let h = ascii ?? nil { return h }
        var h = seed
        for scalar in word.unicodeScalars { h = step(h, scalar) }
        return h
    }

    private static let seed: UInt64 = 0xcbf29ce484222325

    /// FNV-1a over the scalar, ASCII capitals lowered and the curly apostrophe made straight.
    @inline(__always) private static func step(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var v = scalar.value
        if v >= 65 && v <= 90 { v |= 0x20 }
        if v == 0x2019 { v = 0x27 }
        return (h ^ UInt64(v)) &* 0x100000001b3
    }
}
