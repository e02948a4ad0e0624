/// The strings a name's words give (`NameFacts`), in one object that every mention made from
/// the same facts holds (`ActorCandidate`): one reference to retain when a mention is made and
/// to release when a repeat is set aside, where the key, the word keys and the surface were
/// retained and released one by one, and 32 bytes less in each candidate. With them, what
/// setting repeats aside asks of the name (`keyHash`, `lastKept`), and its `documentCount`:
/// read from the candidate, not from an array written beside it for each mention, and kept
/// once a name, not in each of its candidates.
///
/// The word keys are kept as where they lie in the key (`WordKeyPlaces`), not as an array of
/// strings: a text of many distinct names of several words held an array for each, ~80 bytes
/// on the heap. They are made when asked for, which the resolver does a few times for each
/// candidate; a name said twice or more (most names news repeats) keeps them as strings once
/// its second mention is read (`keepStrings`), so that those are not made again and again.
///
/// So is the surface of a name said once when it is its key title-cased ("Emubcrd Sbqgbcn"
/// of "emubcrd sbqgbcn", most names) and too long for a string held inline (over 15 bytes):
/// made from the key when asked, it costs no 32 bytes on the heap beside the key's.
final class NameStrings {
    /// `NameKey` of the words.
    let key: String
    /// The surface, or "" while it is made from the key (`surfaceTitlesKey`).
    private var writtenSurface: String
    /// The word keys, by their places in `key` when they are found there.
    private var places: WordKeyPlaces
    /// The surface is `TitledKey.of(key)`, not kept. Stored after the ten bytes of `places`,
    /// in their padding.
    private var surfaceTitlesKey: Bool
    /// `documentCount`, 0 to 6, in a byte beside the flag: the object is then 72 bytes,
    /// which the allocator gives 80 (one more byte, or four-byte fields not in this order, 96).
    private let storedDocumentCount: UInt8
    /// The top half of `KeyHash.of(key)`, which `ActorCandidate.repeatHash` starts from.
    let keyHash: UInt32
    /// Index of the candidate kept last, among those made with these strings whose
    /// `ActorCandidate.repeatSummary` is not 0, and that summary (0 while there is none): a
    /// later mention with the same summary repeats it, which setting repeats aside then
    /// tells without a probe of `EarlierCandidates` or a read of that candidate (in a long
    /// document, far back and out of the cache).
    private(set) var lastKept: Int32 = 0
    private(set) var lastKeptSummary: UInt32 = 0

    /// `severalWordKeys`: the keys of the words when they are several, else nil (the word
    /// keys are then `[key]`).
    /// `keyHash`: `KeyHash.of(key)`.
    /// `documentCount`: `DocumentEvidence.capitalisedCount(key)`; 0 for strings made
    /// elsewhere.
    init(key: String, severalWordKeys: [String]?, surface: String, keyHash: UInt64, documentCount: Int = 0) {
        self.key = key
        places = severalWordKeys.map { WordKeyPlaces($0, in: key) } ?? .wholeKey
        surfaceTitlesKey = surface.utf8.count > 15 && TitledKey.matches(surface, key)
        writtenSurface = surfaceTitlesKey ? "" : surface
        storedDocumentCount = UInt8(clamping: documentCount)
        self.keyHash = UInt32(truncatingIfNeeded: keyHash >> 32)
    }

    /// `DocumentEvidence.capitalisedCount(key)` (`ActorCandidate.documentCount`).
    var documentCount: Int32 { Int32(storedDocumentCount) }

    /// Notes the candidate at `index`, made with these strings, as the last kept with the
    /// non-zero `summary` (`lastKept`); gives the index of the one noted before, if any.
    @inline(__always) func noteKept(_ index: Int, summary: UInt32) -> Int? {
        let displaced = lastKeptSummary != 0 ? Int(lastKept) : nil
        lastKept = Int32(truncatingIfNeeded: index)
        lastKeptSummary = summary
        return displaced
    }

    /// The words as written, a kept abbreviation dot included (`RoleReader.spanText`).
    var surface: String { surfaceTitlesKey ? TitledKey.of(key) : writtenSurface }
    /// The keys of the words: `[key]` for a word alone.
    var wordKeys: [String] { places.wordKeys(of: key) }
    /// `wordKeys.count`, without making the array.
    var wordCount: Int { places.count }

    /// Keeps the word keys and the surface as strings, made once here rather than at each ask.
    func keepStrings() {
        if case .packed = places { places = .listed(wordKeys) }
        if surfaceTitlesKey {
            writtenSurface = surface
            surfaceTitlesKey = false
        }
    }

    /// The same strings, whether held by one object or two. Inlined, the common case of one
    /// object answered at once: out of line, each call retained and released both.
    @inline(__always) static func same(_ a: NameStrings, _ b: NameStrings) -> Bool {
        a === b || sameStrings(a, b)
    }

    /// `same`, for two objects: seldom called. Out of line and marked as releasing nothing it
    /// was given (it releases only the word keys it makes): else the loop that sets repeats
    /// aside, which may call it, retained and released the table it probes at every candidate,
    /// 1.2 M instructions on 2 MB of news.
    @inline(never) @_effects(releasenone) private static func sameStrings(_ a: NameStrings, _ b: NameStrings) -> Bool {
        a.key == b.key && a.surface == b.surface && (a.places == b.places || a.wordKeys == b.wordKeys)
    }
}

/// Where a name's word keys lie in its key, as byte offsets: each word's key is its text
/// keyed as the whole name's is (`NameKey`), so it stands in the name's key as written,
/// between what the words between give ("bank of england" → "bank", "england").
enum WordKeyPlaces: Equatable {
    /// One word: its key is the key.
    case wholeKey
    /// Up to `maxPacked` words, each as its start and end byte in the key (below 256), a
    /// byte each, the first word in the low bits.
    case packed(UInt64, count: UInt8)
    /// Any other: more words, a longer key, or keys not found in it in order.
    case listed([String])

    static let maxPacked = 4

    /// The places of `wordKeys` in `key`, each found after the one before.
    init(_ wordKeys: [String], in key: String) {
        self = Self.packed(wordKeys, in: key) ?? .listed(wordKeys)
    }

    /// `.packed` places of `wordKeys` in `key`, or nil when they do not pack.
    private static func packed(_ wordKeys: [String], in key: String) -> WordKeyPlaces? {
        guard wordKeys.count <= maxPacked else { return nil }
        var key = key
        return key.withUTF8 { key -> WordKeyPlaces? in
            guard key.count < 256 else { return nil }
            var bits: UInt64 = 0
            var from = 0
            for n in 0..<wordKeys.count {
                var word = wordKeys[n]
                guard let start = word.withUTF8({ find($0, in: key, from: from) }) else { return nil }
                from = start + word.utf8.count
                bits |= UInt64(start | from << 8) << (16 * UInt64(n))
            }
            return .packed(bits, count: UInt8(wordKeys.count))
        }
    }

    /// How many word keys.
    var count: Int {
        switch self {
        case .wholeKey: 1
        case let .packed(_, count): Int(count)
        case let .listed(keys): keys.count
        }
    }

    /// The word keys of the name whose key is `key`.
    func wordKeys(of key: String) -> [String] {
        switch self {
        case .wholeKey:
            return [key]
        case let .listed(keys):
            return keys
        case let .packed(bits, count):
            // Copied from the key's bytes: through `utf8.index(_:offsetBy:)`, a step a byte,
            // each word cost a few hundred instructions, and the resolver asks for them often.
            var key = key
            return key.withUTF8 { key in
                [String](unsafeUninitializedCapacity: Int(count)) { keys, made in
                    for n in 0..<Int(count) {
                        let place = Int(truncatingIfNeeded: bits >> (16 * UInt64(n)))
                        let word = UnsafeBufferPointer(rebasing: key[(place & 0xFF)..<(place >> 8 & 0xFF)])
                        (keys.baseAddress! + n).initialize(to: String(unsafeUninitializedCapacity: word.count) {
                            _ = $0.initialize(fromContentsOf: word)
                            return word.count
                        })
                    }
                    made = Int(count)
                }
            }
        }
    }

    /// Where `word` first stands in `key` at or after `from`, or nil.
    private static func find(_ word: UnsafeBufferPointer<UInt8>, in key: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var start = from
        while start + word.count <= key.count {
            var k = 0
            while k < word.count && key[start + k] == word[k] { k += 1 }
            if k == word.count { return start }
            start += 1
        }
        return nil
    }
}
