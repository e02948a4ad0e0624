/// Elements bound for an array, gathered in memory the caller lends (the stack) and written
/// into the array a batch at a time: appended one by one, each cost the array a uniqueness
/// and a capacity check, calls both. The first batch written replaces what the array held,
/// so an array reused from sentence to sentence is emptied in the same call.
///
/// For elements with nothing to deinitialise (plain data): the lent memory is left as it is.
struct ArrayBatch<Element> {
    private let base: UnsafeMutablePointer<Element>
    private let capacity: Int
    /// Elements gathered and not yet written.
    private var pending = 0
    /// Elements gathered so far, those written included: the index in the array the next one will have.
    private(set) var count = 0

    init(_ memory: UnsafeMutableBufferPointer<Element>) {
        precondition(_isPOD(Element.self) && memory.count > 0)
        base = memory.baseAddress!
        capacity = memory.count
    }

    /// Gathers `element`, first writing the batch into `array` when it is full.
    @inline(__always) mutating func append(_ element: Element, into array: inout [Element]) {
        if pending == capacity { flush(into: &array) }
        (base + pending).initialize(to: element)
        pending += 1
        count += 1
    }

    /// Writes the gathered elements into `array`: in place of its elements the first time,
    /// after them later. Called once at the end, it empties an array no element was gathered for.
    mutating func flush(into array: inout [Element]) {
        let batch = UnsafeBufferPointer(start: base, count: pending)
        if count == pending {
            array.replaceSubrange(array.startIndex..<array.endIndex, with: batch)
        } else {
            array.append(contentsOf: batch)
        }
        pending = 0
    }
}
