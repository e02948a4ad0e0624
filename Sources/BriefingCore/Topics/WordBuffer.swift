/// The words of the sentence being read (`SentenceReader`), in storage reused from sentence
/// to sentence and read in place by the passes over them: adding a word checks neither
/// uniqueness nor capacity beyond one comparison, as an array's `append` would for each
/// word of the text, and never grows the storage (room is made per sentence).
///
/// A struct over one allocation, not a class, so that no access is checked for exclusivity at
/// run time; its owner frees it (`deallocate`). `ScannedWord` holds no references, so the
/// words need no deinitialising.
struct WordBuffer {
    private var storage: UnsafeMutablePointer<ScannedWord>
    /// Where the words that start a lexicon term (`WordForm.startsTerm`) stand, in order: one
    /// word in eight or so, which `TopicScanner.matchTerms` visits without passing over the
    /// others (a branch the processor could not foresee, at every word).
    private var termStarts: IndexList
    /// Likewise where the words that may start a key phrase stand (`PhraseMiner.canStart`), for
    /// `PhraseMiner.mine`: stop words, numbers and marks, half the words, start none.
    private var phraseStarts: IndexList
    /// Likewise where the capitalised words (`WordForm.isCapitalizedWord`) and the punctuation
    /// marks stand: what `SentenceReader` weighs for names once the sentence is read, passing
    /// over the other words (most of them).
    private var capitalsAndMarks: IndexList
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        precondition(capacity > 0, "a word buffer has room for a word")
        precondition(_isPOD(ScannedWord.self), "a word buffer frees its words without deinitialising them")
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
        termStarts = IndexList(capacity: capacity)
        phraseStarts = IndexList(capacity: capacity)
        capitalsAndMarks = IndexList(capacity: capacity)
    }

    /// The words added since the last `removeAll`, valid until the buffer changes.
    var words: UnsafeBufferPointer<ScannedWord> { UnsafeBufferPointer(start: storage, count: count) }

    /// How many of `words` are words, not punctuation marks: counted when asked (until a story's
    /// lede is found), not as the words are read.
    var wordCount: Int { words.reduce(0) { $0 + ($1.isBreak ? 0 : 1) } }

    /// Where in `words` the words that start a term stand, in order; valid until the buffer changes.
    var termStartIndices: UnsafeBufferPointer<Int32> { termStarts.indices }

    /// Where in `words` the words that may start a phrase stand, in order; valid until the buffer changes.
    var phraseStartIndices: UnsafeBufferPointer<Int32> { phraseStarts.indices }

    /// Where in `words` the capitalised words and the marks stand, in order; valid until the buffer changes.
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
        // Written at every word, kept (counted) only for one that starts a term: no branch.
        termStarts.add(count, keep: word.startsTerm)
        phraseStarts.add(count, keep: PhraseMiner.canStart(word))
        capitalsAndMarks.add(count, keep: word.isCapitalizedWord)
        count &+= 1
    }

    /// Adds a punctuation mark where room was made: a mark starts neither a term nor a phrase,
    /// and is listed with the capitalised words.
    @inline(__always) mutating func appendMark(_ mark: ScannedWord) {
        assert(count < capacity, "room made for the word")
        assert(mark.isBreak && !mark.startsTerm && !PhraseMiner.canStart(mark), "a mark, which starts nothing")
        (storage + count).initialize(to: mark)
        capitalsAndMarks.add(count, keep: true)
        count &+= 1
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
        termStarts.deallocate()
        phraseStarts.deallocate()
        capitalsAndMarks.deallocate()
    }

    /// New, empty storage for at least `room` words.
    private mutating func grow(to room: Int) {
        deallocate()
        capacity = max(room, capacity * 2)
        storage = .allocate(capacity: capacity)
        termStarts = IndexList(capacity: capacity)
        phraseStarts = IndexList(capacity: capacity)
        capitalsAndMarks = IndexList(capacity: capacity)
    }
}
