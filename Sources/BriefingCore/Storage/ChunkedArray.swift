/// An array of plain data stored in chunks of a fixed number of elements, for the long lists
/// an analysis writes one record at a time in text order (topic hits and phrase occurrences,
/// timeline events: hundreds of thousands in 20 MB of news). Appending never moves what is
/// stored, so a long list takes its elements and one chunk, not the old and new buffers a
/// doubling array holds while it grows. The chunks are memory of its own: an append is a
/// store and two tests, where chunks kept as arrays in an array checked both for uniqueness
/// and room (some 70 instructions a record).
///
/// For plain data (nothing to deinitialise). Copies share their chunks until one of them is
/// changed, as an array's do. A list written in one pass is best written by a `Builder`,
/// which cannot be copied, so appends without the uniqueness test an array's append makes.
struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    /// 16,384 elements: a few hundred kilobytes, touched only as far as they are written
    /// (pages never written to take no memory).
    private static var shift: Int { 14 }
    private static var chunkSize: Int { 1 << shift }

    /// The chunks, freed with the list; `chunkCount << shift` elements of room.
    fileprivate final class Chunks: @unchecked Sendable {
        private(set) var pointers: UnsafeMutablePointer<UnsafeMutablePointer<Element>>
        private(set) var chunkCount = 0
        private var pointerCapacity = 4

        init() {
            precondition(_isPOD(Element.self), "a chunked array frees its elements without deinitialising them")
            pointers = .allocate(capacity: pointerCapacity)
        }

        deinit {
            for k in 0..<chunkCount { pointers[k].deallocate() }
            pointers.deallocate()
        }

        func addChunk() {
            if chunkCount == pointerCapacity {
                let larger = UnsafeMutablePointer<UnsafeMutablePointer<Element>>.allocate(capacity: pointerCapacity * 2)
                larger.moveInitialize(from: pointers, count: chunkCount)
                pointers.deallocate()
                pointers = larger
                pointerCapacity *= 2
            }
            pointers[chunkCount] = .allocate(capacity: ChunkedArray.chunkSize)
            chunkCount += 1
        }

        /// Where the element at `position` (within the room) is stored.
        @inline(__always) func address(_ position: Int) -> UnsafeMutablePointer<Element> {
            pointers[position >> ChunkedArray.shift] + (position & (ChunkedArray.chunkSize - 1))
        }

        /// Stores `element` as the `count`th, after the `count` stored, adding a chunk when full.
        @inline(__always) func append(_ element: Element, after count: Int) {
            if count == chunkCount << ChunkedArray.shift { addChunk() }
            address(count).initialize(to: element)
        }

        /// Frees the chunks past those the first `count` elements take.
        func keep(elements count: Int) {
            let kept = (count + ChunkedArray.chunkSize - 1) >> ChunkedArray.shift
            for k in kept..<chunkCount { pointers[k].deallocate() }
            chunkCount = Swift.min(chunkCount, kept)
        }

        /// A copy of the first `count` elements, in chunks of its own.
        func copy(_ count: Int) -> Chunks {
            let copy = Chunks()
            var k = 0
            while k << ChunkedArray.shift < count {
                copy.addChunk()
                copy.pointers[k].initialize(from: pointers[k], count: Swift.min(ChunkedArray.chunkSize, count - k << ChunkedArray.shift))
                k += 1
            }
            return copy
        }
    }

    private var chunks: Chunks
    private(set) var count: Int

    init() {
        chunks = Chunks()
        count = 0
    }

    /// The list of a builder's elements, in its chunks.
    fileprivate init(chunks: Chunks, count: Int) {
        self.chunks = chunks
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always) subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "index out of range")
            return chunks.address(position).pointee
        }
        set {
            precondition(position >= 0 && position < count, "index out of range")
            makeUnique()
            chunks.address(position).pointee = newValue
        }
    }

    /// Hands the elements of `range` to `body` in order, a chunk at a time: topic ranking reads every
    /// hit and occurrence so, with no index to split and check for each.
    @inline(__always) func forEach(in range: Range<Int>, _ body: (Element) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of bounds")
        var i = range.lowerBound
        while i < range.upperBound {
            let offset = i & (Self.chunkSize - 1)
            let run = Swift.min(Self.chunkSize - offset, range.upperBound - i)
            let chunk = chunks.pointers[i >> Self.shift] + offset
            for k in 0..<run { body(chunk[k]) }
            i += run
        }
    }

    @inline(__always) mutating func append(_ element: Element) {
        makeUnique()
        chunks.append(element, after: count)
        count += 1
    }

    /// Drops the last `k` elements, and the chunks left empty.
    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove more elements than there are")
        makeUnique()
        count -= k
        chunks.keep(elements: count)
    }

    @inline(__always) private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy(count) }
    }
}

extension ChunkedArray {
    /// Writes a chunked array in one pass (topic hits and phrase occurrences, during the scan),
    /// then hands it over (`finish`). It cannot be copied, and its chunks are made by it and
    /// shared with nothing until then, so it changes them in place with no uniqueness test:
    /// an array's append calls the runtime for one at every element.
    struct Builder: ~Copyable {
        private var chunks = Chunks()
        /// Where the next element goes in the last chunk, and how many more it has room for: an
        /// append is a test, a store and two steps, with no chunk looked up by index.
        private var tail: UnsafeMutablePointer<Element>? = nil
        private var room = 0

        init() {}

        var count: Int { chunks.chunkCount << ChunkedArray.shift - room }

        @inline(__always) subscript(position: Int) -> Element {
            get {
                precondition(position >= 0 && position < count, "index out of range")
                return chunks.address(position).pointee
            }
            set {
                precondition(position >= 0 && position < count, "index out of range")
                chunks.address(position).pointee = newValue
            }
        }

        @inline(__always) mutating func append(_ element: Element) {
            if room == 0 {
                chunks.addChunk()
                tail = chunks.address((chunks.chunkCount - 1) << ChunkedArray.shift)
                room = ChunkedArray.chunkSize
            }
            // Not nil: set with the room, and `room` is 0 until it is.
            let slot = tail.unsafelyUnwrapped
            slot.initialize(to: element)
            tail = slot + 1
            room &-= 1
        }

        /// Drops the last `k` elements, and the chunks left empty.
        mutating func removeLast(_ k: Int) {
            precondition(k >= 0 && k <= count, "cannot remove more elements than there are")
            let kept = count - k
            chunks.keep(elements: kept)
            // A last chunk left full has no room: the next append adds one.
            room = chunks.chunkCount << ChunkedArray.shift - kept
            tail = room > 0 ? chunks.address(kept) : nil
        }

        /// The elements written, as a list: the chunks change hands, not copied.
        consuming func finish() -> ChunkedArray {
            ChunkedArray(chunks: chunks, count: count)
        }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
