/// Items of the document (actor mentions, time expressions) grouped by sentence in one
/// flat array: each sentence's items together, in the order they were given.
struct SentenceGroups<Item> {
    private(set) var items: [Item]
    /// Where each sentence's items start in `items`, and one past the last sentence; 32-bit,
    /// as a text has fewer than 2^31 scalars and so fewer items.
    private let starts: [Int32]

    /// - Parameter forEach: calls its argument with each item and its sentence; it is run
    ///   twice, to count and to place. Items outside `0..<sentenceCount` are left out.
    init(sentenceCount: Int, filler: Item, _ forEach: ((_ sentence: Int, _ item: Item) -> Void) -> Void) {
        var starts = [Int32](repeating: 0, count: sentenceCount + 1)
        var items: [Item] = []
        // Both arrays written through their buffers: written in the closures as arrays, each
        // item's count and place cost a check of the array's uniqueness and its bounds.
        starts.withUnsafeMutableBufferPointer { starts in
            // (Unsigned: a negative sentence is never below the count.)
            forEach { s, _ in if UInt(bitPattern: s) < UInt(sentenceCount) { starts[s + 1] += 1 } }
            for s in 0..<sentenceCount { starts[s + 1] += starts[s] }
            items = [Item](repeating: filler, count: Int(starts[sentenceCount]))
            // Each sentence's start serves as its cursor while placing, so it ends at the next
            // one's start; moved up one place after, it is the start again (no second array).
            items.withUnsafeMutableBufferPointer { items in
                forEach { s, item in
                    guard UInt(bitPattern: s) < UInt(sentenceCount) else { return }
                    items[Int(starts[s])] = item
                    starts[s] += 1
                }
            }
            for s in stride(from: sentenceCount, to: 0, by: -1) { starts[s] = starts[s - 1] }
            if sentenceCount > 0 { starts[0] = 0 }
        }
        self.items = items
        self.starts = starts
    }

    func range(of sentence: Int) -> Range<Int> { Int(starts[sentence])..<Int(starts[sentence + 1]) }

    /// Reorders each sentence's items of two or more in place.
    mutating func reorderEach(_ reorder: (inout UnsafeMutableBufferPointer<Item>) -> Void) {
        let starts = starts
        items.withUnsafeMutableBufferPointer { all in
            for s in 0..<(starts.count - 1) where starts[s + 1] - starts[s] > 1 {
                var group = UnsafeMutableBufferPointer(rebasing: all[Int(starts[s])..<Int(starts[s + 1])])
                reorder(&group)
            }
        }
    }
}
