/// A sentence's tokens marked one bit each, token i at bit i % 64 of word i / 64: where a
/// scan stops (the time matcher's and verb groups' starts, the actors' capitalised words).
/// The marked tokens are found by jumping from set bit to set bit, where a scan testing
/// each token mispredicted a branch at most of them on real text (which tokens are marked
/// is as varied as the text).
struct TokenBits {
    /// The bits; none set at `count` or beyond.
    let words: UnsafePointer<UInt64>
    let count: Int

    /// No tokens.
    static var none: TokenBits { TokenBits(words: noWords, count: 0) }

    /// One word of none set, in memory of its own never freed (a static of the process).
    nonisolated(unsafe) private static let noWords: UnsafePointer<UInt64> = {
        let word = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        word.initialize(to: 0)
        return UnsafePointer(word)
    }()

    /// The first marked token at or after `i` (0 or more), or `count` if none.
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
}
