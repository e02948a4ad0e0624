import Testing
@testable import BriefingCore

/// `SentenceSplitter.StopWord` reads the word before a full stop from sixteen units at once
/// when it can: at every offset of texts dense in what decides it (spaces of each kind,
/// digits, dots, opening quotes and dashes, units ≥ 128, words longer than sixteen), it must
/// find what the plain loops below find.
@Suite("The word before a full stop")
struct StopWordTests {
    private static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "q", "0", "7", ".", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "-", "\"", "(", "'",
        "\u{201C}", "\u{2019}", "\u{E9}", "\u{A0}", ",", "/", "\u{1F600}", "\u{141}",
    ]

    private struct Plain: Equatable {
        var start = 0, end = 0, allDigits = true, innerDot = false, hasLetter = false
    }

    private func plain(_ scalars: [Unicode.Scalar], before offset: Int) -> Plain {
        var start = offset
        while start > 0 && !scalars[start - 1].isSpace { start -= 1 }
        while start < offset && (scalars[start].isOpeningPunctuation || scalars[start] == "-") { start += 1 }
        var word = Plain(start: start, end: offset)
        for i in start..<offset {
            if !scalars[i].isDigit { word.allDigits = false }
            if scalars[i] == "." && i < offset - 1 { word.innerDot = true }
            if scalars[i].isLetter { word.hasLetter = true }
        }
        return word
    }

    @Test(arguments: 0..<30)
    func agreesWithThePlainLoops(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 77)
        // Mostly letters, as in prose; every fifth text with long runs of letters only.
        let oneIn = seed % 5 == 0 ? 25 : 3
        let scalars = (0..<(40 + seed * 4)).map { _ in random.next(oneIn) == 0 ? random.pick(Self.alphabet) : "e" }
        let text = PackedScalars(String(String.UnicodeScalarView(scalars)))
        text.withView { view in
            for offset in 0...scalars.count {
                let word = SentenceSplitter.StopWord(view, before: offset)
                let found = Plain(start: word.start, end: word.end, allDigits: word.allDigits,
                                  innerDot: word.innerDot, hasLetter: word.hasLetter)
                #expect(found == plain(scalars, before: offset), "offset \(offset) in \(String(String.UnicodeScalarView(scalars)).debugDescription)")
                // A key made from the vectors is the one the letters give.
                if let letters = word.letters {
                    #expect(letters == LowercaseLetters(lettersOf: view, word.start..<word.end), "offset \(offset)")
                }
            }
        }
    }

    /// A word of letters alone, read from the vectors, has its key made from them; one with
    /// a dot has none, and is keyed from the units.
    @Test func aWordOfLettersHasItsKey() {
        let text = PackedScalars("The officers who arrived met Mr Smith Said. Then the U.S.")
        text.withView { view in
            let said = SentenceSplitter.StopWord(view, before: 42)
            #expect(said.letters == LowercaseLetters(stringLiteral: "said"))
            #expect(SentenceSplitter.StopWord(view, before: view.count - 1).letters == nil)
        }
    }
}
