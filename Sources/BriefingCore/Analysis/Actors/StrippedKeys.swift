/// The group keys `AliasResolver` makes of several-word names (their word keys, legal
/// suffixes dropped, joined), kept for the candidates after: members repeat the same few
/// names, and joining the words again made a string each time.
///
/// Direct-mapped by the name's key and bounded: a name whose slot another took is made
/// again. An entry answers only for the same key and the same word keys (which the
/// candidates of one name share, so the comparison is mostly a check of identity).
struct StrippedKeys {
    private var slots: [(key: String, words: [String], stripped: String)?]
    static let slotCount = 512

    init() { slots = Array(repeating: nil, count: Self.slotCount) }

    subscript(key: String, words: [String]) -> String? {
        get {
            guard let entry = slots[Self.slot(key)], entry.key == key, entry.words == words else { return nil }
            return entry.stripped
        }
        set { slots[Self.slot(key)] = newValue.map { (key, words, $0) } }
    }

    private static func slot(_ key: String) -> Int { key.hashValue & (slotCount - 1) }
}
