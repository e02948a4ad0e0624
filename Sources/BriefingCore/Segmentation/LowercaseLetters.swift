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
        for scalar in scalars {
            // Outside ASCII, lowercasing follows Unicode ("K", the Kelvin sign, becomes "k").
            guard scalar.value < 128 else {
                self = Self(lowercased: String(String.UnicodeScalarView(scalars.filter(\.isLetter))).lowercased())
                return
            }
            guard scalar.isASCIILetter else { continue }
            guard count < 16 else { self = .unlisted; return }
            append(UInt8(scalar.value | 0x20), at: count)
            count += 1
        }
    }

    private init(lowercased word: String) {
        guard word.utf8.count <= 16, word.utf8.allSatisfy({ $0 < 128 }) else { self = .unlisted; return }
        for (index, byte) in word.utf8.enumerated() { append(byte, at: index) }
    }

    private mutating func append(_ byte: UInt8, at index: Int) {
        if index < 8 { low |= UInt64(byte) << (index * 8) } else { high |= UInt64(byte) << ((index - 8) * 8) }
    }
}
