/// A lowercase ASCII word of 1 to 12 letters packed 5 bits a letter (a = 1), so distinct
/// words get distinct keys; 0 for any other string.
enum LetterKey {
    @inline(__always) static func of(_ word: String) -> UInt64 {
        // Through a pointer when the string has contiguous UTF-8 (small strings too):
        // iterating `utf8` checks the string's form at every byte.
        word.utf8.withContiguousStorageIfAvailable(pack) ?? pack(word.utf8)
    }

    /// `of(String(word))`, packed from the bytes of a literal.
    @inline(__always) static func of(_ word: StaticString) -> UInt64 {
        word.withUTF8Buffer(pack)
    }

    /// The key of `NameKey.make(scalars, start, end)` for a word of ASCII letters (dots
    /// dropped, as the key drops them), made without the string from the text's 16-bit
    /// units (`PackedScalars.units`: an ASCII letter's unit is its value, and no other unit
    /// falls among them); 0 for any other word, whose key callers then make as a string.
    @inline(__always) static func of(units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt64 {
        var key: UInt64 = 0
        var k = start
        // Four letters at a time while they are letters (most words), in a word short enough
        // that they all fit: each lane, lowered, less 96, is its letter's 5 bits.
        if end - start <= 12 {
            while k + 4 <= end {
                let four = ASCIIUnit.four(units, at: k)
                guard allLetters(four) else { break }
                let v = (four | 0x0020_0020_0020_0020) &- 0x0060_0060_0060_0060
                key = key << 20 | (v & 0x1F) << 15 | (v >> 16 & 0x1F) << 10 | (v >> 32 & 0x1F) << 5 | (v >> 48 & 0x1F)
                k += 4
            }
        }
        // The last one to three letters as one more group, the lanes beyond the word made
        // letters ("a") to pass the test and then shifted out: a letter at a time cost ~20 instructions.
        let rest = end - k
        if rest > 0 && rest < 4 && end - start <= 12 && k + 4 <= units.count {
            let kept = UInt64.max >> (64 - 16 * rest)
            let four = ASCIIUnit.four(units, at: k) & kept | 0x0061_0061_0061_0061 & ~kept
            if allLetters(four) {
                let v = (four | 0x0020_0020_0020_0020) &- 0x0060_0060_0060_0060
                let group = (v & 0x1F) << 15 | (v >> 16 & 0x1F) << 10 | (v >> 32 & 0x1F) << 5 | (v >> 48 & 0x1F)
                return key << (5 * rest) | group >> (5 * (4 - rest))
            }
        }
        var letters = k - start
        for k in k..<end {
            var v = units[k]
            if v == 46 { continue }
            if v >= 65 && v <= 90 { v |= 0x20 }
            guard v >= 97 && v <= 122, letters < 12 else { return 0 }
            key = key << 5 | UInt64(v - 96)
            letters += 1
        }
        return key
    }

    /// `of(NameKey.make(name))` for a name's UTF-8, made without the string: dots dropped,
    /// letters lowered, spaces at either end dropped; 0 when the key is not 1 to 12 ASCII
    /// letters (a space inside, a digit, any non-ASCII byte: callers then make the key as a
    /// string, whose `of` is 0 unless a non-ASCII letter lowercases to an ASCII one).
    static func of(nameKeyOf utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        var k = 0
        // Letters first, and most names are nothing else.
        while k < utf8.count && k < 12 {
            // Setting bit 5 takes A-Z onto a-z, and no other byte; then a-z is 0 to 25.
            let letter = (utf8[k] | 0x20) &- 97
            guard letter < 26 else { break }
            key = key << 5 | UInt64(letter + 1)
            k += 1
        }
        if k == utf8.count { return key }
        var letters = k
        var spaceAfter = false
        for byte in utf8[k...] {
            if byte == 46 { continue }
            if byte == 32 || (byte >= 9 && byte <= 13) {
                spaceAfter = letters > 0
                continue
            }
            let letter = (byte | 0x20) &- 97
            guard letter < 26, letters < 12, !spaceAfter else { return 0 }
            key = key << 5 | UInt64(letter + 1)
            letters += 1
        }
        return key
    }

    /// `of(String(decoding: utf8, as: UTF8.self).lowercased())` for a word of 1 to 12 ASCII
    /// letters, either case; 0 for any other.
    static func of(lowercasing utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard utf8.count <= 12 else { return 0 }
        var key: UInt64 = 0
        for byte in utf8 {
            let lower = byte | 0x20
            guard lower >= 97 && lower <= 122 else { return 0 }
            key = key << 5 | UInt64(lower - 96)
        }
        return key
    }

    /// The word a key (not 0) packs.
    static func word(_ key: UInt64) -> String {
        let count = letters(key)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var rest = key
            for i in stride(from: count - 1, through: 0, by: -1) {
                buffer[i] = UInt8(rest & 31) + 96
                rest >>= 5
            }
            return count
        }
    }

    /// How many letters a key (not 0) packs: each is a nonzero group of five bits.
    @inline(__always) static func letters(_ key: UInt64) -> Int { (64 - key.leadingZeroBitCount + 4) / 5 }

    /// Whether the four units (lane 0 in the low 16 bits) are all ASCII letters.
    @inline(__always) private static func allLetters(_ four: UInt64) -> Bool {
        let lanes: UInt64 = 0x0001_0001_0001_0001
        let tops: UInt64 = 0x8000_8000_8000_8000
        // A lane below 128 plus 0x8000 - n has its top bit set exactly when it is at least n,
        // and never carries into the next lane. Setting bit 5 takes A-Z onto a-z, and no other unit.
        @inline(__always) func atLeast(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &+ (0x8000 - n) &* lanes) & tops }
        let folded = four | 0x20 &* lanes
        return four & 0xFF80_FF80_FF80_FF80 == 0 && atLeast(folded, 97) & ~atLeast(folded, 123) == tops
    }

    @inline(__always) private static func pack<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var key: UInt64 = 0
        var letters = 0
        for byte in bytes {
            guard byte >= 97 && byte <= 122, letters < 12 else { return 0 }
            key = key << 5 | UInt64(byte - 96)
            letters += 1
        }
        return key
    }
}
