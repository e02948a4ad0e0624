/// Finding the next unit of a kind, four units at a time: the splitter's scans over the
/// whole text, where the units sought are one in a hundred.
extension ScalarView {
    /// The offset of the first line break in `start..<end`, or `end`.
    func firstLineBreak(from start: Int, to end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let low = ASCIIUnit.equal(ASCIIUnit.four(units, at: i), 0x0A)
            let high = ASCIIUnit.equal(ASCIIUnit.four(units, at: i + 4), 0x0A)
            if low | high != 0 {
                return i + (low != 0 ? low.trailingZeroBitCount >> 4 : 4 + (high.trailingZeroBitCount >> 4))
            }
            i += 8
        }
        while i < end && units[i] != 0x0A { i += 1 }
        return i
    }

    /// The offset of the first sentence stop (`Unicode.Scalar.isSentenceStop`) in `start..<end`, or `end`.
    func firstSentenceStop(from start: Int, to end: Int) -> Int {
        // `.` `!` `?`, and any unit outside ASCII, to be checked one by one.
        @inline(__always) func candidates(_ four: UInt64) -> UInt64 {
            ASCIIUnit.equal(four, 0x2E) | ASCIIUnit.equal(four, 0x21) | ASCIIUnit.equal(four, 0x3F)
                | ASCIIUnit.nonASCII(four)
        }
        var i = start
        while i + 8 <= end {
            let low = candidates(ASCIIUnit.four(units, at: i))
            let high = candidates(ASCIIUnit.four(units, at: i + 4))
            if low | high != 0, let stop = firstStop(among: low, at: i) ?? firstStop(among: high, at: i + 4) {
                return stop
            }
            i += 8
        }
        while i < end && !self[i].isSentenceStop { i += 1 }
        return i
    }

    /// The first of the candidate lanes of the four units at `first` that is a sentence stop.
    @inline(__always) private func firstStop(among candidates: UInt64, at first: Int) -> Int? {
        var hits = candidates
        while hits != 0 {
            let k = first + (hits.trailingZeroBitCount >> 4)
            if self[k].isSentenceStop { return k }
            hits &= hits - 1
        }
        return nil
    }
}
