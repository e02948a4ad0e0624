/// The distinct words of a document numbered 1, 2, 3… in the order `TokenStore` first codes
/// them, so that each later stage keeps what it works out about a word in a small array by
/// number (`WordFormCache`, `WordFacts`, `TimeTokenBuffer`) instead of probing a hash table
/// of its own for every word of the text.
///
/// A word or number token of up to 16 ASCII units (nearly every token of English news) is
/// keyed by its units, a byte each in two 64-bit words, read sixteen units at a time. The first `maxNumber` distinct ones are numbered; any other
/// token, and every token once they are taken, gets 0 and is worked out by each stage as
/// before. A number fits the 12 bits a token's code leaves for it (`TokenStore`).
///
/// Numbers hold for one store: a stage keeping facts by number keeps them for the one
/// analysis whose store gave them.
struct WordNumbering {
    static let maxNumber = 4095

    /// A word's key: a byte a unit, units 0–7 in `low` and 8–15 in `high`, 0 past the word.
    private struct Key {
        var low: UInt64
        var high: UInt64
    }

    /// The table and what it holds by number, freed together: the numbers by hash slot
    /// (twice `maxNumber` slots, so probes stay short; 0 in a free slot), each number's key,
    /// and each number's kind and length as a token's code holds them (`TokenStore`).
    ///
    /// A slot holds a number in its low 12 bits and four more bits of the word's hash (a tag)
    /// above: two bytes, so the whole table (16 KB) stays in the first-level cache. The keys
    /// are by number, so the commonest words, numbered first, share cache lines. With the key
    /// beside the number in each slot (32 bytes a slot, 256 KB in all), the wait for a word's
    /// slot was a third of the token scan's time on real news.
    private final class Memory {
        let slots: UnsafeMutablePointer<UInt16>
        let keys: UnsafeMutablePointer<Key>
        let codes: UnsafeMutablePointer<UInt16>
        /// For each length n from 0 to 16, two masks that keep the first n of sixteen 16-bit
        /// units read as two vectors of eight: 17 × 32 bytes, where working each mask out took a
        /// handful of instructions a word (and a global table a lazy initialiser's check at
        /// every word).
        let unitMasks: UnsafeMutablePointer<SIMD8<Int16>>
        /// How many numbers may be given: `maxNumber`, or 0 for a numbering that gives none.
        let limit: Int
        /// How many are given: here, not in the numbering, so the scan that numbers words
        /// keeps one reference for it and the tables instead of a count beside them.
        var count = 0

        /// The slots of every numbering that gives no number: all free, so a probe ends at
        /// its first slot, and never written, as no number is given. Shared so that such a
        /// numbering, made per call, costs no table, and the scan needs no test for it.
        /// (Unsafe to share only if written to, which `add` never does here.)
        nonisolated(unsafe) private static let noSlots: UnsafeMutablePointer<UInt16> = {
            let slots = UnsafeMutablePointer<UInt16>.allocate(capacity: WordNumbering.slotCount)
            slots.initialize(repeating: 0, count: WordNumbering.slotCount)
            return slots
        }()

        init(enabled: Bool) {
            limit = enabled ? WordNumbering.maxNumber : 0
            if enabled {
                let bytes = WordNumbering.slotCount * MemoryLayout<UInt16>.stride
                let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
                raw.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
                slots = raw.bindMemory(to: UInt16.self, capacity: WordNumbering.slotCount)
            } else {
                slots = Self.noSlots
            }
            let numbers = limit + 1
            keys = UnsafeMutableRawPointer.allocate(byteCount: numbers * MemoryLayout<Key>.stride, alignment: 64)
                .bindMemory(to: Key.self, capacity: numbers)
            codes = .allocate(capacity: numbers)
            codes[0] = 0
            unitMasks = .allocate(capacity: 17 * 2)
            for n in 0..<17 {
                for half in 0..<2 {
                    unitMasks[2 * n + half] = SIMD8(
                        (0..<8).map { lane in 8 * half + lane < n ? Int16(-1) : 0 })
                }
            }
        }

        deinit {
            if limit > 0 { slots.deallocate() }
            keys.deallocate()
            codes.deallocate()
            unitMasks.deallocate()
        }
    }

    private static let slotBits = 13
    private static let slotCount = 1 << slotBits
    private static let slotMask = slotCount - 1
    private let memory: Memory
    var count: Int { memory.count }

    /// - Parameter enabled: false for a numbering that gives every word 0 (for a store that
    ///   keeps nothing: made per call, it should cost no table).
    init(enabled: Bool) {
        memory = Memory(enabled: enabled)
    }

    /// Memory for what a stage keeps by word number (0…`maxNumber`), each entry `initial`;
    /// the caller frees it. Numbers hold for one store, so such a table serves one analysis.
    ///
    /// Aligned to a cache line: at `malloc`'s 16 bytes, a 32-byte entry lay across two lines
    /// for every other number, and each such word's facts cost two misses.
    static func table<Entry>(repeating initial: Entry) -> UnsafeMutablePointer<Entry> {
        let table = UnsafeMutableRawPointer.allocate(byteCount: (maxNumber + 1) * MemoryLayout<Entry>.stride,
                                                     alignment: Swift.max(64, MemoryLayout<Entry>.alignment))
            .bindMemory(to: Entry.self, capacity: maxNumber + 1)
        table.initialize(repeating: initial, count: maxNumber + 1)
        return table
    }

    /// By number (1…`count`), each word's kind and length as a token's code holds them.
    var codes: UnsafePointer<UInt16> { UnsafePointer(memory.codes) }

    /// The number of the word or number token at `start..<end`, given one if it has none and
    /// numbers are left; 0 for a token that is not numbered. `code`: its kind and length as
    /// a token's code holds them. Reads the sixteen units from `start`, so `start + 16` must
    /// lie inside `units` (else 0).
    @inline(__always)
    func number(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, code: UInt16) -> Int {
        let n = end &- start
        guard n <= 16, start &+ 16 <= units.count else { return 0 }
        // The units beyond the word made 0 by the masks of its length: no branch on it.
        let masks = memory.unitMasks + 2 &* n
        guard let bytes = ASCIIUnit.asciiBytes(ASCIIUnit.eight(units, at: start) & masks[0],
                                               ASCIIUnit.eight(units, at: start &+ 8) & masks[1]) else { return 0 }
        return find(low: bytes.low, high: bytes.high, code: code)
    }

    /// The number of a word or number token of fewer than eight units, each an ASCII letter
    /// or digit, at `start`, as `number` gives it: for the tokenizer's commonest token
    /// (`Tokenizer.scanMarkingShortWords`), whose units it has tested, so neither its length nor
    /// its units are tested again, and its key's high half is 0. The scan gives such a word
    /// only where sixteen units are left from its start, as `number` needs to give one a
    /// number: the same words are numbered either way.
    @inline(__always)
    func number(shortPlainWordAt start: Int, length n: Int, _ units: UnsafeBufferPointer<UInt16>, code: UInt16) -> Int {
        find(low: ASCIIUnit.bytes(ASCIIUnit.eight(units, at: start) & memory.unitMasks[2 &* n]), high: 0, code: code)
    }

    /// The number of the word keyed `low` and `high`, given one if it has none and numbers are left.
    @inline(__always)
    private func find(low: UInt64, high: UInt64, code: UInt16) -> Int {
        let slots = memory.slots
        // The top bits of a product depend on every bit of the key: the slot, then the tag.
        let hash = (low ^ high << 7) &* 0x9E37_79B9_7F4A_7C15
        var i = Int(truncatingIfNeeded: hash >> (64 - Self.slotBits))
        let tag = UInt16(truncatingIfNeeded: hash >> (64 - Self.slotBits - 4)) << 12
        let keys = memory.keys
        while true {
            let slot = slots[i]
            if slot == 0 { return add(Key(low: low, high: high), code: code, at: i, tag: tag) }
            // The key, compared in one test, is read only when the tag matches: a slot of
            // another word costs no read of its key 15 times in 16. With the tag taken off by
            // `^`, what is left is the number exactly when the tag matched.
            let number = Int(slot ^ tag)
            if number <= WordNumbering.maxNumber && (keys[number].low ^ low) | (keys[number].high ^ high) == 0 { return number }
            i = (i &+ 1) & Self.slotMask
        }
    }

    private func add(_ key: Key, code: UInt16, at i: Int, tag: UInt16) -> Int {
        let count = memory.count
        guard count < memory.limit else { return 0 }
        let number = count + 1
        memory.count = number
        memory.slots[i] = tag | UInt16(number)
        memory.keys[number] = key
        memory.codes[number] = code
        return number
    }
}
