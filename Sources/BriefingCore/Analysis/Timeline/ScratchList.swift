/// A short list a pass refills for each sentence or event, emptied by setting its count: an
/// array's `removeAll(keepingCapacity:)` took some 80 instructions a call, and went through
/// generic code to find there was nothing to move. The elements past the count stay in the
/// array until written over.
struct ScratchList<Element> {
    private var items: [Element] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    subscript(n: Int) -> Element { items[n] }

    mutating func removeAll() { count = 0 }

    mutating func append(_ element: consuming Element) {
        if count < items.count { items[count] = element } else { items.append(element) }
        count += 1
    }

    /// Calls `body` with the elements in place.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        items.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
