/// One terminal cell: a grapheme cluster, its width and its role.
///
/// A wide glyph occupies two cells: the first holds it (`width == 2`), the second is a
/// continuation (`width == 0`, empty text) that a terminal adapter skips.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: Role

    public init(text: String = " ", width: UInt8 = 1, role: Role = .text) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell()
}

public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }
}

/// A screen of cells that panes draw into. The terminal adapter flushes it; tests read
/// it back as text. Drawing is clipped to the grid and to the given limits.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, role: Role = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(role: role), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Puts one glyph at (x, y) if it fits before `limit`; returns the next column.
    @discardableResult
    public mutating func put(_ text: String, width w: Int, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, w > 0 else { return x + max(0, w) }
        guard x + w <= end else {
            // A wide glyph that does not fit at the edge leaves blanks, not half a glyph.
            var cx = x
            while cx < end { self[cx, y] = Cell(text: " ", width: 1, role: role); cx += 1 }
            return x + w
        }
        // Overwriting half of a wide glyph blanks its other half.
        if self[x, y].width == 0, x > 0, self[x - 1, y].width == 2 {
            self[x - 1, y] = Cell(text: " ", width: 1, role: self[x - 1, y].role)
        }
        if self[x, y].width == 2, w == 1, x + 1 < width {
            self[x + 1, y] = Cell(text: " ", width: 1, role: self[x + 1, y].role)
        }
        self[x, y] = Cell(text: text, width: UInt8(w), role: role)
        if w == 2 { self[x + 1, y] = Cell(text: "", width: 0, role: role) }
        return x + w
    }

    /// Writes text (sanitised, width per grapheme) from (x, y), clipped at `limit`
    /// (exclusive column). Returns the next column.
    @discardableResult
    public mutating func write(_ s: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        var cx = x
        for ch in s {
            if cx >= end { break }
            let g = Glyph.of(ch)
            if g.width == 0 { continue }
            cx = put(g.text, width: g.width, x: cx, y: y, role: role, limit: end)
        }
        return cx
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ r: Rect, role: Role, with text: String = " ") {
        for y in max(0, r.y)..<max(max(0, r.y), min(height, r.maxY)) {
            for x in max(0, r.x)..<max(max(0, r.x), min(width, r.maxX)) {
                self[x, y] = Cell(text: text, width: 1, role: role)
            }
        }
    }

    /// Sets the role of existing cells in a rectangle, keeping their text.
    public mutating func paint(_ r: Rect, role: Role) {
        for y in max(0, r.y)..<max(max(0, r.y), min(height, r.maxY)) {
            for x in max(0, r.x)..<max(max(0, r.x), min(width, r.maxX)) {
                cells[y * width + x].role = role
            }
        }
    }

    /// One row as text (continuation cells skipped), trailing blanks kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            let c = self[x, y]
            if c.width > 0 { s += c.text }
        }
        return s
    }

    /// The whole grid as lines of text with trailing blanks removed: what tests compare.
    public var text: String {
        (0..<height).map { y -> String in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// Roles of one row, for tests that check highlighting.
    public func roles(_ y: Int) -> [Role] { (0..<width).map { self[$0, y].role } }
}
