extension TokenBits {
    /// The words marking the tokens with `flag`, for tokens that come without a buffer's
    /// marks (`TimeTokenBuffer.markStarts`): one more word than they fill, never empty.
    static func marking(_ t: UnsafeBufferPointer<TimeToken>, _ flag: TimeToken.Flags) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: t.count / 64 + 1)
        for (i, tok) in t.enumerated() where tok.flags.contains(flag) { words[i >> 6] |= 1 << UInt64(i & 63) }
        return words
    }
}
