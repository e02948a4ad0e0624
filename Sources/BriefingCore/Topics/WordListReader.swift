/// The words of a "word word ..." list, read straight from its UTF-8 with their keys
/// (`WordKey.key(bytes:)`): no `String` per word. Words are separated by spaces and newlines;
/// with `banded`, each line starts with a number, the band of the words on it.
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

    /// The next word and its key; nil at the end of the list.
    @inline(__always) mutating func next() -> (word: UnsafeBufferPointer<UInt8>, key: UInt64)? {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x0A {
                if byte == 0x0A { atLineStart = banded }
                position += 1
                continue
            }
            let start = position
            position = end(from: start)
            let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
            if atLineStart {
                band = word.reduce(0) { $0 &* 10 &+ ($1 &- 48) }
                atLineStart = false
                continue
            }
            return (word, WordKey.key(bytes: word))
        }
        return nil
    }

    /// The next space or newline from `start`, or the end: eight bytes at a time while eight are left.
    private func end(from start: Int) -> Int {
        var i = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= bytes.count {
                let chunk = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = Self.zeroBytes(chunk ^ 0x2020_2020_2020_2020) | Self.zeroBytes(chunk ^ 0x0A0A_0A0A_0A0A_0A0A)
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < bytes.count && bytes[i] != 0x20 && bytes[i] != 0x0A { i += 1 }
        return i
    }

    /// The high bit of each zero byte of `x` is set in the result up to the first zero byte
    /// (bytes above one may be marked wrongly, by its borrow): the lowest set bit finds the first.
    @inline(__always) private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }
}
