import Testing
@testable import BriefingCore

@Suite("Word form cache")
struct WordFormCacheTests {
    /// The form of every word token of `string`, through one cache, with how many forms were
    /// worked out (not found in the cache); each is checked against a form worked out afresh.
    /// `numbered`: the words read with their numbers from a token store (`WordNumbering`), as
    /// the analysis reads them; else with none, so the cache's own table finds them.
    private func forms(_ string: String, cache: inout WordFormCache, numbered: Bool = false) -> (forms: [WordForm], made: Int) {
        let scalars = PackedScalars(string)
        var made = 0
        var scratch: [UInt8] = []
        let tokens = numberedTokens(scalars, numbered: numbered)
        let forms = scalars.withView { view in
            TopicScanner.asciiClass.withUnsafeBufferPointer { classes in
                tokens.filter { $0.0.kind != .punctuation }.map { token, number in
                    let fresh = WordForm.of(view, token.span, vocabulary: .shared, lexicon: .shared, classes: classes,
                                            scratch: &scratch)
                    let form = cache.form(view.units, token.span, number: number) {
                        made += 1
                        return fresh
                    }
                    #expect(form == fresh, "\(SourceText.string(scalars, token.span))")
                    return form
                }
            }
        }
        return (forms, made)
    }

    private func forms(_ string: String, numbered: Bool = false) -> (forms: [WordForm], made: Int) {
        var cache = WordFormCache()
        return forms(string, cache: &cache, numbered: numbered)
    }

    @Test("a repeated word is worked out once, in any case and length, numbered or not", arguments: [false, true])
    func repeats(numbered: Bool) {
        let words = "ceasefire Ceasefire CEASEFIRE a A internationalisation internationalization "
            + "counterintelligence-sharing Müller café 737-800 iPhone"
        // A tail, so every word lies sixteen units inside the text.
        let text = words + " " + words + " ...................."
        let (forms, made) = self.forms(text, numbered: numbered)
        #expect(made == forms.count / 2)
        #expect(Array(forms[..<(forms.count / 2)]) == Array(forms[(forms.count / 2)...]))
    }

    @Test("words that share their first letters or differ in length are told apart", arguments: [false, true])
    func distinct(numbered: Bool) {
        let (forms, made) = self.forms("abcdefgh abcdefghi abcdefghij abcdefgh abc abcd ab a ..................",
                                       numbered: numbered)
        #expect(made == 7)
        #expect(forms[0] == forms[3])
        #expect(Set(forms.map(\.key)).count == 7)
    }

    @Test("a word near the end of the text or with a scalar above U+FFFF is worked out each time")
    func notKept() {
        #expect(forms("end end").made == 2)
        #expect(forms("x\u{1D400}y x\u{1D400}y ................").made == 2)
    }

    @Test("words past the numbered ones are kept in the table")
    func pastTheNumbers() {
        var cache = WordFormCache()
        let words = (0..<(WordNumbering.maxNumber + 10)).map { "w\($0)x" }
        let text = words.joined(separator: " ") + " " + words.suffix(20).joined(separator: " ") + " ................"
        #expect(forms(text, cache: &cache, numbered: true).made == words.count)
    }

    @Test("only the first maxWords distinct words are kept")
    func bounded() {
        var cache = WordFormCache()
        let words = (0..<(WordFormCache.maxWords + 10)).map { "w\($0)x" }
        let text = words.joined(separator: " ") + " ................"
        #expect(forms(text, cache: &cache).made == words.count)
        let again = forms(text, cache: &cache).made
        #expect(again == 10)
    }
}
