/// What the candidate reader asks of a word that opens a run in initial position, where a
/// capital says nothing: its table entry, and what the document's evidence says of its key.
/// All of it depends on the word's units alone.
struct OpenerFacts {
    /// `NameTables.fixedIndex` of its key.
    let fixedIndex: Int32?
    /// `DocumentEvidence.capitalisedMidSentence` of its key.
    let midSentence: Bool
    /// `DocumentEvidence.seenLowercase` of its key.
    let seenLowercase: Bool
    /// It opens several sentences and is never written in lowercase: a name ("Apple").
    let repeated: Bool
}

/// `OpenerFacts` by word number (`WordNumbering`), worked out the first time a form opens a
/// run: asked of the first word of most sentences, they cost a probe of four tables each,
/// and the evidence's tables, which grow with the text, missed the cache. Numbers hold for
/// one store, so a memo is made for one analysis.
///
/// An entry is one `UInt64`: `known`, the three flags in bits 0 to 2, and the table index
/// plus one (0 for none) from bit 32.
final class OpenerFactsMemo {
    private static let known: UInt64 = 1 << 63
    private let entries: UnsafeMutablePointer<UInt64>

    init() {
        entries = WordNumbering.table(repeating: 0)
    }

    deinit { entries.deallocate() }

    /// The facts kept for the word numbered `number` (not 0), nil before they are.
    @inline(__always) func facts(_ number: Int) -> OpenerFacts? {
        let entry = entries[number]
        guard entry & Self.known != 0 else { return nil }
        let fixed = Int32(truncatingIfNeeded: entry >> 32 & 0x7FFF_FFFF)
        return OpenerFacts(fixedIndex: fixed > 0 ? fixed - 1 : nil, midSentence: entry & 1 != 0,
                           seenLowercase: entry & 2 != 0, repeated: entry & 4 != 0)
    }

    /// Keeps `facts` for the word numbered `number` (not 0).
    func keep(_ facts: OpenerFacts, _ number: Int) {
        let fixed = UInt64(facts.fixedIndex.map { $0 + 1 } ?? 0)
        entries[number] = Self.known | fixed << 32 | (facts.midSentence ? 1 : 0) | (facts.seenLowercase ? 2 : 0)
            | (facts.repeated ? 4 : 0)
    }
}
