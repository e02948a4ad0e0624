/// The tokens of a document's sentences, kept in about two bytes each as the first stage
/// to read them has them scanned, so the later stages (the actors' two passes, then times
/// and timeline, after topics) replay them instead of each scanning the text again.
///
/// A token is kept as a code: its kind's raw value in the top two bits, the blanks before
/// it (up to two) in the next two, its length (below 4,096) in the rest. A word or number
/// that `words` numbers (most of them) has 3 in the top bits (no kind's raw value) and its
/// number in place of the length: its kind and length are the number's. Any other token
/// takes the value 3 for its blanks, its number (or 0) in the low bits, and two more codes,
/// the blanks and the length. Sentences
/// are kept until the store holds two fifths of a byte for each scalar of the text (and
/// 64 KB more, so a short text is kept whole), so the memory bound (8 × the input) holds
/// whatever the text: news takes 0.37 to 0.42 bytes a scalar and is kept whole or nearly,
/// and a text of one-word sentences keeps its first part. A sentence not kept is coded
/// again each time it is read.
///
/// The scan that codes a sentence is not inlined into the stages: each stage's work on a
/// token is inlined once, into the loop that reads the codes back.
///
/// Made for one analysis and read from one thread: reading fills it.
final class TokenStore {
    private let codes: UnsafeMutablePointer<UInt16>
    /// Where each kept sentence's codes start, and after the last one where they end.
    private let starts: UnsafeMutablePointer<UInt32>
    private let codeCapacity: Int
    private let sentenceCapacity: Int
    /// Sentences `0..<keptCount` are in the store.
    private(set) var keptCount = 0
    private var codeCount = 0
    /// The codes of the last sentence read that is not kept.
    private var scratch: UnsafeMutablePointer<UInt16>
    private var scratchCapacity = 0
    /// The document's words by number, given as sentences are coded.
    private let words: WordNumbering

    /// A store for the sentences of a text of `length` scalars. Allocated at its budget and
    /// touched only as far as it is written: pages never written to take no memory.
    init(length: Int, sentenceCount: Int) {
        let budget = length * 2 / 5 + 65_536
        sentenceCapacity = min(sentenceCount, budget / 8)
        codeCapacity = sentenceCapacity == 0 ? 0 : (budget - sentenceCapacity * 4) / 2
        codes = .allocate(capacity: codeCapacity)
        starts = .allocate(capacity: sentenceCapacity + 1)
        starts[0] = 0
        scratch = .allocate(capacity: 0)
        words = WordNumbering(enabled: sentenceCount > 0)
    }

    /// A store that keeps nothing and numbers no word: every sentence is coded when read (for
    /// a stage run alone that reads each sentence once, or a span that is no sentence of the text).
    convenience init() { self.init(length: 0, sentenceCount: 0) }

    deinit {
        codes.deallocate()
        starts.deallocate()
        scratch.deallocate()
    }

    /// Hands each token of the sentence, in order, to `emit`: what `Tokenizer.scan` finds.
    /// A sentence at index -1 is any span of the text, never kept.
    @inline(__always)
    func scan(_ view: ScalarView, _ sentence: Sentence, _ emit: (Token) -> Void) {
        scanNumbered(view, sentence) { token, _ in emit(token) }
    }

    /// The same, with each token's number in the document (`WordNumbering`; 0 for none).
    @inline(__always)
    func scanNumbered(_ view: ScalarView, _ sentence: Sentence, _ emit: (Token, Int) -> Void) {
        let (base, count) = codes(view, sentence)
        let numbered = words.codes
        var position = sentence.span.start
        // A cursor and its end, not a base and an index: one register fewer live across the
        // loop that each stage inlines this into.
        var next = base
        let end = base + count
        while next < end {
            var code = Int(next[0])
            var gap = code >> 12 & 3
            var number = 0
            var length: Int
            // Most tokens: laid out to fall through, not to end in a jump to the code after.
            if _fastPath(code >= 0xC000) {
                // A numbered word takes one code (`code(_:_:into:)`): its blanks are never 3.
                number = code & 0xFFF
                code = Int(numbered[number])
                length = code & 0xFFF
            } else if _slowPath(gap == 3) {
                number = code & 0xFFF
                gap = Int(next[1])
                length = Int(next[2])
                next += 2
            } else {
                length = code & 0xFFF
            }
            next += 1
            let start = position &+ gap
            position = start &+ length
            emit(Token(span: TextSpan(inside: start, position), kind: Token.Kind(rawValue: UInt8(code >> 14)).unsafelyUnwrapped),
                 number)
        }
    }

    /// The number of the sentence's first token when the store keeps the sentence (0 for
    /// none, or for a sentence not kept): for a stage that reads only that token, without
    /// replaying the sentence.
    func firstNumber(_ sentence: Sentence) -> Int {
        let index = sentence.index
        guard UInt(bitPattern: index) < UInt(keptCount), starts[index] < starts[index &+ 1] else { return 0 }
        let code = Int(codes[Int(starts[index])])
        if code >= 0xC000 { return code & 0xFFF }
        return code >> 12 & 3 == 3 ? code & 0xFFF : 0
    }

    /// How many words are numbered so far: the numbers given are 1 up to this.
    var numberedWords: Int { words.count }

    /// The sentence's codes: where they start and how many. Kept ones are read back, here,
    /// inlined into each stage (a call's prologue was most of the cost for them); any other
    /// is coded, out of line (`coded`).
    @inline(__always)
    private func codes(_ view: ScalarView, _ sentence: Sentence) -> (UnsafePointer<UInt16>, Int) {
        let index = sentence.index
        // (Unsigned: -1 is never below the count.)
        if UInt(bitPattern: index) < UInt(keptCount) {
            let first = Int(starts[index])
            return (UnsafePointer(codes + first), Int(starts[index &+ 1]) &- first)
        }
        return coded(view, sentence)
    }

    /// The codes of a sentence not kept: the next sentence to keep is coded into the store
    /// while room is left; any other into the scratch codes.
    @inline(never)
    private func coded(_ view: ScalarView, _ sentence: Sentence) -> (UnsafePointer<UInt16>, Int) {
        let index = sentence.index
        let span = sentence.span
        // A token takes at most one code a scalar: its spaces and letters are three or more
        // scalars when it takes three codes.
        if index == keptCount && index < sentenceCapacity && codeCount + span.length <= codeCapacity {
            let first = codeCount
            let count = code(view, span, into: codes + first)
            codeCount = first + count
            keptCount += 1
            starts[keptCount] = UInt32(codeCount)
            return (UnsafePointer(codes + first), count)
        }
        if span.length > scratchCapacity {
            scratch.deallocate()
            scratchCapacity = span.length
            scratch = .allocate(capacity: scratchCapacity)
        }
        return (UnsafePointer(scratch), code(view, span, into: scratch))
    }

    /// Writes the codes of the span's tokens from `out` on, numbering their words; gives how many.
    private func code(_ view: ScalarView, _ span: TextSpan, into out: UnsafeMutablePointer<UInt16>) -> Int {
        precondition(span.length <= Int(UInt16.max), "a span longer than any sentence")
        var n = 0
        var position = span.start
        // A copy: the class's own property, read in the closure, was checked for exclusive
        // access at every word.
        let words = self.words
        Tokenizer.scanMarkingShortWords(view, in: span) { token, shortPlain in
            let gap = token.start &- position
            let length = token.end &- token.start
            let kind = Int(token.kind.rawValue) << 14
            let code = UInt16(truncatingIfNeeded: kind | length)
            let number = shortPlain ? words.number(shortPlainWordAt: token.start, length: length, view.units, code: code)
                : token.kind == .punctuation ? 0 : words.number(view.units, token.start, token.end, code: code)
            if gap < 3 && length < 4096 {
                out[n] = UInt16(truncatingIfNeeded: number != 0 ? 0xC000 | gap << 12 | number : kind | gap << 12 | length)
                n &+= 1
            } else {
                // Each below 65,536: a sentence is far shorter (`SentenceSplitter.maxSentenceLength`).
                out[n] = UInt16(truncatingIfNeeded: kind | 3 << 12 | number)
                out[n &+ 1] = UInt16(truncatingIfNeeded: gap)
                out[n &+ 2] = UInt16(truncatingIfNeeded: length)
                n &+= 3
            }
            position = token.end
        }
        return n
    }
}
