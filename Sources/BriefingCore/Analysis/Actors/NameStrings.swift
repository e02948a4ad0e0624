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
///
/// And so is the key of a name said once when it is too long for a string held inline: its
/// bytes are kept after the fields, in the object's own memory (a `ManagedBuffer`'s
/// elements), and the key is made from them when asked. A string of its own took a block
/// of 64 or 80 bytes on the heap beside the object (a text of 220,000 distinct names held
/// 110,000, 7 MB); its 16 to 31 bytes make the object 16 or 32 bytes larger. A name said
/// twice keeps its key as a string too (`keepStrings`).
final class NameStrings: ManagedBuffer<NameStrings.Fields, UInt8> {
    struct Fields {
        /// The key, or "" while it is in the elements (`keyBytes`).
        fileprivate var storedKey: String
        /// The surface, or "" while it is made from the key (`surfaceTitlesKey`).
        fileprivate var writtenSurface: String
        /// The word keys, by their places in `key` when they are found there.
        fileprivate var places: WordKeyPlaces
        /// The surface is `TitledKey.of(key)`, not kept. Stored after the ten bytes of
        /// `places`, in their padding, with the byte below: the fields are then 56 bytes, and
        /// the object without elements 72, which the allocator gives 80 (a byte more, 96).
        fileprivate var surfaceTitlesKey: Bool
        /// How many bytes of the key the elements hold (0 when `storedKey` holds it, else 16
        /// to 31) in the low 5 bits, and `documentCount` in the top 3 (clamped to 7; `DocumentEvidence` counts no higher than 6).
        fileprivate var keyBytesAndCount: UInt8
        /// The top half of `KeyHash.of(key)`, which `ActorCandidate.repeatHash` starts from.
        fileprivate let keyHash: UInt32
        /// Index of the candidate kept last, among those made with these strings whose
        /// `ActorCandidate.repeatSummary` is not 0, and that summary (0 while there is none):
        /// a later mention with the same summary repeats it, which setting repeats aside
        /// then tells without a probe of `EarlierCandidates` or a read of that candidate (in a
        /// long document, far back and out of the cache).
        fileprivate var lastKept: Int32 = 0
        fileprivate var lastKeptSummary: UInt32 = 0
    }

    /// `severalWordKeys`: the keys of the words when they are several, else nil (the word
    /// keys are then `[key]`).
    /// `keyHash`: `KeyHash.of(key)`.
    /// `documentCount`: `DocumentEvidence.capitalisedCount(key)`; 0 for strings made
    /// elsewhere.
    static func make(key: String, severalWordKeys: [String]?, surface: String, keyHash: UInt64,
                     documentCount: Int = 0) -> NameStrings {
        let length = key.utf8.count
        // Over 15 bytes a string is on the heap; up to 31 the length fits the field.
        let inElements = length > 15 && length < 32
        let surfaceTitlesKey = length > 15 && TitledKey.matches(surface, key)
        let made = create(minimumCapacity: inElements ? length : 0) { _ in
            Fields(storedKey: inElements ? "" : key, writtenSurface: surfaceTitlesKey ? "" : surface,
                   places: severalWordKeys.map { WordKeyPlaces($0, in: key) } ?? .wholeKey,
                   surfaceTitlesKey: surfaceTitlesKey,
                   keyBytesAndCount: (inElements ? UInt8(length) : 0) | UInt8(min(max(documentCount, 0), 7)) << 5,
                   keyHash: UInt32(truncatingIfNeeded: keyHash >> 32))
        }
        if inElements {
            var key = key
            key.withUTF8 { bytes in
                _ = made.withUnsafeMutablePointerToElements { $0.initialize(from: bytes.baseAddress!, count: length) }
            }
        }
        return unsafeDowncast(made, to: NameStrings.self)
    }

    /// The fields, read and written through a pointer: through `header`, each read of one
    /// field copied them all, retaining and releasing each string they hold. Valid while the
    /// object lives, which every caller holds.
    @inline(__always) private var fields: UnsafeMutablePointer<Fields> { withUnsafeMutablePointerToHeader { $0 } }

    /// `NameKey` of the words.
    var key: String {
        let count = Int(fields.pointee.keyBytesAndCount & 31)
        guard count > 0 else { return fields.pointee.storedKey }
        return withUnsafeMutablePointerToElements { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) }
    }

    /// The top half of `KeyHash.of(key)`, which `ActorCandidate.repeatHash` starts from.
    var keyHash: UInt32 { fields.pointee.keyHash }

    /// `DocumentEvidence.capitalisedCount(key)` (`ActorCandidate.documentCount`).
    var documentCount: Int32 { Int32(fields.pointee.keyBytesAndCount >> 5) }

    /// The candidate noted last by `noteKept`, and its summary (0 for none).
    var lastKept: Int32 { fields.pointee.lastKept }
    var lastKeptSummary: UInt32 { fields.pointee.lastKeptSummary }

    /// Notes the candidate at `index`, made with these strings, as the last kept with the
    /// non-zero `summary` (`lastKept`); gives the index of the one noted before, if any.
    @inline(__always) func noteKept(_ index: Int, summary: UInt32) -> Int? {
        let fields = fields
        let displaced = fields.pointee.lastKeptSummary != 0 ? Int(fields.pointee.lastKept) : nil
        fields.pointee.lastKept = Int32(truncatingIfNeeded: index)
        fields.pointee.lastKeptSummary = summary
        return displaced
    }

    /// Calls `body` with the key's bytes, in the elements or in `storedKey`: a key kept in
    /// the elements is then not made a string first.
    @inline(__always) private func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let count = Int(fields.pointee.keyBytesAndCount & 31)
        if count > 0 { return withUnsafeMutablePointerToElements { body(UnsafeBufferPointer(start: $0, count: count)) } }
        var key = fields.pointee.storedKey
        return key.withUTF8(body)
    }

    /// The words as written, a kept abbreviation dot included (`RoleReader.spanText`).
    var surface: String {
        fields.pointee.surfaceTitlesKey ? withKeyBytes(TitledKey.of) : fields.pointee.writtenSurface
    }
    /// The keys of the words: `[key]` for a word alone.
    var wordKeys: [String] {
        if case let .packed(bits, count) = fields.pointee.places {
            return withKeyBytes { WordKeyPlaces.words(bits, Int(count), of: $0) }
        }
        return fields.pointee.places.wordKeys(of: key)
    }
    /// `wordKeys.count`, without making the array.
    var wordCount: Int { fields.pointee.places.count }

    /// Keeps the key, the word keys and the surface as strings, made once here rather than
    /// at each ask.
    func keepStrings() {
        let fields = fields
        if fields.pointee.keyBytesAndCount & 31 > 0 {
            fields.pointee.storedKey = key
            fields.pointee.keyBytesAndCount &= ~31
        }
        if case .packed = fields.pointee.places { fields.pointee.places = .listed(wordKeys) }
        if fields.pointee.surfaceTitlesKey {
            fields.pointee.writtenSurface = surface
            fields.pointee.surfaceTitlesKey = false
        }
    }

    /// The same strings, whether held by one object or two. Inlined, the common case of one
    /// object answered at once: out of line, each call retained and released both.
    @inline(__always) static func same(_ a: NameStrings, _ b: NameStrings) -> Bool {
        a === b || sameStrings(a, b)
    }

    /// `same`, for two objects: seldom called. Out of line and marked as releasing nothing it
    /// was given (it releases only the strings it makes: keys read from the elements, titled
    /// surfaces, word keys; a stored key it reads is retained and released in pairs): else the loop that sets repeats
    /// aside, which may call it, retained and released the table it probes at every candidate,
    /// 1.2 M instructions on 2 MB of news.
    @inline(never) @_effects(releasenone) private static func sameStrings(_ a: NameStrings, _ b: NameStrings) -> Bool {
        a.key == b.key && a.surface == b.surface && (a.fields.pointee.places == b.fields.pointee.places || a.wordKeys == b.wordKeys)
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
            var key = key
            return key.withUTF8 { Self.words(bits, Int(count), of: $0) }
        }
    }

    /// The `count` words at `bits`' places in `key`'s bytes (`.packed`), copied from them:
    /// through `utf8.index(_:offsetBy:)`, a step a byte, each word cost a few hundred
    /// instructions, and the resolver asks for them often.
    static func words(_ bits: UInt64, _ count: Int, of key: UnsafeBufferPointer<UInt8>) -> [String] {
        [String](unsafeUninitializedCapacity: count) { keys, made in
            for n in 0..<count {
                let place = Int(truncatingIfNeeded: bits >> (16 * UInt64(n)))
                let word = UnsafeBufferPointer(rebasing: key[(place & 0xFF)..<(place >> 8 & 0xFF)])
                (keys.baseAddress! + n).initialize(to: String(unsafeUninitializedCapacity: word.count) {
                    _ = $0.initialize(fromContentsOf: word)
                    return word.count
                })
            }
            made = count
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
