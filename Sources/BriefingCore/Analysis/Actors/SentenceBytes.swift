/// A byte for each sentence of a document, appended in turn (`DocumentEvidence.loneOpeners`).
///
/// Memory behind a pointer, held by this object, which frees it: appended to an array, each
/// sentence's byte checked that the array was not shared, a call. Copies of the owner share
/// the bytes, which are read once the pass that appends them is over.
final class SentenceBytes: RandomAccessCollection {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity = 64
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    init() { base = .allocate(capacity: capacity) }

    deinit { base.deallocate() }

    subscript(position: Int) -> UInt8 {
        precondition(UInt(bitPattern: position) < UInt(bitPattern: endIndex), "no such sentence")
        return base[position]
    }

    @inline(__always) func append(_ byte: UInt8) {
        if endIndex == capacity { grow() }
        base[endIndex] = byte
        endIndex &+= 1
    }

    /// Twice the room, the bytes kept: out of line, as it is rare.
    @inline(never) private func grow() {
        let old = base
        capacity *= 2
        base = .allocate(capacity: capacity)
        base.initialize(from: old, count: endIndex)
        old.deallocate()
    }
}
