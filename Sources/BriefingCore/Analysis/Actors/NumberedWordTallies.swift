/// What `DocumentEvidence` learns of each word form the token store numbers
/// (`WordNumbering`), by number: how the form is written (its shape, worked out the first
/// time it is met, which the candidate reader asks again instead of reading the text), and,
/// for a capitalised one, how often it stands mid-sentence or opens a sentence.
///
/// The counts are folded into the evidence's tables by hash once the pass is over
/// (`DocumentEvidence.finish`): counting each capitalised word in a table by hash cost a
/// probe of a table that grows with the text, where a count by number is one add in an
/// array of 4,096. Numbers hold for one store, so a tally is made for one analysis.
final class NumberedWordTallies {
    /// How a form is written, as bits of a byte: fixed by its units, so known for every later
    /// token of the same number. 0 for a form not met yet.
    enum Shape {
        static let met: UInt8 = 1
        /// Its first unit is a capital letter.
        static let capitalised: UInt8 = 2
        /// Its first unit is a lowercase letter (and the form is counted in
        /// `DocumentEvidence`'s lowercase words).
        static let lowercase: UInt8 = 4
        /// Nothing but ASCII letters (`SentenceWords.isASCIILetters`).
        static let asciiLetters: UInt8 = 8
        /// Lowercase, with a capital letter after its first unit ("iPod": `SentenceWords.hasCapitalInside`).
        static let capitalInside: UInt8 = 16
    }

    /// Of a capitalised form: the hash its key is counted by (`DocumentEvidence.hash(packed:_:_:)`)
    /// and its counts so far.
    struct Tally {
        var hash: UInt64
        var midSentence: UInt32
        var initial: UInt32
    }

    /// By number, each word form's `Shape` (0 before it is met; 0 for a number token).
    let shapes: UnsafeMutablePointer<UInt8>
    /// By number, each capitalised form's tally, made when it is first met (the others
    /// never written, so their pages need not be touched).
    let tallies: UnsafeMutablePointer<Tally>

    init() {
        shapes = WordNumbering.table(repeating: 0)
        tallies = .allocate(capacity: WordNumbering.maxNumber + 1)
    }

    deinit {
        shapes.deallocate()
        tallies.deallocate()
    }
}
