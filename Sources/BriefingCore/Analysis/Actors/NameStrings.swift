/// The strings a name's words give (`NameFacts`), in one object that every mention made from
/// the same facts holds (`ActorCandidate`): one reference to retain when a mention is made and
/// to release when a repeat is set aside, where the key, the word keys and the surface were
/// retained and released one by one, and 32 bytes less in each candidate. With them, what
/// setting repeats aside asks of the facts (`keyHash`, `serial`): read from the candidate,
/// not from an array written beside it for each mention.
final class NameStrings {
    /// `NameKey` of the words.
    let key: String
    /// The keys of the words when they are several (`ActorCandidate.wordKeys`), else nil.
    let severalWordKeys: [String]?
    /// The words as written, a kept abbreviation dot included (`RoleReader.spanText`).
    let surface: String
    /// `KeyHash.of(key)`, which `ActorCandidate.repeatHash` starts from.
    let keyHash: UInt64
    /// `NameFacts.serial` of the facts that made them; 0 for strings made elsewhere.
    let serial: UInt32

    init(key: String, severalWordKeys: [String]?, surface: String, keyHash: UInt64, serial: UInt32) {
        self.key = key
        self.severalWordKeys = severalWordKeys
        self.surface = surface
        self.keyHash = keyHash
        self.serial = serial
    }

    /// The keys of the words: `[key]` for a word alone.
    var wordKeys: [String] { severalWordKeys ?? [key] }
    /// `wordKeys.count`, without making the array.
    var wordCount: Int { severalWordKeys?.count ?? 1 }

    /// The same strings, whether held by one object or two.
    static func same(_ a: NameStrings, _ b: NameStrings) -> Bool {
        a === b || (a.key == b.key && a.surface == b.surface && a.severalWordKeys == b.severalWordKeys)
    }
}
