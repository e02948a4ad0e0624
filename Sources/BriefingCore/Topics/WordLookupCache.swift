/// What the vocabulary and the lexicon say of the commonest words of a text, kept for one scan.
///
/// A text repeats its words: looking each one up in the 46,000-word vocabulary costs cache
/// misses in three arrays (keys, values, entries), and a word the vocabulary lacks costs a
/// stemming. This table holds the answer next to the key for the first `maxWords` distinct
/// words of a text, which hold its function words and most of its repeated ones; later
/// words are looked up each time. Its size is fixed at 24 KB: with room for 16,384 words a
/// text of a million distinct one-word lines peaked 4 MB higher, with 512 it does not, and
/// the 10 MB benchmark runs as fast.
struct WordLookupCache {
    private struct Slot {
        var key: UInt64
        var entry: TopicVocabulary.Entry
    }

    static let maxWords = 1 << 9

    private var slots: [Slot]
    private let mask: Int
    private var count = 0

    init() {
        slots = Array(repeating: Slot(key: 0, entry: TopicVocabulary.unknown), count: 2 * Self.maxWords)
        mask = slots.count - 1
    }

    /// The entry for `key`: remembered, or found by `lookUp` (and remembered while there is room).
    @inline(__always)
    mutating func entry(_ key: UInt64, lookUp: () -> TopicVocabulary.Entry) -> TopicVocabulary.Entry {
        var i = hashSlot(key, mask)
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
        }
        return entry
    }
}
