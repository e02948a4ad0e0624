/// The character classes of an ASCII unit of `PackedScalars`, read from bit masks.
///
/// The hot loops test the 16-bit unit itself: below 128 they answer here, with no scalar
/// decoded and no table in memory, and only the rare unit ≥ 128 takes the Unicode-property
/// path of `ScalarClass`. Each test agrees with its `Unicode.Scalar` namesake on ASCII.
enum ASCIIUnit {
    /// Bit `u` for units 0..<64.
    private static let digitBits: UInt64 = 0x03FF << 48                     // 0-9
    private static let spaceBits: UInt64 = 1 << 32 | 0x1F << 9              // space, \t \n \v \f \r
    /// Bit `u - 64` for units 64..<128.
    private static let letterBits: UInt64 = 0x03FF_FFFF << 33 | 0x03FF_FFFF << 1  // a-z, A-Z

    /// Letters and digits; `unit` must be below 128.
    @inline(__always) static func isLetterOrDigit(_ unit: UInt16) -> Bool {
        (unit < 64 ? digitBits : letterBits) >> UInt64(unit & 63) & 1 != 0
    }

    /// `unit` must be below 128.
    @inline(__always) static func isSpace(_ unit: UInt16) -> Bool {
        unit < 64 && spaceBits >> UInt64(unit) & 1 != 0
    }

    /// Any unit: only ASCII has digits.
    @inline(__always) static func isDigit(_ unit: UInt16) -> Bool { unit &- 48 < 10 }

    /// Four units read at once, lane 0 in the low 16 bits (every platform Swift runs on is little-endian).
    @inline(__always) static func four(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> UInt64 {
        UnsafeRawPointer(units.baseAddress! + i).loadUnaligned(as: UInt64.self)
    }

    private static let lanes: UInt64 = 0x0001_0001_0001_0001
    private static let laneTops: UInt64 = 0x8000_8000_8000_8000
    private static let nonASCIIBits: UInt64 = 0xFF80_FF80_FF80_FF80

    /// Whether all four units are ASCII.
    @inline(__always) static func allASCII(_ four: UInt64) -> Bool { four & nonASCIIBits == 0 }

    /// The top bit of each lane whose unit is not a letter or digit; the units must be ASCII.
    @inline(__always) static func notLetterOrDigit(_ four: UInt64) -> UInt64 {
        // A lane below 128 plus 0x8000 - k has its top bit set exactly when it is at least k,
        // and never carries into the next lane.
        @inline(__always) func atLeast(_ x: UInt64, _ k: UInt64) -> UInt64 { (x &+ (0x8000 - k) &* lanes) & laneTops }
        let folded = four | (0x20 &* lanes) // A-Z onto a-z; no other unit lands in a-z
        let letters = atLeast(folded, 97) & ~atLeast(folded, 123)
        let digits = atLeast(four, 48) & ~atLeast(four, 58)
        return ~(letters | digits) & laneTops
    }

    /// How many of eight ASCII units (`low` then `high`) are letters or digits before the first that is not.
    @inline(__always) static func lettersOrDigits(_ low: UInt64, _ high: UInt64) -> Int {
        let lowStops = notLetterOrDigit(low)
        // No stop in a lane gives 64 trailing zeros: 4 lanes.
        return lowStops != 0 ? lowStops.trailingZeroBitCount >> 4 : 4 + (notLetterOrDigit(high).trailingZeroBitCount >> 4)
    }

    /// The top bit of each lane equal to `unit`, exactly, whatever the units.
    @inline(__always) static func equal(_ four: UInt64, _ unit: UInt16) -> UInt64 {
        let x = four ^ (UInt64(unit) &* lanes)
        return ~(nonZeroLanes(x) | ~laneTops)
    }

    /// The top bit of each lane that is not ASCII.
    @inline(__always) static func nonASCII(_ four: UInt64) -> UInt64 {
        nonZeroLanes(four & nonASCIIBits) & laneTops
    }

    /// The top bit of each nonzero lane, other bits set as they fall. Adding 0x7FFF to the
    /// low 15 bits of a lane carries into its top bit, never into the next lane.
    @inline(__always) private static func nonZeroLanes(_ x: UInt64) -> UInt64 {
        ((x & ~laneTops) &+ ~laneTops) | x
    }
}
