/// A list of word indices that `WordBuffer` fills as its words are added: each index is
/// written at the list's end at every word and kept only when the word belongs, with no
/// branch (one the processor could not foresee). Held as where the list starts and where it
/// ends, not a start and a count: the reader's loop over a sentence's tokens then holds one
/// register for the list, not two (with counts, the loop ran out of registers and spilled
/// the counts and starts, a load and a store more at every word).
///
/// Its owner makes the room and frees it (`deallocate`): `WordBuffer` gives each list room for
/// one index per word it has room for, and adds at most one per word.
struct IndexList {
    private let start: UnsafeMutablePointer<Int32>
    private var end: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        start = .allocate(capacity: capacity)
        end = start
    }

    /// The indices kept, in the order added; valid until the list changes.
    var indices: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: start, count: end - start) }

    /// Writes `index` at the end, and keeps it there when `keep`: else the next index overwrites it.
    @inline(__always) mutating func add(_ index: Int, keep: Bool) {
        end.pointee = Int32(truncatingIfNeeded: index)
        end += keep ? 1 : 0
    }

    mutating func removeAll() { end = start }

    /// Frees the storage: the list is not used after.
    func deallocate() { start.deallocate() }
}
