/// An array of plain data stored in chunks of a fixed number of elements, for the long lists
/// an analysis writes one record at a time in text order (topic hits and phrase occurrences,
/// timeline events: hundreds of thousands in 20 MB of news). Appending never moves what is
/// stored, so a long list takes its elements and one chunk, not the old and new buffers a
/// doubling array holds while it grows. The chunks are memory of its own: an append is a
/// store and two tests, where chunks kept as arrays in an array checked both for uniqueness
/// and room (some 70 instructions a record).
///
/// For plain data (nothing to deinitialise). Copies share their chunks until one of them is
/// changed, as an array's do.
struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    /// 16,384 elements: a few hundred kilobytes, touched only as far as they are written
    /// (pages never written to take no memory).
    private static var shift: Int { 14 }
    private static var chunkSize: Int { 1 << shift }

    /// The chunks, freed with the list; `chunkCount << shift` elements of room.
    ///
    /// The first `slabbedFrom` chunks are allocated one by one and, like any memory, become
    /// resident page by page as they are written. A list longer than that (a long document's:
    /// 20 MB of news has a few hundred thousand hits, occurrences and events) takes its later
    /// chunks side by side from 2 MB slabs backed by huge pages (`HugePages`): its 4 KB pages
    /// were about 6,000 page faults at 20 MB, each a couple of microseconds in a virtual
    /// machine. A slab is resident as a whole once written to, so a long list holds at most
    /// one slab (2 MB) more than it writes; a short one is as before.
    private final class Chunks: @unchecked Sendable {
        private(set) var pointers: UnsafeMutablePointer<UnsafeMutablePointer<Element>>
        private(set) var chunkCount = 0
        private var pointerCapacity = 4
        /// The slabs, in order: chunk `slabbedFrom + k` is the `k % chunksPerSlab`th of slab
        /// `k / chunksPerSlab`.
        private var slabs: [UnsafeMutableRawPointer] = []

        static var slabbedFrom: Int { 4 }
        /// 0 for elements too large for one chunk to fit a slab: then every chunk is allocated alone.
        static var chunksPerSlab: Int { HugePages.size / (ChunkedArray.chunkSize * MemoryLayout<Element>.stride) }

        init() {
            precondition(_isPOD(Element.self), "a chunked array frees its elements without deinitialising them")
            pointers = .allocate(capacity: pointerCapacity)
        }

        deinit {
            for k in 0..<chunkCount where !Self.isSlabbed(k) { pointers[k].deallocate() }
            for slab in slabs { slab.deallocate() }
            pointers.deallocate()
        }

        private static func isSlabbed(_ chunk: Int) -> Bool { chunk >= slabbedFrom && chunksPerSlab > 0 }

        func addChunk() {
            if chunkCount == pointerCapacity {
                let larger = UnsafeMutablePointer<UnsafeMutablePointer<Element>>.allocate(capacity: pointerCapacity * 2)
                larger.moveInitialize(from: pointers, count: chunkCount)
                pointers.deallocate()
                pointers = larger
                pointerCapacity *= 2
            }
            if Self.isSlabbed(chunkCount) {
                let (slab, place) = (chunkCount - Self.slabbedFrom).quotientAndRemainder(dividingBy: Self.chunksPerSlab)
                if slab == slabs.count {
                    let memory = UnsafeMutableRawPointer.allocate(byteCount: HugePages.size, alignment: HugePages.size)
                    HugePages.advise(UnsafeMutableRawBufferPointer(start: memory, count: HugePages.size))
                    slabs.append(memory)
                }
                pointers[chunkCount] = (slabs[slab] + place * ChunkedArray.chunkSize * MemoryLayout<Element>.stride)
                    .bindMemory(to: Element.self, capacity: ChunkedArray.chunkSize)
            } else {
                pointers[chunkCount] = .allocate(capacity: ChunkedArray.chunkSize)
            }
            chunkCount += 1
        }

        /// Frees the chunks from the `kept`th on (a slab once none of its chunks is kept).
        func keep(_ kept: Int) {
            for k in kept..<chunkCount where !Self.isSlabbed(k) { pointers[k].deallocate() }
            chunkCount = Swift.min(chunkCount, kept)
            if Self.chunksPerSlab > 0 {
                let slabsKept = (Swift.max(chunkCount - Self.slabbedFrom, 0) + Self.chunksPerSlab - 1) / Self.chunksPerSlab
                while slabs.count > slabsKept { slabs.removeLast().deallocate() }
            }
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

        var slabCount: Int { slabs.count }
    }

    private var chunks = Chunks()
    private(set) var count = 0
    /// How many 2 MB slabs hold its later chunks (see `Chunks`).
    var slabCount: Int { chunks.slabCount }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always) subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "index out of range")
            return chunks.pointers[position >> Self.shift][position & (Self.chunkSize - 1)]
        }
        set {
            precondition(position >= 0 && position < count, "index out of range")
            makeUnique()
            chunks.pointers[position >> Self.shift][position & (Self.chunkSize - 1)] = newValue
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
        if count == chunks.chunkCount << Self.shift { chunks.addChunk() }
        (chunks.pointers[count >> Self.shift] + (count & (Self.chunkSize - 1))).initialize(to: element)
        count += 1
    }

    /// Drops the last `k` elements, and the chunks left empty.
    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove more elements than there are")
        makeUnique()
        count -= k
        chunks.keep((count + Self.chunkSize - 1) >> Self.shift)
    }

    @inline(__always) private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&chunks) { chunks = chunks.copy(count) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
