/// Case-folded 64-bit keys for words, computed straight from scalars so the hot
/// loop never builds a `String` (tables over them: `KeyTable`).
///
/// Keys are FNV-1a over the folded scalars (ASCII lowercased, curly apostrophe
/// and Unicode hyphens made ASCII, other uppercase letters lowercased). Two
/// different words sharing a 64-bit key is possible in principle but, with a
/// vocabulary of about 45,000 words, less likely than one in a hundred million
/// over a billion tokens; the topic model accepts that.
enum WordKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func fold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) ? v + 32 : v }
        return foldNonASCII(c)
    }

    /// Out of line: Unicode properties cost a metadata lookup that the ASCII path should not pay.
    @inline(never) static func foldNonASCII(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        switch v {
        case 0x2019, 0x2018: return 0x27
        case 0x2010, 0x2011, 0x2012, 0x2013: return 0x2D
        default:
            guard c.properties.isUppercase, let lower = c.properties.lowercaseMapping.unicodeScalars.first else { return v }
            return lower.value
        }
    }

    @inline(__always) static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        if value < 128 {
            h = (h ^ UInt64(value)) &* prime
        } else {
            h = (h ^ UInt64(value & 0xFF)) &* prime
            h = (h ^ UInt64(value >> 8)) &* prime
        }
        return h
    }

    @inline(__always) static func nonZero(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    static func key(_ scalars: PackedScalars, _ range: Range<Int>) -> UInt64 {
        var h = offsetBasis
        for i in range { h = mix(h, fold(scalars[i])) }
        return nonZero(h)
    }

    static func key<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = offsetBasis
        for c in scalars { h = mix(h, fold(c)) }
        return nonZero(h)
    }

    static func key(_ word: String) -> UInt64 { key(scalars: word.unicodeScalars) }

    /// Key of already folded ASCII bytes (a stem, a word of a list).
    static func key(bytes: some Sequence<UInt8>) -> UInt64 { nonZero(hash(bytes)) }

    /// Key of already folded ASCII bytes followed by `last`: a stem as `Stemmer.stem(ascii:)` gives it.
    static func key(bytes: some Sequence<UInt8>, then last: UInt8) -> UInt64 {
        nonZero((hash(bytes) ^ UInt64(last)) &* prime)
    }

    @inline(__always) private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// A second key space for exact-form lexicon entries ("=arms"), so they never collide with stems.
    @inline(__always) static func exact(_ key: UInt64) -> UInt64 { nonZero(key ^ 0x9E37_79B9_7F4A_7C15) }

    /// Combines word keys into a phrase key (order matters).
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019 &+ (a >> 29)))
    }
}
