import Testing
@testable import BriefingCore

/// The splitter's searches sixteen to sixty-four units at a time, against the plain loops they
/// replace, on texts dense in what they look for and in what only looks like it (units ≥ 128,
/// astral scalars, the marks' neighbours in value), and on sparse ones, where most sixteen
/// units hold nothing sought.
@Suite("Searching units sixteen to sixty-four at a time")
struct UnitSearchTests {
    private static let alphabet: [Unicode.Scalar] = [
        "a", "B", " ", "\n", ".", "!", "?", ",", "-", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}",
        "\u{E9}", "\u{2019}", "\u{1F600}", "\u{0A}", "\u{0B}", "\u{2E}", "/", "\u{10A}", "\u{FF2E}",
        // Units that pack to bytes at the edges (`ASCIIUnit.stopCandidates`): DEL, and units
        // that saturate to 0x7F or to a byte from 0x80 up.
        "\u{7F}", "\u{80}", "\u{8000}", "\u{FF61}", "\u{FFFF}",
    ]

    /// Mostly letters, as in prose: one unit in `oneIn` from the alphabet.
    private func text(seed: UInt64, length: Int, oneIn: Int = 3) -> PackedScalars {
        var random = SeededRandom(seed: seed)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            scalars.append(random.next(oneIn) == 0 ? random.pick(Self.alphabet) : "e")
        }
        return PackedScalars(String(scalars))
    }

    @Test(arguments: 0..<40)
    func agreeWithPlainLoopsFromEveryStart(seed: Int) {
        agreeWithPlainLoops(text(seed: UInt64(seed), length: 1 + seed * 3))
    }

    @Test(arguments: 0..<20)
    func agreeWithPlainLoopsOnSparseText(seed: Int) {
        agreeWithPlainLoops(text(seed: UInt64(seed) &+ 500, length: 20 + seed * 9, oneIn: 40))
        agreeWithPlainLoops(text(seed: UInt64(seed) &+ 700, length: 100 + seed * 5, oneIn: 120))
    }

    private func agreeWithPlainLoops(_ text: PackedScalars) {
        text.withView { view in
            for start in 0...view.count {
                for end in [start, min(view.count, start + 9), min(view.count, start + 17), min(view.count, start + 33),
                            min(view.count, start + 40), min(view.count, start + 65), min(view.count, start + 80), view.count] {
                    var lineBreak = start
                    while lineBreak < end && view[lineBreak] != "\n" { lineBreak += 1 }
                    #expect(view.firstLineBreak(from: start, to: end) == lineBreak)
                    var stop = start
                    while stop < end && !view[stop].isSentenceStop { stop += 1 }
                    #expect(view.firstSentenceStop(from: start, to: end) == stop)
                }
            }
        }
    }

    @Test(arguments: 0..<20)
    func lettersFromTheUnitsAgreeWithTheScalars(seed: Int) {
        let text = text(seed: UInt64(seed) &+ 1000, length: 40)
        text.withView { view in
            for start in 0..<view.count {
                for end in start...min(view.count, start + 20) {
                    #expect(LowercaseLetters(lettersOf: view, start..<end) == LowercaseLetters(lettersOf: view[start..<end]))
                }
            }
        }
    }

    @Test func letterSetsAnswerAsSetsDo() {
        let words = ["mr", "mrs", "dr", "st", "jan", "u", "abcdefghijklmnop", "e", ""]
        let set: LowercaseLetterSet = ["mr", "mrs", "dr", "st", "jan"]
        let reference: Set<String> = ["mr", "mrs", "dr", "st", "jan"]
        for word in words + ["MR", "Dr."] {
            let key = LowercaseLetters(lettersOf: word.unicodeScalars)
            #expect(set.contains(key) == reference.contains(word.lowercased().filter(\.isLetter)), "\(word)")
        }
        #expect(!set.contains(.unlisted))
    }
}
