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

    // Keys the stages compare against, packed once.
    static let and = pack("and"), of = pack("of"), percent = pack("percent"), per = pack("per")
    static let utc = pack("utc"), gmt = pack("gmt"), long = pack("long")

    static func pack(_ word: String) -> UInt64 {
        let scalars = PackedScalars(word)
        return pack(scalars, 0, scalars.count)
    }
}
