/// The words of a "word word ..." list, read straight from its UTF-8 with their keys
/// (`WordKey.key(bytes:)`): no `String` per word. Words are separated by spaces and newlines
/// (any byte up to a space separates: one test per byte); with `banded`, each line starts with
/// a number, the band of the words on it.
struct WordListReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let banded: Bool
    private var position = 0
    /// The band of the words being read (with `banded`, of the last line started).
    private(set) var band: UInt8
    /// With `banded`, whether the next word is a line's band.
    private var atLineStart: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, banded: Bool, band: UInt8) {
        self.bytes = bytes
        self.banded = banded
        self.band = band
        atLineStart = banded
    }

    /// The next word and its key; nil at the end of the list. The word's end is sought eight
    /// bytes at a time, then its key worked out two bytes a step: the lists hold 46,000 words,
    /// read at every start, and a byte at a time cost eleven instructions a byte.
    @inline(__always) mutating func next() -> (word: UnsafeBufferPointer<UInt8>, key: UInt64)? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        while position < count {
            let byte = base[position]
            if byte <= 0x20 {
                if byte == 0x0A { atLineStart = banded }
                position &+= 1
                continue
            }
            let start = position
            let end = Self.end(base, from: start, count)
            // Past the space after the word too, where there is one (as there mostly is).
            position = end < count && base[end] == 0x20 ? end &+ 1 : end
            let word = UnsafeBufferPointer(start: base + start, count: end &- start)
            if atLineStart {
                band = word.reduce(0) { $0 &* 10 &+ ($1 &- 48) }
                atLineStart = false
                continue
            }
            // As `WordKey.key(bytes:)`.
            var hash = WordKey.offsetBasis
            var i = start
            while i &+ 2 <= end {
                hash = (hash ^ UInt64(base[i])) &* WordKey.prime
                hash = (hash ^ UInt64(base[i &+ 1])) &* WordKey.prime
                i &+= 2
            }
            if i < end { hash = (hash ^ UInt64(base[i])) &* WordKey.prime }
            return (word, WordKey.nonZero(hash))
        }
        return nil
    }

    /// Where the word from `start` ends: the first byte up to a space from there, or `count`.
    @inline(__always) private static func end(_ base: UnsafePointer<UInt8>, from start: Int, _ count: Int) -> Int {
        var i = start
        while i &+ 8 <= count {
            let eight = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte below 0x21 sets its top bit in `eight - 0x2121...21` and has it clear in
            // `eight`; bytes above it may be marked too (the borrow), never one below it, so the
            // lowest mark (the first byte in memory) is the end.
            let marks = (eight &- 0x2121_2121_2121_2121) & ~eight & 0x8080_8080_8080_8080
            if marks != 0 { return i &+ marks.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < count && base[i] > 0x20 { i &+= 1 }
        return i
    }
}
