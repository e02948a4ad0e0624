/// What `DocumentEvidence` learns of each word form the token store numbers
/// (`WordNumbering`), by number: how the form is written the first time it is met, and,
/// for a capitalised one, how often it stands mid-sentence or opens a sentence.
///
/// The counts are folded into the evidence's tables by hash once the pass is over
/// (`DocumentEvidence.finish`): counting each capitalised word in a table by hash cost a
/// probe of a table that grows with the text, where a count by number is one add in an
/// array of 4,096. Numbers hold for one store, so a tally is made for one analysis.
final class NumberedWordTallies {
    /// How a form is written: its first unit's case, fixed by its units, so known for every
    /// later token of the same number.
    enum Case: UInt8 {
        /// Not met yet.
        case unknown
        case capitalised
        /// Lowercase, and counted in `DocumentEvidence`'s lowercase words already.
        case lowercase
        /// Neither: its first unit is no cased letter.
        case uncased
    }

    /// Of a capitalised form: the hash its key is counted by (`DocumentEvidence.hash(packed:_:_:)`)
    /// and its counts so far.
    struct Tally {
        var hash: UInt64
        var midSentence: UInt32
        var initial: UInt32
    }

    /// By number, each form's `Case` (raw values; `unknown` before it is met).
    let cases: UnsafeMutablePointer<UInt8>
    /// By number, each capitalised form's tally, made when it is first met (the others
    /// never written, so their pages need not be touched).
    let tallies: UnsafeMutablePointer<Tally>

    init() {
        cases = .allocate(capacity: WordNumbering.maxNumber + 1)
        cases.initialize(repeating: Case.unknown.rawValue, count: WordNumbering.maxNumber + 1)
        tallies = .allocate(capacity: WordNumbering.maxNumber + 1)
    }

    deinit {
        cases.deallocate()
        tallies.deallocate()
    }
}
