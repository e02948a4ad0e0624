/// Finding the next unit of a kind, four units at a time: the splitter's scans over the
/// whole text, where the units sought are one in a hundred.
extension ScalarView {
    /// The offset of the first line break in `start..<end`, or `end`.
    func firstLineBreak(from start: Int, to end: Int) -> Int {
        var i = start
        while i + 4 <= end {
            let hits = ASCIIUnit.equal(ASCIIUnit.four(units, at: i), 0x0A)
            if hits != 0 { return i + (hits.trailingZeroBitCount >> 4) }
            i += 4
        }
        while i < end && units[i] != 0x0A { i += 1 }
        return i
    }

    /// The offset of the first sentence stop (`Unicode.Scalar.isSentenceStop`) in `start..<end`, or `end`.
    func firstSentenceStop(from start: Int, to end: Int) -> Int {
        var i = start
        while i + 4 <= end {
            let four = ASCIIUnit.four(units, at: i)
            // `.` `!` `?`, and any unit outside ASCII, checked one by one.
            var hits = ASCIIUnit.equal(four, 0x2E) | ASCIIUnit.equal(four, 0x21) | ASCIIUnit.equal(four, 0x3F)
                | ASCIIUnit.nonASCII(four)
            while hits != 0 {
                let k = i + (hits.trailingZeroBitCount >> 4)
                if self[k].isSentenceStop { return k }
                hits &= hits - 1
            }
            i += 4
        }
        while i < end && !self[i].isSentenceStop { i += 1 }
        return i
    }
}
