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

    /// The next word and its key; nil at the end of the list. The key is worked out as the
    /// word's end is sought, in one pass over its bytes, not a search for the end and a pass
    /// to hash: the lists hold 46,000 words, read at every start.
    @inline(__always) mutating func next() -> (word: UnsafeBufferPointer<UInt8>, key: UInt64)? {
        while position < bytes.count {
            let byte = bytes[position]
            if byte <= 0x20 {
                if byte == 0x0A { atLineStart = banded }
                position += 1
                continue
            }
            let start = position
            var hash = WordKey.offsetBasis
            var i = start
            while i < bytes.count {
                let b = bytes[i]
                if b <= 0x20 { break }
                hash = (hash ^ UInt64(b)) &* WordKey.prime
                i += 1
            }
            position = i
            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
            if atLineStart {
                band = word.reduce(0) { $0 &* 10 &+ ($1 &- 48) }
                atLineStart = false
                continue
            }
            // As `WordKey.key(bytes:)`.
            return (word, WordKey.nonZero(hash))
        }
        return nil
    }
}
