/// A sentence's tokens, in memory kept from sentence to sentence: `TimeTokens.make` writes
/// them into room made for the sentence before it starts, with no check at each token (an
/// array's append also checked it was unique, through a call that made the loop save its
/// registers at every token), and the stages read them as an `UnsafeBufferPointer`, without
/// bounds checks.
///
/// With each token it keeps the byte of its flags from `.opensTime` to `.endsObject`
/// (`scan`), from which it marks, once the sentence is made, where the matcher and the verb
/// groups look (`timeStarts`, `groupStarts`), and gathers the sentence's flags for its tally
/// (`scanFlags`).
///
/// It also keeps, by word number (`WordNumbering`), the token each numbered word made the
/// first time, so a word met again is copied rather than worked out: a buffer serves the
/// sentences of one store.
final class TimeTokenBuffer {
    private var base: UnsafeMutablePointer<TimeToken>
    private var capacity: Int
    private var count = 0
    /// A byte a token, `capacity + 16` of them: the 16 after the last token are zero once
    /// the starts are marked, so `markStarts` reads eight bytes at a time past it.
    private var scan: UnsafeMutablePointer<UInt8>
    /// The starts' words, `capacity / 64 + 1` each.
    private var timeWords: UnsafeMutablePointer<UInt64>
    private var groupWords: UnsafeMutablePointer<UInt64>
    /// By word number, the word's token (at offset 0), or an empty slot (`TimeToken.isMade`)
    /// where none is made yet, and always at 0: a token without a number takes the same test
    /// as a word not yet made.
    let byNumber: UnsafeMutablePointer<TimeToken>
    /// For a token without a number, by its first unit (128 for any unit above 127): the
    /// token of an ASCII punctuation mark (at offset 0), copied as a known word's is from
    /// `byNumber`, or an empty slot. The tokenizer makes a token of one ASCII unit that is no
    /// letter, digit or space a punctuation mark, and never starts a word or number with one
    /// (`Tokenizer.scan`), so the first unit tells a mark from the others.
    let byFirstUnit: UnsafeMutablePointer<TimeToken>
    /// The sentences' text lines read ahead (`readAhead`), combined: kept only so that the
    /// reads are made.
    private var warmth: UInt16 = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        scan = .allocate(capacity: self.capacity + 16)
        timeWords = .allocate(capacity: self.capacity / 64 + 1)
        groupWords = .allocate(capacity: self.capacity / 64 + 1)
        let none = TimeLexicon.index.none
        byNumber = WordNumbering.table(repeating: TimeToken(start: 0, end: 0, kind: .punctuation, key: 0, entry: none,
                                                            value: .min, digitCount: 0, flags: []))
        byFirstUnit = .allocate(capacity: 129)
        for unit in 0...128 {
            let isMark = unit < 128 && !ASCIIUnit.isLetterOrDigit(UInt16(unit)) && !ASCIIUnit.isSpace(UInt16(unit))
            (byFirstUnit + unit).initialize(to: isMark ? TimeTokens.punctuation(key: UInt64(unit), 0, 1, none) : byNumber.pointee)
        }
    }

    deinit {
        base.deallocate()
        scan.deallocate()
        timeWords.deallocate()
        groupWords.deallocate()
        byNumber.deallocate()
        byFirstUnit.deallocate()
    }

    /// Reads the text lines of the sentence after `i` into the cache (`PackedScalars.touchLines`),
    /// and at the first sentence its own too: called before sentence `i` is made. Every
    /// sentence's marks are read from the text, and in a long document each such read
    /// otherwise waited for memory in turn; read a sentence ahead, the wait overlaps the
    /// work on the sentence before instead of holding up its own.
    func readAhead(_ text: PackedScalars, _ sentences: [Sentence], _ i: Int) {
        if i == 0, let first = sentences.first { warmth ^= text.touchLines(first.span) }
        if i + 1 < sentences.count { warmth ^= text.touchLines(sentences[i + 1].span) }
    }

    /// The tokens written last, valid until the buffer is refilled.
    var tokens: UnsafeBufferPointer<TimeToken> { UnsafeBufferPointer(start: base, count: count) }

    /// The tokens `TimeMatcher.all` tries an expression at: those with `.opensTime`, but a
    /// `.commonOpener` only before a token with `.followsOpener`.
    var timeStarts: TokenBits { TokenBits(words: UnsafePointer(timeWords), count: count) }

    /// The tokens `VerbGroups.find` tries a group at: those with `.opensGroup`.
    var groupStarts: TokenBits { TokenBits(words: UnsafePointer(groupWords), count: count) }

    /// Where a sentence's tokens are written (`TimeTokens.make`): each at its place from
    /// `tokens`, with its byte (`scanByte`) at the same place of `bytes`. Handed out by value,
    /// with room enough for the whole sentence, so the writer keeps it and its cursors in
    /// registers: a closure given the room as `inout` wrote them to memory at every
    /// token, and a check for room at each token kept one more register busy.
    struct Room {
        let tokens: UnsafeMutablePointer<TimeToken>
        let bytes: UnsafeMutablePointer<UInt8>
    }

    /// Room for `count` tokens, which replace those written before; once written,
    /// `filled(_:)` says how many.
    func room(for count: Int) -> Room {
        if count > capacity { grow(to: count) }
        return Room(tokens: base, bytes: scan)
    }

    /// The sentence's tokens' flags from `.opensTime` to `.endsObject` (the byte `scanByte`
    /// keeps), together: set by `filled(_:)`.
    private(set) var scanFlags: TimeToken.Flags = []

    /// Takes the first `count` tokens of the room as the sentence's, and marks their starts.
    func filled(_ count: Int) {
        self.count = count
        markStarts()
    }

    /// The byte of a token's flags kept for its starts: `.opensTime`, `.opensGroup`,
    /// `.commonOpener` and `.followsOpener` in its four low bits, the flags of `TokenTally`
    /// (`.timeCandidate`, `.with`, `.timeCore`) and `.endsObject` in the others. The
    /// reference the tests check `scanByte(of:)`, which the writer uses, against.
    @inline(__always)
    static func scanByte(_ flags: TimeToken.Flags) -> UInt8 { UInt8(truncatingIfNeeded: flags.rawValue &>> 8) }

    /// The same byte of a token in memory, loaded alone: the high byte of its flags, which
    /// lie at `flagsOffset` (little-endian, the high byte second). Taken from the flags as a
    /// value, the token loop read them whole into the one register with a byte of its own
    /// above the low one (`%bh`), and moved its cursors around it: three instructions more a
    /// token. `TimeTokenBufferTests` checks the offset against the layout and the byte
    /// against `scanByte(_:)`.
    @inline(__always)
    static func scanByte(of token: UnsafePointer<TimeToken>) -> UInt8 {
        UnsafeRawPointer(token).load(fromByteOffset: flagsOffset + 1, as: UInt8.self)
    }

    /// `MemoryLayout<TimeToken>.offset(of: \.flags)`, as a literal the loop folds in.
    static var flagsOffset: Int { 30 }

    /// Marks the starts from the bytes, eight tokens at a time: each flag's bit gathered from
    /// the eight bytes by one multiplication, and a common opener's dropped where the next
    /// byte lacks `.followsOpener` (read from the eight bytes one further on).
    private func markStarts() {
        let raw = UnsafeMutableRawPointer(scan)
        raw.storeBytes(of: 0, toByteOffset: count, as: UInt64.self)
        raw.storeBytes(of: 0, toByteOffset: count &+ 8, as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var at = 0
        var w = 0
        // the bytes together, eight at a time: those past the last token are zero
        var together: UInt64 = 0
        while at < count {
            var time: UInt64 = 0, group: UInt64 = 0
            var shift: UInt64 = 0
            while shift < 64 && at < count {
                let x = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                let next = raw.loadUnaligned(fromByteOffset: at &+ 1, as: UInt64.self)
                together |= x
                let heldBack = x &>> 2 & ~(next &>> 3) & ones
                time |= lowBitOfEachByte(x & ~heldBack) &<< shift
                group |= lowBitOfEachByte(x &>> 1) &<< shift
                shift &+= 8
                at &+= 8
            }
            timeWords[w] = time
            groupWords[w] = group
            w &+= 1
        }
        together |= together &>> 32
        together |= together &>> 16
        together |= together &>> 8
        scanFlags = TimeToken.Flags(rawValue: UInt16(truncatingIfNeeded: together & 0xFF) &<< 8)
    }

    /// Room for at least `needed` tokens (twice as many as before, or more), the old ones let go.
    private func grow(to needed: Int) {
        capacity = max(capacity * 2, needed)
        base.deallocate()
        base = .allocate(capacity: capacity)
        scan.deallocate()
        scan = .allocate(capacity: capacity + 16)
        timeWords.deallocate()
        groupWords.deallocate()
        timeWords = .allocate(capacity: capacity / 64 + 1)
        groupWords = .allocate(capacity: capacity / 64 + 1)
    }
}
