import Testing
@testable import BriefingCore

@Suite("Lowercase letters of a word, as the splitter looks them up")
struct LowercaseLettersTests {
    private func key(_ word: String) -> LowercaseLetters { LowercaseLetters(lettersOf: word.unicodeScalars) }

    @Test func keepsOnlyLettersLowercased() {
        #expect(key("Mr") == "mr")
        #expect(key("U.S.") == "us")
        #expect(key("\u{201C}The") == "the")
        #expect(key("e.g.") == "eg")
        #expect(key("ABCDEFGHIJKLMNOP") == "abcdefghijklmnop")
    }

    @Test func followsUnicodeLowercasingOutsideASCII() {
        #expect(key("\u{212A}g") == "kg") // the Kelvin sign lowercases to "k"
        #expect(key("Caf\u{E9}") == .unlisted)
        #expect(key("\u{130}n") == .unlisted) // "İ" lowercases to "i" and a combining dot
    }

    /// Outside ASCII the key is the lowercased String's, however each letter lowercases
    /// (to ASCII, to other letters, to two scalars, or not at all), wherever it stands, and
    /// marks outside ASCII (curly quotes) are no letters.
    @Test func nonASCIILettersGiveTheLowercasedStringsKey() {
        let letters: [Unicode.Scalar] = ["\u{212A}", "\u{130}", "\u{E9}", "\u{C9}", "\u{DF}", "\u{3A3}", "\u{1E9E}",
                                         "\u{FB01}", "\u{2160}", "\u{24B6}", "\u{131}", "\u{2019}", "\u{201D}", "A", "b", "."]
        for first in letters {
            for second in letters {
                let word = String(String.UnicodeScalarView([first, "x", second]))
                let lowercased = String(String.UnicodeScalarView(word.unicodeScalars.filter(\.isLetter))).lowercased()
                #expect(key(word) == LowercaseLetters(stringLiteral: lowercased), "\(word.debugDescription)")
            }
        }
    }

    @Test func longWordsAreUnlisted() {
        #expect(key("abcdefghijklmnopq") == .unlisted)
        #expect(key("") == "")
    }

    @Test func aUnionHoldsTheWordsOfEachSet() {
        let union = LowercaseLetterSet(unionOf: ["ab", "cd"], ["cd", "ef"], [])
        #expect(["ab", "cd", "ef"].allSatisfy { union.contains(key($0)) })
        #expect(!union.contains(key("gh")) && !union.contains(key("")))
        // The splitter's first lookup at a stop: a word of any of its lists, and no other.
        #expect(["No", "Nos", "Dr", "Sept", "Inc", "Ltd", "eg"].allSatisfy { Abbreviations.beforeStops.contains(key($0)) })
        #expect(!Abbreviations.beforeStops.contains(key("said")) && !Abbreviations.beforeStops.contains(key("US")))
    }

    @Test func listsHoldTheirWords() {
        #expect(Abbreviations.neverFinal.contains(key("Dr")))
        #expect(Abbreviations.titles.contains(key("Congresswoman")))
        #expect(!Abbreviations.maybeFinal.contains(key("Incorporated")))
    }

    /// Read off the units, a word of letters only (sixteen units read at once) and any other
    /// (read one by one) give the key of their scalars, wherever the word ends; a word read
    /// too near the text's end for sixteen units is read one by one.
    @Test(arguments: 0...17)
    func unitsGiveTheScalarsKey(length: Int) {
        let letters = Array("QuickBrownFoxJumpsOver".unicodeScalars)
        for word in [String(String.UnicodeScalarView(letters.prefix(length))),
                     "U." + String(String.UnicodeScalarView(letters.prefix(length))),
                     String(String.UnicodeScalarView(letters.prefix(length))) + "9"] {
            for padding in ["", " and then some more words"] {
                let text = PackedScalars(word + padding)
                let count = word.unicodeScalars.count
                text.withView { view in
                    #expect(LowercaseLetters(lettersOf: view, 0..<count) == key(word), "\(word)|\(padding)")
                }
            }
        }
    }
}
