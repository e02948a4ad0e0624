/// A lowercase ASCII word of up to 12 letters packed into a `UInt64` (5 bits a letter),
/// so the lexicons can be looked up per token without building a `String`.
/// Apostrophes are skipped ("won't" packs as "wont"); any other character, or a longer
/// word, gives 0, which no lexicon holds.
enum PackedWord {
    static let maxLetters = 12

    @inline(__always)
    static func pack(_ text: PackedScalars, _ start: Int, _ end: Int) -> UInt64 {
        var key: UInt64 = 0
        var letters = 0
        var i = start
        while i < end {
            var v = text[i].value
            i += 1
            if v >= 65 && v <= 90 { v += 32 }
            if v >= 97 && v <= 122 {
                letters += 1
                if letters > maxLetters { return 0 }
                key = (key << 5) | UInt64(v - 96)
            } else if v == 0x27 || v == 0x2019 {
                continue
            } else {
                return 0
            }
        }
        return key
    }

    // Keys the stages compare against, written as the numbers `pack` gives (5 bits a letter,
    // "a" = 1; `PackedWordKeyTests` checks each): a key packed at start-up is a lazy global,
    // checked for its one-time set-up at every use in the hot loops, a literal is a constant.
    static let and: UInt64 = 0x5C4, of: UInt64 = 0x1E6, percent: UInt64 = 0x40B2195D4, per: UInt64 = 0x40B2
    static let utc: UInt64 = 0x5683, gmt: UInt64 = 0x1DB4, long: UInt64 = 0x63DC7

    /// `pack` of a word given as a string, read from its UTF-8 bytes in place while they are
    /// ASCII (the time lexicon packs some 750 literals at start-up), else from its scalars.
    static func pack(_ word: String) -> UInt64 {
        var word = word
        let key: UInt64? = word.withUTF8 { bytes in
            var key: UInt64 = 0
            var letters = 0
            for var byte in bytes {
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte >= 97 && byte <= 122 {
                    letters += 1
                    if letters > maxLetters { return 0 }
                    key = (key << 5) | UInt64(byte - 96)
                } else if byte == 0x27 {
                    continue
                } else if byte >= 0x80 {
                    return nil // a curly apostrophe is skipped too: the scalars tell
                } else {
                    return 0
                }
            }
            return key
        }
        if let key { return key }
        let scalars = PackedScalars(word)
        return pack(scalars, 0, scalars.count)
    }

    /// The key of units `s..<e` (one to `maxLetters`) when all are ASCII letters, else nil:
    /// what `pack` gives for them, read four units at a time.
    ///
    /// A letter a unit cost some fourteen instructions for every word of every sentence; four
    /// at once cost about twice as many as one. The units past the word in its last four are
    /// read too and masked off: the text must go on that far, else the word is read a unit
    /// at a time.
    @inline(__always)
    static func letterKey(_ units: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int) -> UInt64? {
        let n = e &- s
        guard s &+ maxLetters <= units.count else { return letterKey(units, s, e, after: 0) }
        let p = UnsafeRawPointer(units.baseAddress.unsafelyUnwrapped + s)
        guard let first = letterCodes(p.loadUnaligned(as: UInt64.self), n) else { return nil }
        if n <= 4 { return first &>> UInt64(truncatingIfNeeded: 5 &* (4 &- n)) }
        guard let second = letterCodes(p.loadUnaligned(fromByteOffset: 8, as: UInt64.self), n &- 4) else { return nil }
        if n <= 8 { return (first &<< 20 | second) &>> UInt64(truncatingIfNeeded: 5 &* (8 &- n)) }
        guard let third = letterCodes(p.loadUnaligned(fromByteOffset: 16, as: UInt64.self), n &- 8) else { return nil }
        return (first &<< 40 | second &<< 20 | third) &>> UInt64(truncatingIfNeeded: 5 &* (12 &- n))
    }

    /// A word at the text's very end, a unit at a time, after the key of the units before.
    private static func letterKey(_ units: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int, after key: UInt64) -> UInt64? {
        var key = key
        for i in s..<e {
            let folded = UInt32(units[i]) | 0x20 // A-Z onto a-z; no other unit lands in a-z
            guard folded &- 97 < 26 else { return nil }
            key = key &<< 5 | UInt64(folded & 31)
        }
        return key
    }

    /// The 5-bit codes of the first `count` of four units (lane 0 first; all four when
    /// `count` is 4 or more) packed into 20 bits, the first unit's highest and the lanes
    /// not counted 0, when those counted are ASCII letters.
    @inline(__always)
    static func letterCodes(_ four: UInt64, _ count: Int) -> UInt64? {
        let laneTops: UInt64 = 0x8000_8000_8000_8000
        let keep = UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 16 &* min(count, 4))
        let folded = (four | 0x0020_0020_0020_0020) & keep // A-Z onto a-z; no other unit lands in a-z
        // Below a lane's top bit, adding 0x8000 - n carries into it exactly when the lane is
        // at least n, and never into the next lane: a letter is at least "a" (0x61) and below
        // "{" (0x7B), and a lane with its top bit set is no letter.
        let low = folded & ~laneTops
        let atLeastA = low &+ 0x7F9F_7F9F_7F9F_7F9F
        let pastZ = low &+ 0x7F85_7F85_7F85_7F85
        guard (~atLeastA | pastZ | folded) & laneTops & keep == 0 else { return nil }
        // One multiply moves lane k's code (at bit 16k) to bit 63 - 5k, then read at bit 48:
        // shifts of 63, 42, 21 and 0, whose other products fall outside bits 48..<68 and,
        // below them, on bits of their own (no carry).
        let codes = folded & 0x001F_001F_001F_001F
        let (high, low64) = codes.multipliedFullWidth(by: 1 << 63 | 1 << 42 | 1 << 21 | 1)
        return (high &<< 16 | low64 &>> 48) & 0xF_FFFF
    }
}
