#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

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

    /// `.` `!` `?`; `unit` must be below 128.
    @inline(__always) static func isSentenceStop(_ unit: UInt16) -> Bool {
        unit < 64 && stopBits >> UInt64(unit) & 1 != 0
    }

    /// `"` `'` `)` `]` `}`; `unit` must be below 128.
    @inline(__always) static func isClosingPunctuation(_ unit: UInt16) -> Bool {
        (unit < 64 ? closingBits : closingHighBits) >> UInt64(unit & 63) & 1 != 0
    }

    /// Bit `u` for units 0..<64: `!` `.` `?`.
    private static let stopBits: UInt64 = 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
    /// Bit `u` for units 0..<64: `"` `'` `)`; and bit `u - 64` for units 64..<128: `]` `}`.
    private static let closingBits: UInt64 = 1 << 0x22 | 1 << 0x27 | 1 << 0x29
    private static let closingHighBits: UInt64 = 1 << (0x5D - 64) | 1 << (0x7D - 64)

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

    /// How many of the eight units from `i` are ASCII letters or digits before the first that is not.
    ///
    /// The eight are classed at once in a vector register: `x` is in `lo..<lo + n` when
    /// `x - lo` is below `n`.
    ///
    /// `i + 8` must not pass the end of `units`. The base address is not checked: the check
    /// cost two instructions a token in each stage's inlined tokenizer scan.
    @inline(__always) static func lettersOrDigits(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
        let eight = UnsafeRawPointer(units.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: SIMD8<Int16>.self)
        let folded = eight | SIMD8(repeating: 0x20) // A-Z onto a-z; no other unit lands in a-z
        let classes = lanesBelow(folded &- SIMD8(repeating: 0x61), 26) | lanesBelow(eight &- SIMD8(repeating: 0x30), 10)
        // A bit for each lane out of the class, and bit 16 for none: the first is lane 8.
        return (marks(classes) ^ 0x1_AAAA).trailingZeroBitCount &>> 1
    }

    /// Lanes with the top bit set where `x`, read unsigned, is below `n` (up to 0x8000), and clear elsewhere.
    ///
    /// On x86-64 a signed comparison with the top bits flipped (Swift's vector comparisons
    /// became a loop over the lanes; this is one instruction and an addition). Elsewhere by
    /// arithmetic: `x` is below `n` when `x - n` is negative and `x` is not.
    @inline(__always) static func lanesBelow(_ x: SIMD8<Int16>, _ n: Int16) -> SIMD8<Int16> {
        #if arch(x86_64)
        let flipped = unsafeBitCast(x ^ SIMD8(repeating: .min), to: __m128i.self)
        let bound = unsafeBitCast(SIMD8<Int16>(repeating: .min &+ n), to: __m128i.self)
        return unsafeBitCast(_mm_cmplt_epi16(flipped, bound), to: SIMD8<Int16>.self)
        #else
        return (x &- SIMD8(repeating: n)) & ~x
        #endif
    }

    /// The top bit of each lane equal to `unit`, exactly, whatever the units.
    @inline(__always) static func equal(_ four: UInt64, _ unit: UInt16) -> UInt64 {
        let x = four ^ (UInt64(unit) &* lanes)
        return ~(nonZeroLanes(x) | ~laneTops)
    }

    /// Eight units from `i` in the lanes of a vector register; `i + 8` must not pass the end.
    @inline(__always) static func eight(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> SIMD8<Int16> {
        UnsafeRawPointer(units.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: SIMD8<Int16>.self)
    }

    /// Lanes with the top bit set where `eight` holds `unit`, and clear elsewhere: those
    /// where `eight ^ unit` is below 1.
    @inline(__always) static func equalLanes(_ eight: SIMD8<Int16>, _ unit: UInt16) -> SIMD8<Int16> {
        #if arch(x86_64)
        let units = unsafeBitCast(SIMD8<Int16>(repeating: Int16(bitPattern: unit)), to: __m128i.self)
        return unsafeBitCast(_mm_cmpeq_epi16(unsafeBitCast(eight, to: __m128i.self), units), to: SIMD8<Int16>.self)
        #else
        return lanesBelow(eight ^ SIMD8(repeating: Int16(bitPattern: unit)), 1)
        #endif
    }

    /// Lanes with the top bit set where `eight` holds a unit ≥ 128, and clear elsewhere.
    @inline(__always) static func nonASCIILanes(_ eight: SIMD8<Int16>) -> SIMD8<Int16> {
        ~lanesBelow(eight, 128)
    }

    /// Sixteen units as bytes, units 0–7 in `low` and 8–15 in `high`; nil if any is not ASCII.
    ///
    /// On x86-64 one instruction packs them (`packuswb`), where seven bits a unit were
    /// gathered from four `UInt64`s with shifts. A unit from 128 to 0x7FFF gives a packed byte
    /// with the top bit set; one from 0x8000 up, read as negative, gives 0, but has the top bit
    /// of its own high byte set: `pmovmskb` finds either in the packed bytes and the units
    /// together, in one test.
    @inline(__always) static func asciiBytes(_ first: SIMD8<Int16>, _ second: SIMD8<Int16>) -> (low: UInt64, high: UInt64)? {
        #if arch(x86_64)
        let units = (unsafeBitCast(first, to: __m128i.self), unsafeBitCast(second, to: __m128i.self))
        let bytes = _mm_packus_epi16(units.0, units.1)
        guard _mm_movemask_epi8(_mm_or_si128(bytes, _mm_or_si128(units.0, units.1))) == 0 else { return nil }
        let halves = unsafeBitCast(bytes, to: SIMD2<UInt64>.self)
        #else
        guard marks(nonASCIILanes(first | second)) == 0 else { return nil }
        let halves = unsafeBitCast(SIMD16<UInt8>(truncatingIfNeeded: SIMD16(lowHalf: first, highHalf: second)),
                                   to: SIMD2<UInt64>.self)
        #endif
        return (halves[0], halves[1])
    }

    /// Eight ASCII units as bytes, unit `k` in byte `k` (a unit from 128 up gives some byte
    /// that is not ASCII, 0 or 255).
    ///
    /// On x86-64 one instruction packs them (`packuswb`) and one moves them out.
    @inline(__always) static func bytes(_ eight: SIMD8<Int16>) -> UInt64 {
        #if arch(x86_64)
        let units = unsafeBitCast(eight, to: __m128i.self)
        return unsafeBitCast(_mm_packus_epi16(units, units), to: SIMD2<UInt64>.self)[0]
        #else
        // Saturated as `packuswb` does: truncated, "š" (U+0161) would give "a".
        let clamped = eight.clamped(lowerBound: .zero, upperBound: SIMD8(repeating: 255))
        return unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: clamped), to: UInt64.self)
        #endif
    }

    /// A bit for each of the sixteen units from `i` equal to `unit` (unit `k` at bit `k`), which
    /// must be below 0x7F: packed to bytes (`packed`), only that unit gives its byte, and one
    /// comparison and one `pmovmskb` give the bits. `i + 16` must not pass the end of `units`.
    @inline(__always) static func equalMarks(_ units: UnsafeBufferPointer<UInt16>, at i: Int, _ unit: UInt8) -> Int {
        #if arch(x86_64)
        return Int(_mm_movemask_epi8(_mm_cmpeq_epi8(packed(units, at: i), repeated(unit))))
        #else
        var bits = 0
        for k in 0..<16 where units[i &+ k] == UInt16(unit) { bits |= 1 << k }
        return bits
        #endif
    }

    /// A bit for each of the sixteen units from `i` that may be a sentence stop (unit `k` at
    /// bit `k`): `.` `!` `?`, and every unit from 0x7F up, to be checked one by one (DEL among
    /// them, which never is one). `i + 16` must not pass the end of `units`.
    ///
    /// On x86-64 the sixteen are packed to bytes first (`packed`), so each test is one
    /// instruction for all sixteen, and one `pmovmskb` gives the bits; a byte's top bit
    /// after adding 1 with unsigned saturation (`paddusb`) marks 0x7F and up.
    @inline(__always) static func stopCandidates(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
        #if arch(x86_64)
        let bytes = packed(units, at: i)
        let stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, repeated(0x2E)), _mm_cmpeq_epi8(bytes, repeated(0x21))),
                                 _mm_or_si128(_mm_cmpeq_epi8(bytes, repeated(0x3F)), _mm_adds_epu8(bytes, repeated(1))))
        return Int(_mm_movemask_epi8(stops))
        #else
        var bits = 0
        for k in 0..<16 {
            let unit = units[i &+ k]
            if unit >= 0x7F || unit == 0x2E || unit == 0x21 || unit == 0x3F { bits |= 1 << k }
        }
        return bits
        #endif
    }

    #if arch(x86_64)
    /// The sixteen units from `i` packed to bytes with signed saturation (`packsswb`): a unit
    /// below 0x7F keeps its value, one from 0x7F to 0x7FFF becomes 0x7F, one from 0x8000 up a
    /// byte from 0x80 up.
    @inline(__always) private static func packed(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> __m128i {
        _mm_packs_epi16(unsafeBitCast(eight(units, at: i), to: __m128i.self),
                        unsafeBitCast(eight(units, at: i &+ 8), to: __m128i.self))
    }

    @inline(__always) private static func repeated(_ byte: UInt8) -> __m128i {
        unsafeBitCast(SIMD16<UInt8>(repeating: byte), to: __m128i.self)
    }
    #endif

    /// One bit for each lane whose top bit is set, lane `k` at bit `2 k + 1`: none, 0.
    ///
    /// On x86-64 one instruction (`pmovmskb`, which Swift's vector types do not offer; it gives
    /// the top bit of each byte, and the lanes' low bytes are masked off), where the lanes
    /// moved to two 64-bit registers and counted or tested there took about a dozen.
    @inline(__always) static func marks(_ lanes: SIMD8<Int16>) -> Int {
        #if arch(x86_64)
        return Int(_mm_movemask_epi8(unsafeBitCast(lanes, to: __m128i.self))) & 0xAAAA
        #else
        var bits = 0
        for k in 0..<8 where lanes[k] < 0 { bits |= 2 << (2 * k) }
        return bits
        #endif
    }

    /// The top bit of each nonzero lane, other bits set as they fall. Adding 0x7FFF to the
    /// low 15 bits of a lane carries into its top bit, never into the next lane.
    @inline(__always) private static func nonZeroLanes(_ x: UInt64) -> UInt64 {
        ((x & ~laneTops) &+ ~laneTops) | x
    }
}
