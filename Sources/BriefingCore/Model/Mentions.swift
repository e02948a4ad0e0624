/// An actor's mentions (`Actor.mentions`), in text order. A text of many names names most
/// of its actors once, and an array for that one mention cost 48 bytes on the heap beside
/// each actor: a single mention is held inline, several in an array.
public struct Mentions: RandomAccessCollection, ExpressibleByArrayLiteral, Hashable, Sendable {
    /// `.one` for exactly one mention, `.many` for any other number, so that equal mentions
    /// are always held alike (which the synthesised `==` and `hash(into:)` rely on).
    private enum Storage: Hashable, Sendable {
        case one(Mention)
        case many([Mention])
    }

    private let storage: Storage

    public init(_ mentions: [Mention]) {
        storage = mentions.count == 1 ? .one(mentions[0]) : .many(mentions)
    }

    /// Exactly one mention, with no array made for it.
    init(_ mention: Mention) {
        storage = .one(mention)
    }

    public init(arrayLiteral mentions: Mention...) {
        self.init(mentions)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .one: 1
        case .many(let mentions): mentions.count
        }
    }

    public subscript(position: Int) -> Mention {
        switch storage {
        case .one(let mention):
            precondition(position == 0, "Mentions index out of range")
            return mention
        case .many(let mentions):
            return mentions[position]
        }
    }

    /// One switch on the storage when made, none per mention: through the subscript, each
    /// mention cost a switch and a bounds check more than an array's.
    public struct Iterator: IteratorProtocol {
        private var single: Mention?
        private var several: IndexingIterator<[Mention]>

        fileprivate init(single: Mention?, several: [Mention]) {
            self.single = single
            self.several = several.makeIterator()
        }

        public mutating func next() -> Mention? {
            if let mention = single {
                single = nil
                return mention
            }
            return several.next()
        }
    }

    public func makeIterator() -> Iterator {
        switch storage {
        case .one(let mention): Iterator(single: mention, several: [])
        case .many(let mentions): Iterator(single: nil, several: mentions)
        }
    }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Mention>) throws -> R) rethrows -> R? {
        switch storage {
        case .one(var mention):
            return try withUnsafePointer(to: &mention) { try body(UnsafeBufferPointer(start: $0, count: 1)) }
        case .many(let mentions):
            return try mentions.withUnsafeBufferPointer(body)
        }
    }
}
