@testable import BriefingCore
import Testing

/// `ASCIIUnit.lettersOrDigits` counts the leading letters and digits of eight units at once;
/// it must agree with testing them one by one, wherever the first other unit falls (the
/// count's two halves meet between the fourth and fifth unit).
@Suite struct ASCIIUnitTests {
    /// Leading letters or digits, one unit at a time.
    private func leadingLettersOrDigits(_ units: [UInt16]) -> Int {
        units.prefix(8).prefix { $0 < 128 && ASCIIUnit.isLetterOrDigit($0) }.count
    }

    @Test(arguments: 0...8)
    func countsUpToTheFirstOtherUnit(run: Int) {
        // Each kind of unit that ends a run: ASCII marks and space, the neighbours of the
        // letter and digit ranges, a unit above ASCII and one with the top bit set.
        for breaker: UInt16 in [0x20, 0x2E, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xE9, 0x2019, 0xFFFF] {
            let units = (0..<16).map { $0 < run ? UInt16(0x61 + $0) : ($0 == run ? breaker : 0x41) }
            let count = units.withUnsafeBufferPointer { ASCIIUnit.lettersOrDigits($0, at: 0) }
            #expect(count == run, "run \(run) ended by \(breaker)")
        }
    }

    /// The splitter's ASCII tests at a stop agree with their `Unicode.Scalar` namesakes.
    @Test func stopAndClosingTestsAgreeWithTheScalars() {
        for unit in UInt16(0)..<128 {
            let scalar = Unicode.Scalar(UInt8(unit))
            #expect(ASCIIUnit.isSentenceStop(unit) == scalar.isSentenceStop, "\(unit)")
            #expect(ASCIIUnit.isClosingPunctuation(unit) == scalar.isClosingPunctuation, "\(unit)")
            #expect(ASCIIUnit.isSpace(unit) == scalar.isSpace, "\(unit)")
        }
    }

    @Test func agreesWithUnitByUnitOnRandomUnits() {
        var random = SeededRandom(seed: 7)
        let alphabet: [UInt16] = Array(0x30...0x39) + Array(0x41...0x5A) + Array(0x61...0x7A) + [0x20, 0x2D, 0x27, 0xE9, 0x5F]
        for _ in 0..<2_000 {
            let units = (0..<8).map { _ in random.pick(alphabet) }
            let count = units.withUnsafeBufferPointer { ASCIIUnit.lettersOrDigits($0, at: 0) }
            #expect(count == leadingLettersOrDigits(units))
        }
    }

    /// `marks` reads each lane's top bit alone: a low byte's top bit (0x0080, 0x7F80) marks
    /// nothing, and each marked lane gives its own bit.
    @Test(arguments: 0..<8)
    func marksEachLaneByItsTopBitOnly(lane: Int) {
        for top: Int16 in [Int16.min, -1, -128, 0x7FFF, 0x0080, 0x7F80, 0] {
            var lanes = SIMD8<Int16>(repeating: 0x00FF)
            lanes[lane] = top
            #expect(ASCIIUnit.marks(lanes) == (top < 0 ? 2 << (2 * lane) : 0), "lane \(lane) holding \(top)")
        }
    }

    /// `asciiBytes` gives the units a byte each, in order, and nil for any unit ≥ 128 in
    /// either half, whatever its low byte (U+0141 has an ASCII one, U+0100 a zero).
    @Test(arguments: 0..<16)
    func asciiBytesKeepsTheUnitsInOrderOrRefuses(position: Int) {
        var units = (0..<16).map { SIMD8<Int16>.Scalar(0x41 + $0) }
        func bytes() -> (low: UInt64, high: UInt64)? {
            ASCIIUnit.asciiBytes(SIMD8(units[0..<8]), SIMD8(units[8..<16]))
        }
        let expected = units.enumerated().reduce((low: UInt64(0), high: UInt64(0))) { sum, unit in
            unit.offset < 8 ? (sum.low | UInt64(unit.element) << (8 * unit.offset), sum.high)
                : (sum.low, sum.high | UInt64(unit.element) << (8 * (unit.offset - 8)))
        }
        #expect(bytes()?.low == expected.low && bytes()?.high == expected.high)
        for unit: Int16 in [0x80, 0xE9, 0xFF, 0x100, 0x141, 0x2019, -1] {
            units[position] = unit
            #expect(bytes() == nil, "unit \(unit) at \(position)")
        }
    }
}
