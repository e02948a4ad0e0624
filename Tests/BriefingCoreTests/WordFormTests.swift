import Testing
@testable import BriefingCore

@Suite("Word form")
struct WordFormTests {
    /// A form with only the facts of `set` (0 to 7, in the initialiser's order) true.
    private func form(_ set: Set<Int>) -> WordForm {
        WordForm(key: 7, singularKey: 5, exactUnit: 3, stemUnit: -1, zipf: 42, isStop: set.contains(0),
                 isKnown: set.contains(1), shape: .mixed, suffix: ScannedWord.endsS | ScannedWord.endsLy, length: 5,
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

    @Test("the traits decided once per form are the tests of the shape and facts they stand for")
    func traits() {
        let shapes: [ScannedWord.Shape] = [.lower, .capitalized, .upper, .mixed, .number, .code]
        let suffixes = [0, ScannedWord.endsS, ScannedWord.endsIng, ScannedWord.endsEd, ScannedWord.endsLy]
        var forms: [WordForm] = [.punctuation]
        for shape in shapes {
            for suffix in suffixes {
                for bits in 0..<32 {
                    forms.append(WordForm(key: 7, singularKey: 7, exactUnit: -1, stemUnit: -1, zipf: 40,
                                          isStop: bits & 1 != 0, isKnown: true, shape: shape, suffix: suffix,
                                          length: bits & 16 != 0 ? 2 : 5, hasCapital: bits & 2 != 0,
                                          hasHyphen: bits & 4 != 0, lowerInitialMixed: bits & 8 != 0,
                                          startsWithLetter: bits & 16 == 0, isYear: bits & 8 != 0))
                }
            }
        }
        for f in forms {
            let stop = f.isStop, shape = f.shape, lower = shape == .lower
            let designation = shape == .code && (f.hasCapital || f.hasHyphen)
            let startsPhrase = !stop && (shape == .code ? designation : shape != .number)
            #expect(f.startsPhrase == startsPhrase)
            #expect(f.isNameByCase == (!stop && (shape == .capitalized || shape == .upper)))
            #expect(f.isCapitalizedWord == (!stop && (shape == .capitalized || shape == .upper || shape == .mixed)))
            #expect(f.isLetterWord == (f.key != 0 && shape != .number && shape != .code))
            #expect(f.isVerbForm == (lower && f.suffix & (ScannedWord.endsIng | ScannedWord.endsEd) != 0))
            let length = f.startsWithLetter ? 5 : 2
            let standsAlone = !(lower && f.suffix & ScannedWord.endsIng != 0)
                && !(shape == .code && !(f.hasCapital && f.startsWithLetter))
                && !(shape == .mixed && (!f.lowerInitialMixed || length < 3))
            #expect(f.isLoneWordPhrase == (standsAlone
                && !(lower && f.suffix & (ScannedWord.endsIng | ScannedWord.endsEd | ScannedWord.endsLy) != 0)))
            for previous in stride(from: 0, to: forms.count, by: 37).map({ forms[$0] }) {
                let continues = !stop && (shape == .number
                    ? previous.shape != .lower && previous.shape != .number && !f.isYear
                    : shape == .code ? designation : true)
                #expect(f.continuesPhrase(after: previous) == continues)
            }
        }
        #expect(!WordForm.punctuation.startsPhrase && !WordForm.punctuation.isCapitalizedWord)
    }

    @Test("a scanned word keeps its place's two facts beside its form and number in 40 bytes")
    func scannedWord() {
        #expect(MemoryLayout<ScannedWord>.size <= 40)
        for (ambiguous, name) in [(false, false), (false, true), (true, false), (true, true)] {
            var w = ScannedWord(span: TextSpan(3, 9), form: form([2]), number: 4095, ambiguousCase: ambiguous, isName: name)
            #expect(w.ambiguousCase == ambiguous && w.isName == name && w.number == 4095 && w.form == form([2]))
            w.isName = !name
            #expect(w.ambiguousCase == ambiguous && w.isName == !name)
        }
    }

    @Test("the punctuation form is a known stop word that starts with a letter")
    func punctuation() {
        #expect(facts(.punctuation) == [true, true, false, false, false, true, false, false])
    }
}
