/// Indexes (of candidates and runs) by token index, for the few tokens that have one: flat
/// arrays, so a lookup costs no hashing, the three of a sentence in one allocation.
///
/// Each slot holds the sentence it was written for (a generation, counted up at each
/// `reset`) beside the index, and a slot of another generation reads as empty: a new
/// sentence clears nothing. (Clearing the slots written, listed as they were written, cost
/// more than the writes themselves.)
///
/// The slots are memory behind a pointer, held by an object (`TokenTableMemory`) that frees
/// it: as arrays, each write checked that the array was not shared, a call, and a sentence
/// writes several slots a candidate. Copies share the memory, as `SentenceWords`' keys do.
struct TokenTables {
    enum Column: Int {
        /// The candidate whose last token (or last word) it is.
        case endingAt
        /// The candidate whose first word it is.
        case startingAt
        /// The run whose first token it is.
        case runStartingAt
    }

    private let memory = TokenTableMemory()
    private var count = 0
    /// The current sentence's generation, in the top 32 bits of its slots; never 0, which
    /// the memory's slots start with.
    private var generation: UInt64 = 0

    /// Empty, for a sentence of `count` tokens, in the memory the last sentence used.
    mutating func reset(count: Int) {
        self.count = count
        if count > memory.stride { memory.reserve(count) }
        generation += 1
        // After 2^32 - 1 sentences the generations start again, from slots all 0.
        if generation > UInt64(UInt32.max) {
            memory.clear()
            generation = 1
        }
    }

    /// Nil for a token without one, or an index outside the sentence.
    @inline(__always) subscript(_ column: Column, _ token: Int) -> Int? {
        get {
            // One unsigned comparison: a negative token reads as past the end.
            guard UInt(bitPattern: token) < UInt(bitPattern: count) else { return nil }
            let slot = memory.slots[column.rawValue * memory.stride + token]
            return slot >> 32 == generation ? Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: slot)) : nil
        }
        set {
            precondition(UInt(bitPattern: token) < UInt(bitPattern: count))
            memory.slots[column.rawValue * memory.stride + token] =
                newValue.map { generation << 32 | UInt64(UInt32(truncatingIfNeeded: $0)) } ?? 0
        }
    }
}

/// The memory of `TokenTables`: three columns of `stride` slots, all 0 (empty for every
/// generation) when made.
final class TokenTableMemory {
    /// Slots a column: the most tokens a sentence has had, or more.
    private(set) var stride = 0
    private(set) var slots = UnsafeMutablePointer<UInt64>.allocate(capacity: 0)

    deinit { slots.deallocate() }

    /// Room for `count` tokens, every slot 0 (what it held is dropped).
    func reserve(_ count: Int) {
        stride = max(count, 2 * stride)
        slots.deallocate()
        slots = .allocate(capacity: 3 * stride)
        clear()
    }

    /// Every slot 0.
    func clear() { slots.initialize(repeating: 0, count: 3 * stride) }
}

