/// A short list a pass refills for each sentence or event, emptied by setting its count: an
/// array's `removeAll(keepingCapacity:)` took some 80 instructions a call, and went through
/// generic code to find there was nothing to move. The elements past the count stay in
/// memory until written over.
///
/// Its elements are in memory of its own (`Storage`), not in an array: an array's append and
/// element write each asked whether the array was uniquely referenced first, a call at every
/// element. So copies of a list share their elements: a pass keeps each list in one place,
/// made with `init()`, and hands it on only to be read (`EventSummary.Writer.make`), swaps
/// two lists, or fills a copy that then replaces the original (`TimeMatcher.direction`),
/// never changing a copy it then drops. A list filled once and then read is one too: the
/// actors' byte for each sentence (`DocumentEvidence.loneOpeners`).
struct ScratchList<Element>: RandomAccessCollection {
    private let storage: Storage
    private(set) var count = 0

    init() { storage = Storage(capacity: 8) }

    /// A list with room for `capacity` elements before it first grows: reserved, not
    /// written, so pages become resident only as elements fill them.
    init(capacity: Int) { storage = Storage(capacity: Swift.max(capacity, 8)) }

    var isEmpty: Bool { count == 0 }
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(n: Int) -> Element {
        get {
            precondition(n >= 0 && n < count, "ScratchList index out of range")
            return storage.base[n]
        }
        set {
            precondition(n >= 0 && n < count, "ScratchList index out of range")
            storage.base[n] = newValue
        }
    }

    mutating func removeAll() { count = 0 }

    /// Inlined: out of line, the actors' pass paid a call per sentence and the timeline's per
    /// element (0.4 M instructions each on 2 MB of news).
    @inline(__always) mutating func append(_ element: consuming Element) {
        storage.put(element, at: count)
        count += 1
    }

    /// Calls `body` with the elements in place.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        body(UnsafeBufferPointer(start: storage.base, count: count))
    }

    /// The elements' memory: `initialized` of them written (those past a list's count are
    /// kept until written over or freed), room for `capacity`.
    private final class Storage {
        private(set) var base: UnsafeMutablePointer<Element>
        private var capacity: Int
        private var initialized = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit {
            base.deinitialize(count: initialized)
            base.deallocate()
        }

        /// Writes `element` at `i`, at most one past the elements written: over the one there,
        /// or as a new one, with more room first if there is none.
        @inline(__always)
        func put(_ element: consuming Element, at i: Int) {
            if i < initialized { base[i] = element; return }
            if i == capacity { grow() }
            (base + i).initialize(to: element)
            initialized = i + 1
        }

        /// Twice the room, the elements written moved over.
        private func grow() {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: initialized)
            base.deallocate()
            base = larger
            capacity *= 2
        }
    }
}
