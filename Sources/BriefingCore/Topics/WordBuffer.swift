/// The words of the sentence being read (`SentenceReader`), in storage reused from sentence
/// to sentence and read in place by the passes over them: adding a word checks neither
/// uniqueness nor capacity beyond one comparison, as an array's `append` would for each
/// word of the text.
///
/// A struct over one allocation, not a class, so that no access is checked for exclusivity at
/// run time; its owner frees it (`deallocate`). `ScannedWord` holds no references, so the
/// words need no deinitialising.
struct WordBuffer {
    private var storage: UnsafeMutablePointer<ScannedWord>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        precondition(capacity > 0, "a word buffer has room for a word")
        precondition(_isPOD(ScannedWord.self), "a word buffer frees its words without deinitialising them")
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    /// The words added since the last `removeAll`, valid until the buffer changes.
    var words: UnsafeBufferPointer<ScannedWord> { UnsafeBufferPointer(start: storage, count: count) }

    mutating func removeAll() { count = 0 }

    @inline(__always) mutating func append(_ word: ScannedWord) {
        if count == capacity { grow() }
        (storage + count).initialize(to: word)
        count += 1
    }

    /// Marks the last word added as part of a name (`SentenceReader` decides it once the word is stored).
    @inline(__always) mutating func markLastAsName() {
        precondition(count > 0, "a word to mark")
        storage[count - 1].isName = true
    }

    /// Frees the storage: the buffer is not used after.
    func deallocate() { storage.deallocate() }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<ScannedWord>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
