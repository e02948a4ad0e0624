/// What the whole document says about a word: capitalised where capitals are not
/// forced (mid-sentence), or written in lowercase somewhere.
///
/// Words are held by a 64-bit hash in flat tables (`hash(ofKey:)`): this runs for every
/// word of the text, and `Dictionary<String, Int>` spent most of its time hashing.
struct DocumentEvidence {
    /// How often each word (by the hash of its `NameKey`) stands capitalised mid-sentence.
    private var midSentence = HashCounts()
    /// How often each word opens a sentence.
    private var initial = HashCounts()
    /// Words written in lowercase somewhere (by the hash of the word as written, ASCII
    /// lowered: a dot kept, so "e.g." is not "eg"). Only whether a word is there is asked, so
    /// its count is not kept exact: a form `forms` remembers is not counted again.
    private var lowercase = HashCounts()
    /// Capitalised words in the text: about the most candidates it can give, since each
    /// candidate starts at one.
    private(set) var capitalisedWords = 0
    /// Each word form's `LetterKey`, and whether it was counted in `lowercase`: a form met
    /// before costs a probe, not its letters packed again, and a lowercase one nothing more.
    /// The candidate reader's words go on in the same entries (`SentenceWords`), where the
    /// forms it asks about were all met here.
    let forms = WordFacts()
    /// Of each sentence added, in turn: the length of its first token when that is a word
    /// opening the sentence with a capital and no other word of it is capitalised, else
    /// `capitalsNumbered` or 0 (0 also for a word of more than 253 units); `noCapitals` when
    /// no word of it is. The candidate reader asks only about that word of such a sentence,
    /// and reads no more of one it opens with "The" or "However", nor any of one without a
    /// capital: a run starts at a capitalised word. One byte a sentence, where a sentence is 16.
    private(set) var loneOpeners = ScratchList<UInt8>()
    /// The `loneOpeners` entry of a sentence with no capitalised word.
    static let noCapitals: UInt8 = 255
    /// The `loneOpeners` entry of a sentence whose capitalised words (not one opening it
    /// alone) all have numbers: which of its words are capitalised, their shapes tell
    /// (`SentenceWords.load(_:capitalsByShape:)`), with no read of the text. 0 when one has none.
    static let capitalsNumbered: UInt8 = 254
    /// The shape of each numbered form met, and the capitals counted by number (`finish`).
    let numbered = NumberedWordTallies()
    /// The highest number met: the numbers `finish` reads are 1 up to this.
    private var highestNumber = 0

    /// Counts the words of one sentence, read from the tokenizer's scan as they come: no
    /// array of tokens is made. `view` is `scalars`' own. The capitals of the words `tokens`
    /// numbers are counted only once `finish` is called.
    mutating func add(_ view: ScalarView, _ scalars: PackedScalars, _ sentence: Sentence, tokens: TokenStore = TokenStore()) {
        // What `SentenceWords.isInitialPosition` reads back over, kept as the tokens pass
        // (`MarksSinceWord`), and where the first two marks since the last word stand (and
        // where the first ends). Those two are read in the text only before a capitalised
        // word: reading every mark's scalar, in a long document, waited for memory at most of
        // them, and most marks stand before no capitalised word.
        var marks = MarksSinceWord.sentenceStart
        var firstMarkStart = 0
        var secondMarkStart = 0
        var firstMarkEnd = 0
        // The first token's length when it is a capitalised word; 0 once another word is.
        var loneOpener = 0
        // A capitalised word with no number: its shape is not kept.
        var capitalWithoutNumber = false
        // Counted here and added once: `capitalisedWords`, a field of `self`, was stored at
        // every capitalised word, as `meet` may read it.
        var capitalised = 0
        // Read once, not again after each call that may change `self`.
        let shapes = numbered.shapes, tallies = numbered.tallies
        tokens.scanNumbered(view, sentence) { t, number in
            // A numbered word met before and not capitalised (most words of a text) asks
            // nothing more: its shape says so before its kind is asked. Shape 0 (a form not
            // met, a number, a mark, a token with no number) goes the long way below.
            let shape = shapes[number]
            if shape & (NumberedWordTallies.Shape.met | NumberedWordTallies.Shape.capitalised) == NumberedWordTallies.Shape.met {
                marks = .afterWord
                return
            }
            if t.kind == .punctuation {
                switch marks.count {
                case 0:
                    firstMarkStart = t.start
                    firstMarkEnd = t.end
                case 1:
                    secondMarkStart = t.start
                default:
                    if marks.laterOpeners && !SentenceWords.opensClause(view[t.start].value) { marks.noteLaterNonOpener() }
                }
                marks.addMark()
                return
            }
            defer { marks = .afterWord }
            guard t.kind == .word else { return }
            // A numbered form's shape, and the hash of a capitalised one, are worked out when
            // it is first met; its capitals are counted by number, folded in by `finish`.
            var hash: UInt64 = 0
            if number != 0 {
                let shape = shape != 0 ? shape : meet(view, scalars, t, number: number)
                guard shape & NumberedWordTallies.Shape.capitalised != 0 else { return }
            } else {
                guard let capitalisedHash = meetUnnumbered(view, scalars, t) else { return }
                hash = capitalisedHash
                capitalWithoutNumber = true
            }
            capitalised &+= 1
            var atStart = false
            if marks.isRightAfterWord {
                // Right after a word, no mark between (most capitalised words): mid-sentence,
                // and not the sentence's first token, told with no test below.
                loneOpener = 0
            } else {
                // Only the first token starts where the sentence does.
                loneOpener = t.start == sentence.span.start && t.span.length < Self.capitalsNumbered ? t.span.length : 0
                var onlyOpeners = marks.laterOpeners
                var firstMark: UInt32 = 0
                if marks.count > 0 {
                    firstMark = view[firstMarkStart].value
                    onlyOpeners = onlyOpeners && SentenceWords.opensClause(firstMark)
                    if marks.count > 1 && onlyOpeners { onlyOpeners = SentenceWords.opensClause(view[secondMarkStart].value) }
                }
                atStart = onlyOpeners && !marks.afterWord
                if onlyOpeners && marks.afterWord && marks.count > 0 {
                    switch firstMark {
                    case 0x3A, 0x201C, 0x2018: atStart = true
                    case 0x22, 0x27: atStart = firstMarkEnd == t.start
                    default: break
                    }
                }
            }
            if number != 0 {
                let tally = tallies + number
                if !atStart { tally.pointee.midSentence &+= 1 } else { tally.pointee.initial &+= 1 }
            } else if !atStart {
                midSentence.add(hash)
            } else {
                initial.add(hash)
            }
        }
        capitalisedWords += capitalised
        loneOpeners.append(capitalised == 0 ? Self.noCapitals
            : loneOpener > 0 ? UInt8(truncatingIfNeeded: loneOpener)
            : capitalWithoutNumber ? 0 : Self.capitalsNumbered)
    }

    /// The shape of the numbered word `t`, met for the first time: noted, with the hash of a
    /// capitalised form, and a lowercase form counted. Out of line: a form is met once.
    @inline(never)
    private mutating func meet(_ view: ScalarView, _ scalars: PackedScalars, _ t: Token, number: Int) -> UInt8 {
        highestNumber = max(highestNumber, number)
        let form = forms.entry(view.units, t.start, t.end, number: number)
        let packed = form?.pointee.letterKey ?? LetterKey.of(units: view.units, t.start, t.end)
        var shape = NumberedWordTallies.Shape.met
        if ScalarCase.isUpper(view, t.start) {
            numbered.tallies[number] = NumberedWordTallies.Tally(hash: Self.hash(packed: packed, scalars, t.span),
                                                                 midSentence: 0, initial: 0)
            shape |= NumberedWordTallies.Shape.capitalised
        } else if ScalarCase.isLower(view, t.start) {
            countLowercase(scalars, t, packed: packed, form: form)
            shape |= NumberedWordTallies.Shape.lowercase
            if (t.start + 1..<t.end).contains(where: { ScalarCase.isUpper(view, $0) }) {
                shape |= NumberedWordTallies.Shape.capitalInside
            }
        }
        // Setting bit 5 takes A-Z onto a-z, and no other unit.
        if !(t.start..<t.end).contains(where: { !(97...122).contains(view.units[$0] | 0x20) }) {
            shape |= NumberedWordTallies.Shape.asciiLetters
        }
        numbered.shapes[number] = shape
        return shape
    }

    /// The hash of the word `t`, which has no number, if it is capitalised; nil for any other,
    /// a lowercase one counted. Out of line, as `meet` is: few words have no number, and
    /// inlined, what this keeps in registers was saved and loaded again around every word.
    @inline(never)
    private mutating func meetUnnumbered(_ view: ScalarView, _ scalars: PackedScalars, _ t: Token) -> UInt64? {
        let form = forms.entry(view.units, t.start, t.end, number: 0)
        let packed = form?.pointee.letterKey ?? LetterKey.of(units: view.units, t.start, t.end)
        guard ScalarCase.isUpper(view, t.start) else {
            if ScalarCase.isLower(view, t.start) { countLowercase(scalars, t, packed: packed, form: form) }
            return nil
        }
        return Self.hash(packed: packed, scalars, t.span)
    }

    /// Counts the lowercase word `t`, whose `LetterKey` is `packed`, unless its form (`form`,
    /// if it has an entry) was counted before: only whether a word was seen is asked.
    private mutating func countLowercase(_ scalars: PackedScalars, _ t: Token, packed: UInt64,
                                         form: UnsafeMutablePointer<WordFacts.Entry>?) {
        if let form {
            if form.pointee.facts & WordFacts.countedLowercase != 0 { return }
            form.pointee.facts |= WordFacts.countedLowercase
        }
        // A packed key drops dots, which the word as written keeps: a word with a dot (its
        // letters fewer than its length) is hashed as written.
        lowercase.add(packed != 0 && LetterKey.letters(packed) == t.span.length
            ? Self.spread(packed) : WordHash.of(scalars, t.span))
    }

    /// Folds the capitals counted by number into the counts by hash: once the last sentence
    /// is added, before any count is asked.
    mutating func finish() {
        guard highestNumber > 0 else { return }
        for number in 1...highestNumber where numbered.shapes[number] & NumberedWordTallies.Shape.capitalised != 0 {
            let tally = numbered.tallies + number
            midSentence.add(tally.pointee.hash, count: Int(tally.pointee.midSentence))
            initial.add(tally.pointee.hash, count: Int(tally.pointee.initial))
            tally.pointee.midSentence = 0
            tally.pointee.initial = 0
        }
    }

    /// How often the word with this key stands capitalised, mid-sentence or not, each table's
    /// count stopping at 3 (`HashCounts`): 0 to 6, enough for the rules, which ask only
    /// whether it is none, one or more than one.
    func capitalisedCount(_ key: String) -> Int { capitalisedCount(hash: Self.hash(ofKey: key)) }

    /// `capitalisedCount` of the key with this `hash(ofKey:)`.
    func capitalisedCount(hash: UInt64) -> Int { midSentence.count(hash) + initial.count(hash) }

    /// The hash words are counted by: a key's `LetterKey` spread over the 64 bits when it
    /// packs into one (most words; packed four letters at a time, where `WordHash` takes a
    /// multiplication a letter), else its `WordHash`.
    static func hash(ofKey key: String) -> UInt64 {
        let packed = LetterKey.of(key)
        return packed != 0 ? spread(packed) : WordHash.of(key)
    }

    /// `hash(ofKey: NameKey.make(scalars, span.start, span.end))` for a word whose
    /// `LetterKey` is `packed`.
    @inline(__always) static func hash(packed: UInt64, _ scalars: PackedScalars, _ span: TextSpan) -> UInt64 {
        packed != 0 ? spread(packed) : WordHash.ofKey(scalars, span)
    }

    /// A packed key's letters moved into the top bits, which the tables tell entries by.
    @inline(__always) private static func spread(_ packed: UInt64) -> UInt64 { packed &* 0x9E37_79B9_7F4A_7C15 }

    // The rest by the key's `hash`, which callers make from the text without the key.
    func seenLowercase(hash: UInt64) -> Bool { lowercase.count(hash) > 0 }
    func capitalisedMidSentence(hash: UInt64) -> Bool { midSentence.count(hash) > 0 }
    func initialCount(hash: UInt64) -> Int { initial.count(hash) }
}

/// Counts by 64-bit hash in an open-addressing table that grows by doubling.
///
/// Each slot is six bytes: the hash's top 46 bits and a 2-bit count that stops at 3 (the
/// evidence only ever asks "none, one, several"). Six bytes a distinct word rather than
/// eight: a text of a million different words holds three such tables, and on one of
/// 440,000 distinct names the table of words capitalised mid-sentence took 8.4 MB with
/// eight-byte slots. Two words share a slot only if their hashes agree in 46 bits: about
/// one chance in 10^14 for two given words, and about one in 700 that some two of a text's
/// 440,000 distinct words do, which would then count as one (and might let a word used
/// once pass for one used twice).
///
/// The slots are memory behind a pointer, held by an object (`HashCountSlots`) that frees
/// it: in an array, each count written checked that the array was not shared, a call for
/// each capitalised word of the text. Copies share the memory, as `DocumentEvidence`'s
/// word forms are shared: a copy is for reading.
struct HashCounts {
    private let memory = HashCountSlots()

    private static let countBits: UInt64 = 2
    private static let countMask: UInt64 = (1 << countBits) - 1

    /// Inlined: called for every word of the text, and the call cost as much as the probe.
    @inline(__always) mutating func add(_ hash: UInt64) {
        let i = slot(Self.tag(hash))
        let slot = memory[i]
        if slot & Self.countMask != Self.countMask { memory[i] = slot + 1 }
    }

    /// Adds `count` to the hash's count at once, as `count` calls of `add` would (none for 0).
    mutating func add(_ hash: UInt64, count: Int) {
        guard count > 0 else { return }
        let i = slot(Self.tag(hash))
        let slot = memory[i]
        memory[i] = slot & ~Self.countMask | UInt64(min(Int(slot & Self.countMask) + count, Int(Self.countMask)))
    }

    /// The slot of `tag`, taken with a count of 0 if the tag has none (the table grown first
    /// when it is half full).
    @inline(__always) private mutating func slot(_ tag: UInt64) -> Int {
        if (memory.used + 1) * 2 > memory.capacity { grow() }
        let mask = memory.capacity - 1
        var i = hashSlot(tag, mask)
        var slot = memory[i]
        while slot != 0 && slot & ~Self.countMask != tag {
            i = (i + 1) & mask
            slot = memory[i]
        }
        if slot == 0 {
            memory[i] = tag
            memory.used += 1
        }
        return i
    }

    func count(_ hash: UInt64) -> Int {
        let tag = Self.tag(hash)
        let mask = memory.capacity - 1
        var i = hashSlot(tag, mask)
        var slot = memory[i]
        while slot != 0 {
            if slot & ~Self.countMask == tag { return Int(slot & Self.countMask) }
            i = (i + 1) & mask
            slot = memory[i]
        }
        return 0
    }

    /// The hash's top 46 bits, above the count's bits, which are clear; never 0, which marks
    /// an empty slot.
    @inline(__always) private static func tag(_ hash: UInt64) -> UInt64 {
        let tag = hash >> 16 & ~countMask
        return tag == 0 ? 1 << countBits : tag
    }

    private func grow() {
        let old = memory.take(2 * memory.capacity)
        let mask = memory.capacity - 1
        for k in 0..<old.capacity {
            let slot = old[k]
            guard slot != 0 else { continue }
            var i = hashSlot(slot & ~Self.countMask, mask)
            while memory[i] != 0 { i = (i + 1) & mask }
            memory[i] = slot
        }
    }
}

/// The memory of `HashCounts`: `capacity` six-byte slots (a power of two), 0 for an empty
/// one, of which `used` are taken.
///
/// A slot is read as the low 48 bits of the `UInt64` at its first byte (unaligned: the
/// platform is little-endian, which `init` checks), and written by storing that `UInt64`
/// back with the next slot's two bytes as they were: two spare bytes after the last slot
/// keep its read in the memory.
#if _endian(big)
#error("HashCountSlots reads its slots as little-endian words")
#endif
final class HashCountSlots {
    private(set) var memory: UnsafeMutableRawPointer
    private(set) var capacity: Int
    var used = 0

    private static let slotBytes = 6
    private static let slotMask: UInt64 = (1 << 48) - 1

    init() {
        capacity = 256
        memory = Self.allocate(capacity)
    }

    private init(taking other: HashCountSlots) {
        memory = other.memory
        capacity = other.capacity
        used = other.used
    }

    deinit { memory.deallocate() }

    @inline(__always) subscript(_ i: Int) -> UInt64 {
        get { memory.loadUnaligned(fromByteOffset: i &* Self.slotBytes, as: UInt64.self) & Self.slotMask }
        set {
            let offset = i &* Self.slotBytes
            let word = memory.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            memory.storeBytes(of: word & ~Self.slotMask | newValue, toByteOffset: offset, as: UInt64.self)
        }
    }

    /// New memory of `capacity` empty slots in place of the old, which is handed back in an
    /// object of its own (freed with it); `used` left as it was.
    func take(_ capacity: Int) -> HashCountSlots {
        let old = HashCountSlots(taking: self)
        self.capacity = capacity
        memory = Self.allocate(capacity)
        return old
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutableRawPointer {
        let bytes = capacity * slotBytes + 2
        let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 8)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        return memory
    }
}
