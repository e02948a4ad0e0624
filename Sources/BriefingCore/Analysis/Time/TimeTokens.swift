/// A token of a sentence with what the time and timeline stages need to know about it,
/// computed once: its lexicon entry, its number value, its case and a few endings.
struct TimeToken {
    // Kept small (32 bytes): the stages make one for every word, so the offsets, the number
    // and the digit count are stored narrow (a text is far below 2^31 scalars), and the
    // lexicon entry is a pointer into the table.
    private var start32: Int32
    private var end32: Int32
    /// `PackedWord` of a word token, 0 otherwise; the first scalar's value of a punctuation token.
    let key: UInt64
    /// The word's entry in `TimeLexicon`; the table's empty one for any other word, a
    /// number or punctuation (`LexemeTable.none`).
    let entry: UnsafePointer<Lexeme>
    private let value: Int32
    /// How many digits when the token is digits only, else 0.
    let digitCount: UInt8
    let kind: Token.Kind
    let flags: Flags

    /// - Parameter value: the number as stored, `Int32.min` for none (`Lexeme.numberValue`).
    @inline(__always)
    init(start: Int, end: Int, kind: Token.Kind, key: UInt64, entry: UnsafePointer<Lexeme>, value: Int32, digitCount: Int,
         flags: Flags) {
        self.start32 = Int32(truncatingIfNeeded: start)
        self.end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.key = key
        self.entry = entry
        self.value = value
        self.digitCount = UInt8(truncatingIfNeeded: digitCount)
        self.flags = flags
    }

    var start: Int { Int(start32) }
    var end: Int { Int(end32) }

    /// Whether the token was made from the text, or is an empty slot of a table of them
    /// (`TimeTokenBuffer.byNumber`), which ends at 0 where any token ends after its one scalar or more.
    var isMade: Bool { end32 != 0 }

    /// Moves the token to `start..<end`: another place of the same word.
    @inline(__always) mutating func place(_ start: Int, _ end: Int) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
    }

    /// The value of a token of digits only ("2008", "30"), or of a number word ("thirty").
    var number: Int? { value == Int32.min ? nil : Int(value) }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let capitalized = Flags(rawValue: 1)
        static let endsED = Flags(rawValue: 2)
        static let endsING = Flags(rawValue: 4)
        static let endsS = Flags(rawValue: 8)
        static let endsLY = Flags(rawValue: 16)
        static let hasHyphen = Flags(rawValue: 32)
        static let endsLL = Flags(rawValue: 128)
        // The four flags from 256 to 2048 are in the byte `TimeTokenBuffer` keeps a token's
        // (`TokenBits`, `TimeTokenBuffer.markStarts`): their places count.
        /// A token `TimeMatcher.match(at:)` may find an expression at: a number, an
        /// apostrophe ("'90s"), a word whose time meaning opens an expression
        /// (`TimeWord.opensExpression`) or one without a lexicon key that is hyphenated after a
        /// time word or an ordinal ("fifty-year", "mid-2011") or may be a code (two or six
        /// scalars: "Q3", "FY2008").
        /// The matcher's scan passes over the others without the call.
        static let opensTime = Flags(rawValue: 256)
        /// A word `VerbGroups.group(at:)` may find a group at: a verb, or a word ending in
        /// "'ll" or "-ed". The scan passes over the others without the call.
        static let opensGroup = Flags(rawValue: 512)
        /// One of the commonest openers ("the", "a", "in", "at", "over"), which opens an
        /// expression only before a token with `.followsOpener` (`TimeMatcher.all`); an
        /// apostrophe too, which opens one only before a number ("'90s"), never before the
        /// "s" of a possessive.
        static let commonOpener = Flags(rawValue: 1024)
        /// A token that may follow "the", an article or a preposition in an expression: a
        /// number, a word with a time meaning ("second" is one, a unit), or an apostrophe
        /// ("the '90s"). `matchThe`, `matchAmount` and `matchPrepositional` answer nil for
        /// anything else.
        static let followsOpener = Flags(rawValue: 2048)
        /// A number or a word with a time meaning: its sentence may hold a time expression
        /// (`TokenTally.hasTimeCandidate`).
        static let timeCandidate = Flags(rawValue: 4096)
        /// The word "with", after which a summary looks for names ("held talks with Vance",
        /// `EventSummary.Writer`): a sentence without one is spared the search (`TokenTally.hasWith`).
        static let with = Flags(rawValue: 8192)
        /// A token no time expression is without: a number, an apostrophe ("the '90s"), a
        /// word without a key, or a time word other than the commonest (`TimeWord.isCommon`).
        /// A sentence without one holds no expression (`TokenTally.mayHoldTime`).
        static let timeCore = Flags(rawValue: 16384)
        /// A word the verb groups and summaries pass over as an adverb (`VerbGroups.isAdverb`):
        /// a fact of the word alone, so worked out as its token is made, once for a numbered
        /// word, where it was worked out again at each of the many times a token was asked.
        static let adverb = Flags(rawValue: 64)
        /// A token an event's object stops at (`EventSummary.Writer`): punctuation other than
        /// an apostrophe or a hyphen, or a word of `WordClass.objectStop`. One test a token,
        /// without reading the word's lexeme.
        static let endsObject = Flags(rawValue: 32768)
    }

    var time: TimeWord? { entry.pointee.time }
    @inline(__always) func has(_ c: WordClass) -> Bool { entry.pointee.classes.contains(c) }
    var verb: VerbWord? { entry.pointee.verb }
    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var length: Int { end - start }
    /// A punctuation token that is this character.
    func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punctuation && key == UInt64(c.value) }

    /// A word of more than one character with no lowercase letter ("UTC", "MAY"), hyphens and
    /// apostrophes aside. Read off the text when asked: only a clock's time zone asks, so the
    /// tokens are made without it (a capitalised word's letters read again for each).
    func isAllUpper(_ text: PackedScalars) -> Bool {
        guard end - start > 1 else { return false }
        for i in start..<end {
            let v = text.units[i]
            if v >= 97 && v <= 122 { return false }
            // an astral scalar's unit is the surrogate mark, read as its scalar here
            if !(v >= 65 && v <= 90 || v == 0x2D || v == 0x27 || v == 0x2019) && text[i].isLower { return false }
        }
        return true
    }
}

enum TimeTokens {
    /// The tokens of one span of text, with lexicon entries attached.
    static func make(_ text: PackedScalars, in span: TextSpan) -> [TimeToken] {
        let buffer = TimeTokenBuffer()
        make(text, in: span, into: buffer)
        return Array(buffer.tokens)
    }

    /// The same into a buffer the caller reuses from sentence to sentence: the shared
    /// tokenizer's scan, each token turned into a `TimeToken` as it is found, with no
    /// intermediate token array (the analysis runs this for every sentence). Gives the
    /// sentence's tally, taken on the way.
    @discardableResult
    static func make(_ text: PackedScalars, in span: TextSpan, into out: TimeTokenBuffer) -> TokenTally {
        make(text, Sentence(index: -1, span: span, story: 0), TokenStore(), into: out)
    }

    /// The same for a sentence whose tokens `store` may hold.
    @discardableResult
    static func make(_ text: PackedScalars, _ sentence: Sentence, _ store: TokenStore, into out: TimeTokenBuffer) -> TokenTally {
        let byNumber = out.byNumber, byFirstUnit = out.byFirstUnit
        // The room, cursors and tally locals of the one closure, not captured from outside it,
        // and the loop left with the copy of a token made before alone (`fresh` out of line):
        // they stay in registers through it.
        let (tally, count) = text.withView { buffer -> (TokenTally, Int) in
            var tally = TokenTally()
            // a token is a scalar or more: room for as many as the span has scalars, so the
            // loop checks for none
            let room = out.room(for: sentence.span.length)
            // cursors, not an index: the index and the bytes' base each took a register
            var at = room.tokens, byte = room.bytes
            store.scanNumbered(buffer, sentence) { t, number in
                // a numbered word's token, made the first time it came; else, by its first
                // unit, ASCII punctuation's (one token in eight, which has no number), made
                // once for all, or an empty slot
                let known = number != 0 ? byNumber + number : byFirstUnit + min(Int(buffer.units[t.start]), 0x80)
                if known.pointee.isMade {
                    // copied as its bytes (a plain value): copied as a value, it went field by
                    // field, and through the stack for want of registers
                    UnsafeMutableRawPointer(at).copyMemory(from: known, byteCount: MemoryLayout<TimeToken>.size)
                    at.pointee.place(t.start, t.end)
                } else {
                    at.initialize(to: fresh(buffer, t, number, byNumber))
                }
                tally.add(at.pointee)
                byte.pointee = TimeTokenBuffer.scanByte(of: at)
                at += 1
                byte += 1
            }
            return (tally, at - room.tokens)
        }
        out.filled(count)
        var all = tally
        all.take(out.scanFlags)
        return all
    }

    /// The token of a word met for the first time, kept by its number (unless 0), or of a
    /// token without a number: the rarer case, out of the replay's loop.
    @inline(never)
    static func fresh(_ text: ScalarView, _ t: Token, _ number: Int, _ byNumber: UnsafeMutablePointer<TimeToken>) -> TimeToken {
        // Punctuation (a mark other than ASCII: those are copied, `TimeTokenBuffer.byFirstUnit`)
        // needs no table, so no check of its one-time set-up: the empty lexeme is the one the
        // token at number 0 has.
        if t.kind == .punctuation { return punctuation(text, t.start, t.end, byNumber.pointee.entry) }
        let lexicon = TimeLexicon.index
        let token = make(text, t, lexicon, lexicon.none, WordEndings.table)
        if number != 0 { byNumber[number] = token }
        return token
    }

    /// Reads the text through the view the tokenizer scans: no bounds checks, and a word's
    /// letters straight from their 16-bit units.
    @inline(__always)
    static func make(_ text: ScalarView, _ token: Token, _ lexicon: LexemeTable, _ none: UnsafePointer<Lexeme>,
                     _ endings: UnsafePointer<TimeToken.Flags>) -> TimeToken {
        let s = token.start, e = token.end
        switch token.kind {
        case .punctuation:
            return punctuation(text, s, e, none)
        case .number:
            var value = 0
            var digits = 0
            var i = s
            while i < e, text[i].isDigit, digits < 9 {
                value = value * 10 + Int(text[i].value - 48)
                digits += 1
                i += 1
            }
            let whole = i == e
            var flags: TimeToken.Flags = [.opensTime, .timeCandidate, .timeCore, .followsOpener]
            if !whole {
                var j = i
                while j < e { if text[j] == "-" { flags.insert(.hasHyphen); break }; j += 1 }
            }
            return TimeToken(start: s, end: e, kind: .number, key: 0, entry: none, value: whole ? Int32(value) : .min,
                             digitCount: whole ? digits : 0, flags: flags)
        case .word:
            let (key, flags) = plainWord(text.units, s, e, endings) ?? otherWord(text, s, e, lexicon)
            let entry = key == 0 ? none : lexicon.entry(key)
            // the word's own flags are its ending's; its lexeme's come from the table (`LexemeTable`)
            var all = flags.union(entry.pointee.tokenFlags)
            if VerbGroups.isAdverb(all, entry.pointee) { all.insert(.adverb) }
            return TimeToken(start: s, end: e, kind: .word, key: key, entry: entry, value: entry.pointee.numberValue,
                             digitCount: 0, flags: all)
        }
    }

    @inline(__always)
    static func punctuation(_ text: ScalarView, _ s: Int, _ e: Int, _ none: UnsafePointer<Lexeme>) -> TimeToken {
        punctuation(key: UInt64(text[s].value), s, e, none)
    }

    /// The token of a punctuation character: its key is the character's value.
    @inline(__always)
    static func punctuation(key: UInt64, _ s: Int, _ e: Int, _ none: UnsafePointer<Lexeme>) -> TimeToken {
        TimeToken(start: s, end: e, kind: .punctuation, key: key, entry: none, value: .min, digitCount: 0,
                  flags: key == 0x27 || key == 0x2019 ? [.opensTime, .commonOpener, .timeCore, .followsOpener]
                      : (key == 0x2D ? [] : .endsObject))
    }

    /// The key and flags of a word of ASCII letters only, at most `PackedWord.maxLetters`
    /// (most words): the key read four units at a time, the endings off its last letters
    /// (`WordEndings`). Nil for any other word.
    @inline(__always)
    static func plainWord(_ units: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int,
                          _ endings: UnsafePointer<TimeToken.Flags>) -> (UInt64, TimeToken.Flags)? {
        let n = e &- s
        guard n <= PackedWord.maxLetters, let key = PackedWord.letterKey(units, s, e) else { return nil }
        var flags: TimeToken.Flags = []
        if units[s] < 97 { flags.insert(.capitalized) }
        if n >= 3 {
            // no apostrophe, so never "'ll"
            flags.formUnion(endings[Int(key & 0x3FF)])
            if n >= 4 && key & 0x7FFF == WordEndings.ing { flags.insert(.endsING) }
        }
        return (key, flags)
    }

    /// The key and flags of any other word: apostrophes, hyphens, dots, digits, non-ASCII
    /// letters or more letters than a key holds.
    static func otherWord(_ text: ScalarView, _ s: Int, _ e: Int, _ lexicon: LexemeTable) -> (UInt64, TimeToken.Flags) {
        var flags: TimeToken.Flags = []
        if text[s].isUpper { flags.insert(.capitalized) }
        let n = e - s
        if n >= 3 {
            let a = lower(text[e - 2]), b = lower(text[e - 1])
            if a == 101 && b == 100 { flags.insert([.endsED, .opensGroup]) }
            if a == 108 && b == 121 { flags.insert(.endsLY) }
            if a == 108 && b == 108 && (text[e - 3].isApostrophe) { flags.insert([.endsLL, .opensGroup]) }
            if n >= 4 && lower(text[e - 3]) == 105 && a == 110 && b == 103 { flags.insert(.endsING) }
            if b == 115 && a != 115 { flags.insert(.endsS) }
        }
        // one pass: the packed key and hyphens
        var key: UInt64 = 0
        var letters = 0
        var packable = true
        // the key of the part before the first hyphen, as `PackedWord.pack` gives it
        var firstPart: UInt64? = nil
        let units = text.units
        for i in s..<e {
            // an astral scalar's unit is the surrogate mark, which falls to the last branch
            var v = UInt32(units[i])
            if v >= 97 && v <= 122 { // lowercase first: most letters are
            } else if v >= 65 && v <= 90 {
                v += 32
            } else if v == 0x2D {
                if firstPart == nil { firstPart = packable ? key : 0 }
                flags.insert(.hasHyphen); packable = false; continue
            } else if v == 0x27 || v == 0x2019 {
                continue
            } else {
                packable = false
                continue
            }
            letters += 1
            if letters > PackedWord.maxLetters { packable = false }
            key = (key << 5) | UInt64(v - 96)
        }
        // a word without a key may be a hyphen word whose patterns may start with its first
        // part (`TimeMatcher.hyphenWordMayOpen`) or a code the matcher reads ("Q3", "FY2008",
        // `TimeMatcher.matchCode`, two or six scalars): the matcher starts only at those, and
        // passes over any other ("long-term") without the call
        guard !packable else { return (key, flags) }
        let mayOpen = firstPart.map { TimeMatcher.hyphenWordMayOpen(firstPart: $0, lexicon) } ?? (n == 2 || n == 6)
        return (0, flags.union(mayOpen ? [.opensTime, .timeCore] : .timeCore))
    }

    @inline(__always) static func lower(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        return v >= 65 && v <= 90 ? v + 32 : v
    }
}
