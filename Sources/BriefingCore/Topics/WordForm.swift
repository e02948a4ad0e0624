/// What a word's own scalars say of it, wherever it stands: its keys, shape and suffixes,
/// and what the vocabulary and the lexicon know of it. A text repeats its words, so
/// `TopicScanner` works this out once per distinct word (`WordFormCache`); what depends
/// on the word's place (sentence start, names around it) is added per occurrence.
struct WordForm: Sendable, Equatable {
    /// Case-folded key (`WordKey`).
    let key: UInt64
    /// All the rest in one word, so that a form is copied in two moves (the reader copies one
    /// into every word of a sentence: field by field, six loads and six stores): the facts
    /// (`facts`) in bits 0..<16, the zipf in 16..<24, the shape in 24..<32, then the lexicon's
    /// units (`TopicLexicon`, a few thousand) in 16 bits each, exact in 32..<48 and stem in 48..<64.
    /// Read from memory, each is one load of its own bytes, as a field would be.
    private let packed: UInt64

    @inline(__always) var exactUnit: Int32 { Int32(Int16(truncatingIfNeeded: packed >> 32)) }
    @inline(__always) var stemUnit: Int32 { Int32(Int16(truncatingIfNeeded: packed >> 48)) }
    @inline(__always) var zipf: UInt8 { UInt8(truncatingIfNeeded: packed >> 16) }
    /// Kept as the enumeration's own byte and read back as it: no check that the byte is one
    /// of its raw values (`init(rawValue:)`, a call and a clamp where it was not inlined).
    @inline(__always) var shape: ScannedWord.Shape {
        unsafeBitCast(UInt8(truncatingIfNeeded: packed >> 24), to: ScannedWord.Shape.self)
    }
    /// The suffixes in the low four bits, then the yes-or-no facts and the traits below, one
    /// bit each.
    @inline(__always) private var facts: UInt16 { UInt16(truncatingIfNeeded: packed) }
    /// Which of `ScannedWord`'s suffixes the word ends with (ASCII, case-folded).
    @inline(__always) var suffix: UInt8 { UInt8(truncatingIfNeeded: facts & Self.suffixes) }
    @inline(__always) var isStop: Bool { facts & Self.stop != 0 }
    @inline(__always) var isKnown: Bool { facts & Self.known != 0 }
    /// Has an uppercase letter ("A380", "3G").
    @inline(__always) var hasCapital: Bool { facts & Self.capital != 0 }
    /// A product-like name that starts small ("iPhone", "iOS").
    @inline(__always) var lowerInitialMixed: Bool { facts & Self.lowerInitial != 0 }
    /// Starts with a letter ("A380"), not a digit ("8GB").
    @inline(__always) var startsWithLetter: Bool { facts & Self.letterFirst != 0 }
    /// A lexicon term starts with this word (`TopicScanner.matchTerms` tries no other): decided
    /// once per form, as half the words of news have a unit but few of them start a term.
    @inline(__always) var startsTerm: Bool { facts & Self.termStart != 0 }

    // The traits: what the sentence reader and the phrase miner test at every word, worked
    // out once per form from the shape and facts: one bit test each, not a switch on the
    // shape whose outcome the branch predictor cannot foresee on real text.

    /// May start a key phrase (`PhraseMiner.canStart`): a content word, not a bare number nor
    /// an amount ("269m").
    @inline(__always) var startsPhrase: Bool { facts & Self.phraseStart != 0 }
    /// Capitalised, all capitals or mixed case, and no stop word (`TopicScanner.isCapitalizedWord`).
    @inline(__always) var isCapitalizedWord: Bool { facts & Self.capitalizedWord != 0 }
    /// A word of letters: no punctuation mark, no number or code (`ScannedWord.isLetterWord`).
    @inline(__always) var isLetterWord: Bool { facts & Self.letterWord != 0 }
    /// Kept as a phrase when it is a run of its own and no name (`PhraseMiner.mine`): no
    /// participle or adverb ("reported", "rising", "sharply"), and a word that `PhraseMiner.standsAlone`.
    @inline(__always) var isLoneWordPhrase: Bool { facts & Self.loneWordPhrase != 0 }

    /// The traits by which `WordBuffer` lists a word, a bit each (`termStartBit`, `phraseStartBit`,
    /// `capitalizedWordBit`; the others are no list's): the facts' high byte, one shift.
    @inline(__always) var listBits: UInt8 { UInt8(truncatingIfNeeded: facts &>> 8) }
    @inline(__always) static var termStartBit: UInt8 { UInt8(truncatingIfNeeded: termStart &>> 8) }
    @inline(__always) static var phraseStartBit: UInt8 { UInt8(truncatingIfNeeded: phraseStart &>> 8) }
    @inline(__always) static var capitalizedWordBit: UInt8 { UInt8(truncatingIfNeeded: capitalizedWord &>> 8) }

    /// May go on with a key phrase after `previous` (`PhraseMiner.canContinue`): a word that may
    /// start one, or a bare number, not a year, right after a word neither small nor a number
    /// ("Boeing 787", "iPhone 4"). Bit tests only, no branch.
    @inline(__always) func continuesPhrase(after previous: WordForm) -> Bool {
        (facts & Self.phraseStart) | (facts & previous.facts >> 1 & Self.numberAfterName) != 0
    }

    /// The suffixes' bits are `ScannedWord`'s own (`endsS` … `endsLy`).
    private static let suffixes: UInt16 = 15
    private static let stop: UInt16 = 1 << 4, known: UInt16 = 1 << 5, capital: UInt16 = 1 << 6
    private static let lowerInitial: UInt16 = 1 << 7, letterFirst: UInt16 = 1 << 8, termStart: UInt16 = 1 << 9
    private static let phraseStart: UInt16 = 1 << 10, capitalizedWord: UInt16 = 1 << 11, letterWord: UInt16 = 1 << 12
    /// `numberAfterName` in a word and `numberMayFollow` in the word before, one bit above it,
    /// let the word go on with a phrase (`continuesPhrase`).
    private static let numberAfterName: UInt16 = 1 << 13, numberMayFollow: UInt16 = 1 << 14
    private static let loneWordPhrase: UInt16 = 1 << 15

    /// - Parameters:
    ///   - length: the word's length in UTF-16 units.
    ///   - hasHyphen: has a hyphen ("30-day", "737-800").
    ///   - isYear: a year or span of years ("2005", "1955-2011").
    init(key: UInt64, exactUnit: Int32, stemUnit: Int32, zipf: UInt8, isStop: Bool,
         isKnown: Bool, shape: ScannedWord.Shape, suffix: UInt8, length: Int, hasCapital: Bool, hasHyphen: Bool,
         lowerInitialMixed: Bool, startsWithLetter: Bool, isYear: Bool, startsTerm: Bool = false) {
        precondition(UInt16(suffix) & ~Self.suffixes == 0, "a suffix is one of ScannedWord's")
        self.key = key
        // A content word (a punctuation mark has the form of a stop word), not a bare number;
        // a code only if a designation ("30-day", "737-800", "A380", "3G"), not an amount ("269m", "15bn").
        let startsPhrase = !isStop && (shape == .code ? hasCapital || hasHyphen : shape != .number)
        let lower = shape == .lower
        // As `PhraseMiner.standsAlone` decides for a word that is no name.
        let standsAlone = !(lower && suffix & ScannedWord.endsIng != 0)
            && !(shape == .code && !(hasCapital && startsWithLetter))
            && !(shape == .mixed && (!lowerInitialMixed || length < 3))
        let loneWordPhrase = standsAlone
            && !(lower && suffix & (ScannedWord.endsIng | ScannedWord.endsEd | ScannedWord.endsLy) != 0)
        let facts = UInt16(suffix) | (isStop ? Self.stop : 0) | (isKnown ? Self.known : 0)
            | (hasCapital ? Self.capital : 0) | (lowerInitialMixed ? Self.lowerInitial : 0)
            | (startsWithLetter ? Self.letterFirst : 0) | (startsTerm ? Self.termStart : 0)
            | (startsPhrase ? Self.phraseStart : 0)
            | (!isStop && (shape == .capitalized || shape == .upper || shape == .mixed) ? Self.capitalizedWord : 0)
            | (key != 0 && shape != .number && shape != .code ? Self.letterWord : 0)
            | (!isStop && shape == .number && !isYear ? Self.numberAfterName : 0)
            | (!lower && shape != .number ? Self.numberMayFollow : 0)
            | (loneWordPhrase ? Self.loneWordPhrase : 0)
        packed = UInt64(facts) | UInt64(zipf) << 16 | UInt64(unsafeBitCast(shape, to: UInt8.self)) << 24
            | UInt64(UInt16(bitPattern: Int16(exactUnit))) << 32 | UInt64(UInt16(bitPattern: Int16(stemUnit))) << 48
    }

    /// The form of a punctuation mark.
    static let punctuation = WordForm(key: 0, exactUnit: -1, stemUnit: -1, zipf: 0, isStop: true,
                                      isKnown: true, shape: .lower, suffix: 0, length: 1, hasCapital: false, hasHyphen: false,
                                      lowerInitialMixed: false, startsWithLetter: true, isYear: false)

    /// Works out the form of the word at `span` (a word token of `Tokenizer`).
    static func of(_ scalars: ScalarView, _ span: TextSpan, vocabulary: TopicVocabulary, lexicon: TopicLexicon,
                   classes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> WordForm {
        var hash = WordKey.offsetBasis
        var seen: UInt8 = 0
        var upperAfterLower = false
        var previous: UInt8 = 0
        // The last scalars folded to ASCII (0xFF for any other), the last in the low byte: the suffixes.
        var tail: UInt32 = 0
        var i = span.start
        while i < span.end {
            // Straight from the 2-byte units: ASCII needs no scalar decoding.
            let v = UInt32(scalars.units[i])
            if v < 128 {
                let cls = classes[Int(v)]
                if cls == 1 && previous == 2 { upperAfterLower = true }
                seen |= cls
                previous = cls
                let folded = cls == 1 ? v + 32 : v
                hash = (hash ^ UInt64(folded)) &* WordKey.prime
                tail = tail << 8 | folded
            } else {
                let (cls, folded) = TopicScanner.classify(scalars[i])
                if cls == 1 && seen & 2 != 0 { upperAfterLower = true }
                seen |= cls
                previous = cls
                hash = WordKey.mix(hash, folded)
                tail = tail << 8 | 0xFF
            }
            i += 1
        }
        let firstClass = span.length > 0 ? TopicScanner.class(of: scalars, at: span.start, classes) : 0
        let hasUpper = seen & 1 != 0, hasLower = seen & 2 != 0, hasDigit = seen & 4 != 0
        let hasHyphen = seen & 8 != 0, hasJoiner = seen & 24 != 0
        let key = WordKey.nonZero(hash)
        let shape: ScannedWord.Shape
        var isYear = false
        if hasDigit {
            isYear = !hasUpper && !hasLower && TopicScanner.isYearRange(scalars, span)
            shape = (hasUpper || hasLower || hasJoiner && !TopicScanner.isPlainNumber(scalars, span) && !isYear)
                ? .code : .number
        } else if upperAfterLower {
            shape = .mixed
        } else if hasUpper && !hasLower && span.length > 1 {
            shape = .upper
        } else if firstClass == 1 {
            shape = .capitalized
        } else {
            shape = .lower
        }
        // Suffixes, from the last three scalars folded to ASCII (0xFF for any other).
        let n = span.length
        var suffix: UInt8 = 0
        if n > 2 {
            let l1 = tail & 0xFF, l2 = tail >> 8 & 0xFF, l3 = tail >> 16 & 0xFF
            if l1 == 0x73 && l2 != 0x73 && l2 != 0x27 && l2 != 0xFF { suffix |= ScannedWord.endsS }
            if n > 4 && l1 == 0x67 && l2 == 0x6E && l3 == 0x69 { suffix |= ScannedWord.endsIng }
            if n > 3 && l1 == 0x64 && l2 == 0x65 { suffix |= ScannedWord.endsEd }
            if n > 3 && l1 == 0x79 && l2 == 0x6C { suffix |= ScannedWord.endsLy }
        }
        var entry = TopicVocabulary.unknown
        var units: (exact: Int32, stem: Int32) = (-1, -1)
        let index = vocabulary.table.find(key)
        if index >= 0 {
            entry = vocabulary.entries[Int(index)]
            // The last scalars show whether the word may stem to another: those of a listed word
            // fold to ASCII, and a scalar that does not (0xFF in `tail`) is no letter a stem rule reads.
            units = lexicon.units(ofListed: key, mayChange: Stemmer.mayChange(tail: tail, count: n), scalars,
                                  span.range, scratch: &scratch)
        } else if !hasDigit || hasUpper || hasLower {
            units = lexicon.units(forUnknown: scalars, span.range, key: key, scratch: &scratch)
        }
        return WordForm(key: key, exactUnit: units.exact, stemUnit: units.stem,
                        zipf: entry.zipf, isStop: entry.isStop, isKnown: entry.isKnown, shape: shape,
                        suffix: suffix, length: n, hasCapital: hasUpper, hasHyphen: hasHyphen,
                        lowerInitialMixed: shape == .mixed && firstClass == 2, startsWithLetter: firstClass & 3 != 0,
                        isYear: isYear, startsTerm: lexicon.startsTerm(units.exact) || lexicon.startsTerm(units.stem))
    }

    /// The key of the word at `span` without a plural "s" ("Dreamliners" counts as "Dreamliner"),
    /// for the last word of a key phrase (`PhraseMiner`): the key of all but its last unit,
    /// folded and hashed as `of` hashes the whole word, where an "s" ends a word of letters
    /// longer than three; `key` otherwise. Worked out when a phrase is new, not kept in every form.
    static func singularKey(key: UInt64, suffix: UInt8, hasDigit: Bool, _ scalars: ScalarView, _ span: TextSpan,
                            classes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !hasDigit && span.length > 3 && suffix & ScannedWord.endsS != 0 else { return key }
        var hash = WordKey.offsetBasis
        var i = span.start
        while i < span.end - 1 {
            let v = UInt32(scalars.units[i])
            if v < 128 {
                hash = (hash ^ UInt64(classes[Int(v)] == 1 ? v + 32 : v)) &* WordKey.prime
            } else {
                hash = WordKey.mix(hash, TopicScanner.classify(scalars[i]).folded)
            }
            i += 1
        }
        return WordKey.nonZero(hash)
    }
}
