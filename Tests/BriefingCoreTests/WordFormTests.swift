import Testing
@testable import BriefingCore

@Suite("Word form")
struct WordFormTests {
    /// A form with only the facts of `set` (0 to 7, in the initialiser's order) true.
    private func form(_ set: Set<Int>) -> WordForm {
        WordForm(key: 7, singularKey: 5, exactUnit: 3, stemUnit: -1, zipf: 42, isStop: set.contains(0),
                 isKnown: set.contains(1), shape: .mixed, suffix: ScannedWord.endsS | ScannedWord.endsLy,
                 hasCapital: set.contains(2), hasHyphen: set.contains(3), lowerInitialMixed: set.contains(4),
                 startsWithLetter: set.contains(5), isYear: set.contains(6), startsTerm: set.contains(7))
    }

    private func facts(_ form: WordForm) -> [Bool] {
        [form.isStop, form.isKnown, form.hasCapital, form.hasHyphen, form.lowerInitialMixed,
         form.startsWithLetter, form.isYear, form.startsTerm]
    }

    @Test("each yes-or-no fact reads back as given, alone or with the others")
    func factsReadBack() {
        for k in 0..<8 {
            #expect(facts(form([k])) == (0..<8).map { $0 == k })
            #expect(facts(form(Set(0..<8).subtracting([k]))) == (0..<8).map { $0 != k })
        }
        #expect(facts(form([])) == Array(repeating: false, count: 8))
        let f = form(Set(0..<8))
        #expect(f.key == 7 && f.singularKey == 5 && f.exactUnit == 3 && f.stemUnit == -1 && f.zipf == 42)
        #expect(f.shape == .mixed && f.suffix == ScannedWord.endsS | ScannedWord.endsLy)
        #expect(f != form(Set(0..<7)))
    }

    @Test("the punctuation form is a known stop word that starts with a letter")
    func punctuation() {
        #expect(facts(.punctuation) == [true, true, false, false, false, true, false, false])
    }
}
