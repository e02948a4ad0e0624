/// The words of the sentence being read (`SentenceReader`), in storage reused from sentence
/// to sentence and read in place by the passes over them: adding a word checks neither
/// uniqueness nor capacity beyond one comparison, as an array's `append` would for each
/// word of the text, and never grows the storage (room is made per sentence).
///
/// A struct over memory of its own, not a class, so that no access is checked for exclusivity at
/// run time; its owner frees it (`deallocate`). `ScannedWord` holds no references, so the
/// words need no deinitialising.
struct WordBuffer {
    private var storage: UnsafeMutablePointer<ScannedWord>
    /// A byte per word, the traits by which the lists below take it (`WordForm.listBits`):
    /// written as the word is added, one store and no branch, and read into the lists once
    /// the sentence is read (`markLists`), eight words at a time. Written at every word, the
    /// three lists each cost a store and four steps more, in the reader's loop over the
    /// token codes. Room for eight bytes past the words, read and zeroed with
    /// the last of them.
    private var traits: UnsafeMutablePointer<UInt8>
    /// Where the words that start a lexicon term (`WordForm.startsTerm`) stand, in order: one
    /// word in eight or so, which `TopicScanner.matchTerms` visits without passing over the
    /// others (a branch the processor could not foresee, at every word).
    private var termStarts: IndexList
    /// Likewise where the words that may start a key phrase stand (`PhraseMiner.canStart`), for
    /// `PhraseMiner.mine`: stop words, numbers and marks, half the words, start none.
    private var phraseStarts: IndexList
    /// Likewise where the capitalised words (`WordForm.isCapitalizedWord`) and the punctuation
    /// marks that open a clause stand: what `SentenceReader` weighs for names once the sentence
    /// is read, passing over the other words (most of them).
    private var capitalsAndMarks: IndexList
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        precondition(capacity > 0, "a word buffer has room for a word")
        precondition(_isPOD(ScannedWord.self), "a word buffer frees its words without deinitialising them")
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
        traits = .allocate(capacity: capacity + 8)
        termStarts = IndexList(capacity: capacity)
        phraseStarts = IndexList(capacity: capacity)
        capitalsAndMarks = IndexList(capacity: capacity)
    }

    /// The words added since the last `removeAll`, valid until the buffer changes.
    var words: UnsafeBufferPointer<ScannedWord> { UnsafeBufferPointer(start: storage, count: count) }

    /// How many of `words` are words, not punctuation marks: counted when asked (until a story's
    /// lede is found), not as the words are read.
    var wordCount: Int { words.reduce(0) { $0 + ($1.isBreak ? 0 : 1) } }

    /// Where in `words` the words that start a term stand, in order; valid, once the lists are
    /// marked (`markLists`), until the buffer changes.
    var termStartIndices: UnsafeBufferPointer<Int32> { termStarts.indices }

    /// Where in `words` the words that may start a phrase stand, in order; valid as `termStartIndices`.
    var phraseStartIndices: UnsafeBufferPointer<Int32> { phraseStarts.indices }

    /// Where in `words` the capitalised words and the marks that open a clause stand, in order;
    /// valid as `termStartIndices`.
    var capitalAndMarkIndices: UnsafeBufferPointer<Int32> { capitalsAndMarks.indices }

    /// Empties the buffer and makes room for `room` words: a sentence of n scalars has at most
    /// n tokens, so its reader makes room once, and adding a word makes none.
    mutating func removeAll(keepingRoomFor room: Int) {
        count = 0
        termStarts.removeAll()
        phraseStarts.removeAll()
        capitalsAndMarks.removeAll()
        if room > capacity { grow(to: room) }
    }

    /// Adds a word, not a mark (`appendMark`), where room was made (`removeAll(keepingRoomFor:)`). Room is checked in debug
    /// builds only: a sentence's tokens are at most its scalars (each has one or more, and none
    /// overlap), which is the room its reader makes, and the bound the token store's own
    /// unchecked writes rely on (a token takes at most one code a scalar). Checked in release
    /// builds too, the test held the capacity in one of the registers the reader's loop over the
    /// token codes lacks, and cost a million instructions on 2 MB of news.
    @inline(__always) mutating func append(_ word: ScannedWord) {
        assert(count < capacity, "room made for the word")
        assert(!word.isBreak, "a word, not a mark")
        (storage + count).initialize(to: word)
        traits[count] = word.form.listBits
        count &+= 1
    }

    /// Adds a punctuation mark where room was made: a mark starts neither a term nor a phrase,
    /// and is listed with the capitalised words when it opens a clause (`SentenceReader` decides:
    /// capitals after it tell little), so that the pass over them visits no other mark.
    @inline(__always) mutating func appendMark(_ mark: ScannedWord, opensClause: Bool) {
        assert(count < capacity, "room made for the word")
        assert(mark.isBreak && !mark.startsTerm && !PhraseMiner.canStart(mark), "a mark, which starts nothing")
        (storage + count).initialize(to: mark)
        traits[count] = opensClause ? WordForm.capitalizedWordBit : 0
        count &+= 1
    }

    /// Lists the words (`termStartIndices`, `phraseStartIndices`, `capitalAndMarkIndices`) from
    /// their traits, once the sentence is read: eight words at a time, each list's bits of them
    /// gathered by one multiplication and their indices written at once (`IndexList.append`).
    /// Inlined into the reader's one call a sentence: out of line, the call and the fields read
    /// again through the inout cost more than the few steps of a short sentence.
    /// - Parameter setBits: `IndexList.SetBits.all`, read once by the caller.
    @inline(__always)
    mutating func markLists(_ setBits: IndexList.SetBits) {
        termStarts.removeAll()
        phraseStarts.removeAll()
        capitalsAndMarks.removeAll()
        let raw = UnsafeMutableRawPointer(traits)
        // The eight bytes past the words, read with the last of them: no trait.
        raw.storeBytes(of: 0, toByteOffset: count, as: UInt64.self)
        let termShift = UInt64(WordForm.termStartBit.trailingZeroBitCount)
        let phraseShift = UInt64(WordForm.phraseStartBit.trailingZeroBitCount)
        let capitalShift = UInt64(WordForm.capitalizedWordBit.trailingZeroBitCount)
        var at = 0
        while at < count {
            let traits = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            termStarts.append(lowBitOfEachByte(traits &>> termShift), from: at, setBits)
            phraseStarts.append(lowBitOfEachByte(traits &>> phraseShift), from: at, setBits)
            capitalsAndMarks.append(lowBitOfEachByte(traits &>> capitalShift), from: at, setBits)
            at &+= 8
        }
    }

    /// Marks the word at `index` as part of a name (`SentenceReader` decides it once the sentence is read).
    @inline(__always) mutating func markAsName(_ index: Int) {
        precondition(index >= 0 && index < count, "a word to mark")
        storage[index].isName = true
    }

    /// Marks the first word (no mark) at or after `index`, if any, as standing where capitals
    /// tell little (`ScannedWord.ambiguousCase`).
    mutating func markAmbiguousCase(from index: Int) {
        var k = index
        while k < count && storage[k].isBreak { k += 1 }
        if k < count { storage[k].ambiguousCase = true }
    }

    /// Marks every word as standing where capitals tell little (a headline's).
    mutating func markAllAmbiguousCase() {
        for k in 0..<count where !storage[k].isBreak { storage[k].ambiguousCase = true }
    }

    /// Frees the storage: the buffer is not used after.
    func deallocate() {
        storage.deallocate()
        traits.deallocate()
        termStarts.deallocate()
        phraseStarts.deallocate()
        capitalsAndMarks.deallocate()
    }

    /// New, empty storage for at least `room` words.
    private mutating func grow(to room: Int) {
        deallocate()
        capacity = max(room, capacity * 2)
        storage = .allocate(capacity: capacity)
        traits = .allocate(capacity: capacity + 8)
        termStarts = IndexList(capacity: capacity)
        phraseStarts = IndexList(capacity: capacity)
        capitalsAndMarks = IndexList(capacity: capacity)
    }
}
