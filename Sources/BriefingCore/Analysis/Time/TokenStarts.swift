/// The tokens of a sentence a scan stops at, one bit each: those `TimeMatcher.all` tries an
/// expression at, or those `VerbGroups.find` tries a group at. Found by jumping from set bit
/// to set bit, where a scan testing each token's flags mispredicted a branch at most of them
/// on real text (which tokens start something is as varied as the text).
struct TokenStarts {
    /// A bit a token, token i at bit i % 64 of word i / 64; none set at `count` or beyond.
    let words: UnsafePointer<UInt64>
    let count: Int

    /// Starts of no tokens.
    static var none: TokenStarts { TokenStarts(words: noWords, count: 0) }

    /// One word of none set, in memory of its own never freed (a static of the process).
    nonisolated(unsafe) private static let noWords: UnsafePointer<UInt64> = {
        let word = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        word.initialize(to: 0)
        return UnsafePointer(word)
    }()

    /// The first marked token at or after `i`, or `count` if none.
    @inline(__always)
    func next(from i: Int) -> Int {
        guard i < count else { return count }
        var w = i &>> 6
        var bits = words[w] & (~0 &<< UInt64(i & 63))
        let last = (count &- 1) &>> 6
        while bits == 0 {
            if w == last { return count }
            w &+= 1
            bits = words[w]
        }
        return w &<< 6 | bits.trailingZeroBitCount
    }

    /// The words marking the tokens with `flag`, for tokens that come without a buffer's
    /// marks (`TimeTokenBuffer.markStarts`): one more word than they fill, never empty.
    static func marking(_ t: UnsafeBufferPointer<TimeToken>, _ flag: TimeToken.Flags) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: t.count / 64 + 1)
        for (i, tok) in t.enumerated() where tok.flags.contains(flag) { words[i >> 6] |= 1 << UInt64(i & 63) }
        return words
    }
}
