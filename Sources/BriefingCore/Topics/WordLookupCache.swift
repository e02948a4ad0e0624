/// What the vocabulary and the lexicon say of each distinct word of a text, kept for one scan.
///
/// A text repeats its words: looking each one up in the 46,000-word vocabulary costs cache
/// misses in three arrays (keys, values, entries), and a word the vocabulary lacks costs a
/// stemming. This table holds the answer next to the key, for the few thousand distinct
/// words of a text, so a repeated word costs one probe in memory that stays in cache. It
/// stops taking new words at `maxWords`, so a text of a million distinct words costs no
/// more than a few hundred kilobytes here; the words left out are looked up each time.
struct WordLookupCache {
    private struct Slot {
        var key: UInt64
        var entry: TopicVocabulary.Entry
    }

    static let maxWords = 1 << 14

    private var slots: [Slot]
    private var mask: Int
    private var count = 0

    init() {
        slots = Array(repeating: Slot(key: 0, entry: TopicVocabulary.unknown), count: 1024)
        mask = slots.count - 1
    }

    /// The entry for `key`: remembered, or found by `lookUp` (and remembered while there is room).
    @inline(__always)
    mutating func entry(_ key: UInt64, lookUp: () -> TopicVocabulary.Entry) -> TopicVocabulary.Entry {
        var i = Self.slot(key, mask)
        while true {
            let k = slots[i].key
            if k == key { return slots[i].entry }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        let entry = lookUp()
        if count < Self.maxWords {
            slots[i] = Slot(key: key, entry: entry)
            count += 1
            if count * 2 > slots.count { grow() }
        }
        return entry
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, entry: TopicVocabulary.unknown), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.key != 0 {
            var i = Self.slot(slot.key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
