/// By word number (`WordNumbering`), the lexicon term a word that starts one matches on its
/// own when no longer term starts with it ("inflation", "ceasefire"): `TopicScanner.matchTerms`
/// takes it from here, worked out once per distinct word, instead of reading the lexicon's
/// lists of terms (scattered in memory, each read a likely cache miss) for every occurrence.
///
/// A word a longer term may start with ("interest" of "interest rate") is matched against
/// the words after it each time, as is any word with no number. Made for one scan: numbers
/// hold for one token store.
struct SingleTerms {
    /// What `term(of:lexicon:)` gives for a word a longer term starts with.
    static let longer: Int32 = -1
    /// Not worked out yet.
    private static let unknown: Int32 = -2

    /// The terms by number, freed with the memo.
    private final class Terms {
        let terms: UnsafeMutablePointer<Int32>

        init() {
            terms = WordNumbering.table(repeating: SingleTerms.unknown)
        }

        deinit { terms.deallocate() }
    }

    private let memory = Terms()

    /// The term a numbered word that starts a term (`WordForm.startsTerm`) matches alone, or
    /// `longer` when a longer term starts with it.
    @inline(__always) func term(of word: ScannedWord, lexicon: TopicLexicon) -> Int32 {
        let slot = memory.terms + Int(word.number)
        if slot.pointee == Self.unknown { slot.pointee = Self.term(exactUnit: word.exactUnit, stemUnit: word.stemUnit, lexicon) }
        return slot.pointee
    }

    /// What `TopicScanner.matchTerms` finds for a word of these units when only one-word terms
    /// start with them: the first term of the exact unit's, else of the stem unit's (a unit's
    /// terms are listed longest first, so its first term's length tells whether a longer one starts with it).
    static func term(exactUnit: Int32, stemUnit: Int32, _ lexicon: TopicLexicon) -> Int32 {
        var term = longer
        for unit in [exactUnit, stemUnit] where unit >= 0 {
            let first = Int(lexicon.firstStart[Int(unit)])
            guard first < Int(lexicon.firstStart[Int(unit) + 1]) else { continue }
            let t = Int(lexicon.firstTerms[first])
            if lexicon.termStart[t + 1] - lexicon.termStart[t] > 1 { return longer }
            if term == longer { term = Int32(t) }
        }
        return term
    }
}
