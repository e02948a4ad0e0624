/// A word's letters, lowercased, packed into 16 bytes: what the sentence splitter looks up
/// in `Abbreviations` at every full stop, without making a `String` for it.
struct LowercaseLetters: Hashable, ExpressibleByStringLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of letters that no list holds: not ASCII once lowercased, or over 16 of them.
    /// (0xFF is no letter, so no packed word has these bytes.)
    static let unlisted = LowercaseLetters(low: .max, high: .max)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// A listed word: lowercase ASCII letters, at most 16.
    init(stringLiteral word: String) {
        self = Self(lowercased: word)
    }

    /// The key of `String(letters of scalars).lowercased()`.
    init<S: Sequence>(lettersOf scalars: S) where S.Element == Unicode.Scalar {
        var count = 0
        for scalar in scalars where scalar.isLetter {
            guard scalar.value < 128 else {
                self = Self(nonASCIILetter: scalar, of: scalars)
                return
            }
            guard count < 16 else { self = .unlisted; return }
            append(UInt8(scalar.value | 0x20), at: count)
            count += 1
        }
    }

    /// The key of letters of which `letter` is the first not ASCII. Outside ASCII, lowercasing
    /// follows Unicode: a letter that lowercases to anything not ASCII ("é", "Ö": nearly every
    /// one) leaves the key unlisted, told from the letter's own mapping; for one that lowercases
    /// to ASCII (the Kelvin sign to "k") the String of the letters is made and lowercased,
    /// about 20,000 instructions, as it was for any word with a scalar ≥ 128 (a curly quote).
    @inline(never) private init<S: Sequence>(nonASCIILetter letter: Unicode.Scalar, of scalars: S)
    where S.Element == Unicode.Scalar {
        let properties = letter.properties
        guard properties.changesWhenLowercased, properties.lowercaseMapping.utf8.allSatisfy({ $0 < 128 }) else {
            self = .unlisted
            return
        }
        self = Self(lowercased: String(String.UnicodeScalarView(scalars.filter(\.isLetter))).lowercased())
    }

    /// `init(lettersOf: view[range])`, reading the units straight when they are all ASCII
    /// (nearly every word at a full stop).
    init(lettersOf view: ScalarView, _ range: Range<Int>) {
        if let letters = Self.plainLetters(view.units, range) {
            self = letters
            return
        }
        var count = 0
        for i in range {
            let unit = view.units[i]
            guard unit < 128 else { self = Self(lettersOf: view[range]); return }
            let folded = unit | 0x20 // A-Z onto a-z; no other unit lands in a-z
            guard folded &- 97 < 26 else { continue }
            guard count < 16 else { self = .unlisted; return }
            append(UInt8(folded), at: count)
            count += 1
        }
    }

    /// The key of up to sixteen ASCII units that are all letters, from their sixteen units
    /// in two vectors: lowercased and packed in a few instructions, where the loop took about
    /// ten a unit. Nil for any other range (a dot, a digit, a unit ≥ 128, more than sixteen,
    /// or too near the end of the text to read sixteen), which the loop reads.
    @inline(__always) private static func plainLetters(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Self? {
        let n = range.count
        guard n <= 16, range.lowerBound &+ 16 <= units.count else { return nil }
        let lanes = SIMD8<Int16>(0, 1, 2, 3, 4, 5, 6, 7)
        let inRange = (ASCIIUnit.lanesBelow(lanes, Int16(n)), ASCIIUnit.lanesBelow(lanes &+ 8, Int16(n)))
        // A-Z onto a-z; no other unit lands in a-z, and the lanes past the range are 0.
        let folded = ((ASCIIUnit.eight(units, at: range.lowerBound) | SIMD8(repeating: 0x20)) & inRange.0,
                      (ASCIIUnit.eight(units, at: range.lowerBound &+ 8) | SIMD8(repeating: 0x20)) & inRange.1)
        let letters = (ASCIIUnit.lanesBelow(folded.0 &- SIMD8(repeating: 97), 26),
                       ASCIIUnit.lanesBelow(folded.1 &- SIMD8(repeating: 97), 26))
        guard ASCIIUnit.marks(letters.0) | ASCIIUnit.marks(letters.1) << 16
                == ASCIIUnit.marks(inRange.0) | ASCIIUnit.marks(inRange.1) << 16,
              let bytes = ASCIIUnit.asciiBytes(folded.0, folded.1) else { return nil }
        return Self(low: bytes.low, high: bytes.high)
    }

    /// The key of a word of `n` ASCII letters (1 to 16) that are the last of sixteen units,
    /// given folded onto lowercase (`| 0x20`) in two vectors (`StopWord` has them read): the
    /// sixteen packed to bytes, and the word's moved to the key's first bytes.
    @inline(__always) init(lastLettersOf first: SIMD8<Int16>, _ second: SIMD8<Int16>, count n: Int) {
        let lo = ASCIIUnit.bytes(first), hi = ASCIIUnit.bytes(second)
        // The sixteen bytes shifted down by the 16 - n bytes before the word, as one 128-bit value.
        let shift = 128 &- 8 &* n
        if shift >= 64 {
            self.init(low: hi &>> (shift &- 64), high: 0)
        } else if shift > 0 {
            self.init(low: lo &>> shift | hi &<< (64 &- shift), high: hi &>> shift)
        } else {
            self.init(low: lo, high: hi)
        }
    }

    /// Both halves mixed, for `LowercaseLetterSet`'s slots.
    @inline(__always) var hashBits: UInt64 { (low ^ high &* 0x2545_F491_4F6C_DD1D) &* 0x9E37_79B9_7F4A_7C15 }

    private init(lowercased word: String) {
        guard word.utf8.count <= 16, word.utf8.allSatisfy({ $0 < 128 }) else { self = .unlisted; return }
        for (index, byte) in word.utf8.enumerated() { append(byte, at: index) }
    }

    private mutating func append(_ byte: UInt8, at index: Int) {
        if index < 8 { low |= UInt64(byte) << (index * 8) } else { high |= UInt64(byte) << ((index - 8) * 8) }
    }
}

/// A fixed set of `LowercaseLetters`, found by one multiply and a probe or two: the sentence
/// splitter asks at every full stop, and `Set`'s SipHash cost more than the rest of its decision.
struct LowercaseLetterSet: ExpressibleByArrayLiteral {
    private let slots: [LowercaseLetters?]
    private let shift: UInt64

    init(arrayLiteral words: LowercaseLetters...) {
        self.init(words)
    }

    /// The words of all the sets.
    init(unionOf sets: LowercaseLetterSet...) {
        self.init(sets.flatMap { $0.slots.compactMap { $0 } })
    }

    private init(_ words: [LowercaseLetters]) {
        // At most a quarter full: a probe seldom goes past its first slot.
        var bits = 2
        while 1 << bits < words.count * 4 { bits += 1 }
        shift = UInt64(64 - bits)
        var slots = [LowercaseLetters?](repeating: nil, count: 1 << bits)
        for word in words {
            var i = Int(truncatingIfNeeded: word.hashBits >> UInt64(64 - bits))
            while let taken = slots[i], taken != word { i = (i + 1) & (slots.count - 1) }
            slots[i] = word
        }
        self.slots = slots
    }

    /// Inlined: the splitter asks at nearly every full stop, and the call cost as much as the probe.
    @inline(__always) func contains(_ word: LowercaseLetters) -> Bool {
        var i = Int(truncatingIfNeeded: word.hashBits >> shift)
        while let taken = slots[i] {
            if taken == word { return true }
            i = (i + 1) & (slots.count - 1)
        }
        return false
    }
}
