/// Finding the next unit of a kind, sixteen to sixty-four units at a time in vector registers:
/// the splitter's scans over the whole text, where the units sought are one in a hundred.
extension ScalarView {
    /// Whether the scalar at `k` is a space, ASCII read off the unit: each scalar read through
    /// the view was first checked for the astral mark.
    @inline(__always) func isSpace(at k: Int) -> Bool {
        let unit = units[k]
        return unit < 128 ? ASCIIUnit.isSpace(unit) : self[k].isSpace
    }

    /// The offset of the first line break in `start..<end`, or `end`.
    func firstLineBreak(from start: Int, to end: Int) -> Int {
        @inline(__always) func breaks(at i: Int) -> Int { ASCIIUnit.equalMarks(units, at: i, 0x0A) }
        var i = start
        // Sixty-four units a step while as many are left, with no test of the text's end
        // (`end` is inside it); each sixteen packed to bytes and tested in one register (1.6 →
        // 1.3 M instructions on 2 MB of news, against four registers of eight a step of thirty-two);
        // then sixteen a step, reading sixteen units where the text has them and dropping
        // the marks past `end`; the text's last few units one by one.
        while end &- i >= 64 {
            if breaks(at: i) | breaks(at: i &+ 16) | breaks(at: i &+ 32) | breaks(at: i &+ 48) != 0 { break }
            i &+= 64
        }
        let lastBlock = units.count &- 16
        while i < end && i <= lastBlock {
            let left = end &- i
            let found = breaks(at: i) & (left < 16 ? (1 << left) &- 1 : 0xFFFF)
            if found != 0 { return i &+ found.trailingZeroBitCount }
            i &+= 16
        }
        while i < end && units[i] != 0x0A { i += 1 }
        return Swift.min(i, end)
    }

    /// The offset of the first sentence stop (`Unicode.Scalar.isSentenceStop`) in `start..<end`, or `end`.
    func firstSentenceStop(from start: Int, to end: Int) -> Int {
        /// The first of the candidates from `i` that is a stop, if any.
        @inline(__always) func firstStop(_ candidates: Int, from i: Int) -> Int? {
            var candidates = candidates
            while candidates != 0 {
                let k = i + candidates.trailingZeroBitCount
                if self[k].isSentenceStop { return k }
                candidates &= candidates - 1
            }
            return nil
        }
        var i = start
        // Thirty-two a step (`ASCIIUnit.stopCandidates` twice) while more than thirty-two are
        // left, with no test of the text's end (`end` is inside it) and no mask; then sixteen
        // a step, reading sixteen units where the text has them and dropping the marks past
        // `end`; the text's last few units one by one.
        while end &- i > 32 {
            let candidates = ASCIIUnit.stopCandidates(units, at: i) | ASCIIUnit.stopCandidates(units, at: i &+ 16) << 16
            if candidates != 0, let k = firstStop(candidates, from: i) { return k }
            i &+= 32
        }
        let lastBlock = units.count &- 16
        while i < end && i <= lastBlock {
            let left = end &- i
            let candidates = ASCIIUnit.stopCandidates(units, at: i) & (left < 16 ? (1 << left) &- 1 : 0xFFFF)
            if let k = firstStop(candidates, from: i) { return k }
            i &+= 16
        }
        while i < end && !self[i].isSentenceStop { i += 1 }
        return Swift.min(i, end)
    }
}

