import BriefingCore

/// A wrapped row of the Source pane: hard line and row within it.
public struct RowPosition: Equatable, Comparable, Sendable {
    public var line: Int
    public var row: Int
    public static func < (a: RowPosition, b: RowPosition) -> Bool { (a.line, a.row) < (b.line, b.row) }
}

/// Row arithmetic over the lazily wrapped text: every operation walks at most the rows
/// it moves by, so scrolling costs the same in a huge document as in the sample.
public struct SourceView {
    public let index: SourceIndex
    public let width: Int
    public let height: Int

    public init(index: SourceIndex, width: Int, height: Int) {
        self.index = index
        self.width = max(1, width)
        self.height = max(1, height)
    }

    public func position(of offset: Int) -> RowPosition {
        let line = index.line(containing: offset)
        let rows = index.rows(line: line, width: width)
        var low = 0
        var high = rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if rows[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return RowPosition(line: line, row: low)
    }

    public func offset(of p: RowPosition) -> Int { index.rows(line: p.line, width: width)[p.row] }

    public func rowEnd(_ p: RowPosition) -> Int { index.rowEnd(line: p.line, row: p.row, width: width) }

    /// Moves by `n` rows (negative: up), stopping at either end.
    public func advance(_ p: RowPosition, by n: Int) -> RowPosition {
        var p = p
        if n > 0 {
            for _ in 0..<n {
                if p.row + 1 < index.rows(line: p.line, width: width).count {
                    p.row += 1
                } else if p.line + 1 < index.lineCount {
                    p = RowPosition(line: p.line + 1, row: 0)
                } else { break }
            }
        } else if n < 0 {
            for _ in 0..<(-n) {
                if p.row > 0 {
                    p.row -= 1
                } else if p.line > 0 {
                    p = RowPosition(line: p.line - 1, row: index.rows(line: p.line - 1, width: width).count - 1)
                } else { break }
            }
        }
        return p
    }

    /// Rows from a to b (a ≤ b), or nil when more than `limit`.
    public func distance(from a: RowPosition, to b: RowPosition, limit: Int) -> Int? {
        if b < a { return nil }
        var p = a
        var n = 0
        while p != b {
            let next = advance(p, by: 1)
            if next == p { return nil }
            p = next
            n += 1
            if n > limit { return nil }
        }
        return n
    }

    public var last: RowPosition {
        let line = index.lineCount - 1
        return RowPosition(line: line, row: index.rows(line: line, width: width).count - 1)
    }

    /// The highest top that still fills the pane: scrolling stops there.
    public var maxTop: RowPosition { advance(last, by: -(height - 1)) }

    public func clampTop(_ top: Int) -> Int {
        let p = position(of: top)
        let m = maxTop
        return offset(of: p > m ? m : p)
    }

    /// The offsets shown with this top: from the top row's start to the last row's end.
    public func visibleRange(top: Int) -> Range<Int> {
        let start = position(of: top)
        let end = advance(start, by: height - 1)
        return offset(of: start)..<rowEnd(end)
    }

    /// A top that shows [start, end): unchanged when already shown, else the least
    /// scroll, or (when `center`) the span a third of the way down.
    public func reveal(_ start: Int, _ end: Int, top: Int, center: Bool) -> Int {
        let topPos = position(of: top)
        let s = position(of: start)
        let e = position(of: max(start, end - 1))
        let shown: Bool = {
            guard s >= topPos, let d = distance(from: topPos, to: e, limit: height) else { return false }
            return d < height
        }()
        if shown { return offset(of: topPos) }
        if center {
            let spanRows = distance(from: s, to: e, limit: height) ?? height
            let margin = max(0, min(height / 3, height - 1 - spanRows))
            return clampTop(offset(of: advance(s, by: -margin)))
        }
        if s < topPos { return offset(of: s) }
        // Below: bring the end to the bottom row, but never push the start off the top.
        let candidate = advance(e, by: -(height - 1))
        return offset(of: candidate > s ? s : candidate)
    }
}

extension DocState {
    /// The first sentence that ends after an offset (the one holding it, or the next).
    func sentence(atOrAfter offset: Int) -> Int {
        let sentences = briefing.sentences
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, max(0, sentences.count - 1))
    }
}
