/// The distinct keywords of every theme while `TopicRanking.tallyThemes` reads the hits: one
/// table for all themes, from a theme and a hit's surface key (`ThemeHit.surfaceKey`) to the
/// keyword's tally, kept in the order the keywords were first seen. A hit adds to its
/// keyword with a probe and an increment in place, where a table and five arrays per theme
/// cost a table insert (a call, its storage checked for uniqueness) and an array checked
/// for uniqueness at every hit.
///
/// A struct over memory of its own, not a class, so that no access is checked for
/// exclusivity at run time; its owner frees it (`deallocate`). `Keyword` holds no
/// references, so nothing needs deinitialising.
struct ThemeKeywords {
    struct Keyword {
        var key: UInt64
        /// Where the keyword was first seen.
        var span: TextSpan
        var count: Int
        var theme: Int32
        /// Its rank in first sight among the theme's keywords (`TopicRanking.KeywordTally`).
        var order: Int
        var isName: Bool
    }

    /// A keyword's key and theme beside the keyword's index, so that a probe reads one slot;
    /// `keyword` is -1 in a free slot.
    private struct Slot {
        var key: UInt64
        var theme: Int32
        var keyword: Int32

        static let free = Slot(key: 0, theme: 0, keyword: -1)
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    private var keywords: UnsafeMutablePointer<Keyword>
    /// Room for keywords: half the slots, so probes stay short.
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 16
        mask = 2 * capacity - 1
        slots = .allocate(capacity: 2 * capacity)
        slots.initialize(repeating: .free, count: 2 * capacity)
        keywords = .allocate(capacity: capacity)
    }

    /// The keywords in the order they were first seen; valid until the table changes.
    var all: UnsafeBufferPointer<Keyword> { UnsafeBufferPointer(start: keywords, count: count) }

    /// Adds `count` sightings of a theme's keyword, first seen at `span` as the `order`th of
    /// the theme's keywords if new (its span, order and `isName` then stay); true when new.
    @inline(__always)
    mutating func add(theme: Int32, key: UInt64, span: TextSpan, isName: Bool, count: Int, order: Int) -> Bool {
        if self.count == capacity { grow() }
        var i = Self.place(theme, key) & mask
        while slots[i].keyword >= 0 {
            if slots[i].key == key && slots[i].theme == theme {
                keywords[Int(slots[i].keyword)].count += count
                return false
            }
            i = (i &+ 1) & mask
        }
        slots[i] = Slot(key: key, theme: theme, keyword: Int32(truncatingIfNeeded: self.count))
        (keywords + self.count).initialize(to: Keyword(key: key, span: span, count: count, theme: theme,
                                                       order: order, isName: isName))
        self.count += 1
        return true
    }

    /// Frees the memory: the table is not used after.
    func deallocate() {
        slots.deallocate()
        keywords.deallocate()
    }

    /// The first slot of a theme's keyword: the top bits of a product depend on all of its bits.
    @inline(__always) private static func place(_ theme: Int32, _ key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ UInt64(UInt32(bitPattern: theme)) << 40) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// Twice the room, the keywords moved and their slots made again.
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Keyword>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: keywords, count: count)
        keywords.deallocate()
        keywords = larger
        capacity *= 2
        slots.deallocate()
        mask = 2 * capacity - 1
        slots = .allocate(capacity: 2 * capacity)
        slots.initialize(repeating: .free, count: 2 * capacity)
        for k in 0..<count {
            var i = Self.place(keywords[k].theme, keywords[k].key) & mask
            while slots[i].keyword >= 0 { i = (i &+ 1) & mask }
            slots[i] = Slot(key: keywords[k].key, theme: keywords[k].theme, keyword: Int32(k))
        }
    }
}
