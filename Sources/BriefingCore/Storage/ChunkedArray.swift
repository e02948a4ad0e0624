/// An array stored in chunks of a fixed number of elements. Appending never copies what is
/// stored, so a long list (a million phrase occurrences) takes its elements and one chunk,
/// not the old and new buffers a doubling array holds while it grows.
///
/// One reference wide (its count is read off its chunks), and an empty one allocates nothing.
struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    /// 16,384 elements: a few hundred kilobytes of hits or occurrences.
    private static var shift: Int { 14 }
    private static var chunkSize: Int { 1 << shift }

    private var chunks: [[Element]] = []

    var count: Int { chunks.isEmpty ? 0 : (chunks.count - 1) << Self.shift + chunks[chunks.count - 1].count }
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always) subscript(position: Int) -> Element {
        get { chunks[position >> Self.shift][position & (Self.chunkSize - 1)] }
        set { chunks[position >> Self.shift][position & (Self.chunkSize - 1)] = newValue }
    }

    mutating func append(_ element: Element) {
        if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
            // The first chunk grows as an array does, so small texts stay small; a later one is
            // made at its full size at once, not copied from buffer to buffer as it doubles.
            var chunk: [Element] = []
            if !chunks.isEmpty { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
    }

    /// Drops the last `k` elements.
    mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove more elements than there are")
        let kept = count - k
        chunks.removeLast(chunks.count - (kept + Self.chunkSize - 1) / Self.chunkSize)
        if let last = chunks.indices.last { chunks[last].removeLast(chunks[last].count - (kept - last * Self.chunkSize)) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
