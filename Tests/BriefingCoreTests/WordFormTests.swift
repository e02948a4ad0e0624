import Testing
@testable import BriefingCore

@Suite("Word form")
struct WordFormTests {
    /// A form with only the facts of `set` (0 to 7, in the initialiser's order) true.
    /// (`hasHyphen` and `isYear`, 3 and 6, are kept only as the traits they make.)
    private func form(_ set: Set<Int>) -> WordForm {
        WordForm(key: 7, exactUnit: 3, stemUnit: -1, zipf: 42, isStop: set.contains(0),
                 isKnown: set.contains(1), shape: .mixed, suffix: ScannedWord.endsS | ScannedWord.endsLy, length: 5,
                 hasCapital: set.contains(2), hasHyphen: set.contains(3), lowerInitialMixed: set.contains(4),
                 startsWithLetter: set.contains(5), isYear: set.contains(6), startsTerm: set.contains(7))
    }

    private func facts(_ form: WordForm) -> [Bool] {
        [form.isStop, form.isKnown, form.hasCapital, false, form.lowerInitialMixed,
         form.startsWithLetter, false, form.startsTerm]
    }

    @Test("each yes-or-no fact reads back as given, alone or with the others")
    func factsReadBack() {
        let kept = [0, 1, 2, 4, 5, 7]
        for k in kept {
            #expect(facts(form([k])) == (0..<8).map { $0 == k })
            #expect(facts(form(Set(kept).subtracting([k]))) == (0..<8).map { $0 != k && kept.contains($0) })
        }
        #expect(facts(form([])) == Array(repeating: false, count: 8))
        let f = form(Set(kept))
        #expect(f.key == 7 && f.exactUnit == 3 && f.stemUnit == -1 && f.zipf == 42)
        #expect(f.shape == .mixed && f.suffix == ScannedWord.endsS | ScannedWord.endsLy)
        #expect(f != form(Set(kept.dropLast())))
    }

    @Test("the traits decided once per form are the tests of the shape and facts they stand for")
    func traits() {
        let shapes: [ScannedWord.Shape] = [.lower, .capitalized, .upper, .mixed, .number, .code]
        let suffixes = [0, ScannedWord.endsS, ScannedWord.endsIng, ScannedWord.endsEd, ScannedWord.endsLy]
        // Each form with the two facts kept only as traits (hyphen, year).
        var forms: [(form: WordForm, hyphen: Bool, year: Bool)] = [(.punctuation, false, false)]
        for shape in shapes {
            for suffix in suffixes {
                for bits in 0..<32 {
                    let form = WordForm(key: 7, exactUnit: -1, stemUnit: -1, zipf: 40,
                                        isStop: bits & 1 != 0, isKnown: true, shape: shape, suffix: suffix,
                                        length: bits & 16 != 0 ? 2 : 5, hasCapital: bits & 2 != 0,
                                        hasHyphen: bits & 4 != 0, lowerInitialMixed: bits & 8 != 0,
                                        startsWithLetter: bits & 16 == 0, isYear: bits & 8 != 0)
                    forms.append((form, bits & 4 != 0, bits & 8 != 0))
                }
            }
        }
        let previousForms = stride(from: 0, to: forms.count, by: 37).map { forms[$0].form }
        for (f, hyphen, year) in forms {
            let stop = f.isStop, shape = f.shape, lower = shape == .lower
            let designation = shape == .code && (f.hasCapital || hyphen)
            #expect(f.startsPhrase == (!stop && (shape == .code ? designation : shape != .number)))
            #expect(f.isCapitalizedWord == (!stop && (shape == .capitalized || shape == .upper || shape == .mixed)))
            #expect(f.isLetterWord == (f.key != 0 && shape != .number && shape != .code))
            let length = f.startsWithLetter ? 5 : 2
            let standsAlone = !(lower && f.suffix & ScannedWord.endsIng != 0)
                && !(shape == .code && !(f.hasCapital && f.startsWithLetter))
                && !(shape == .mixed && (!f.lowerInitialMixed || length < 3))
            #expect(f.isLoneWordPhrase == (standsAlone
                && !(lower && f.suffix & (ScannedWord.endsIng | ScannedWord.endsEd | ScannedWord.endsLy) != 0)))
            for previous in previousForms {
                let continues = !stop && (shape == .number
                    ? previous.shape != .lower && previous.shape != .number && !year
                    : shape == .code ? designation : true)
                #expect(f.continuesPhrase(after: previous) == continues)
            }
        }
        #expect(!WordForm.punctuation.startsPhrase && !WordForm.punctuation.isCapitalizedWord)
    }

    @Test("the punctuation form is a known stop word that starts with a letter")
    func punctuation() {
        #expect(facts(.punctuation) == [true, true, false, false, false, true, false, false])
        #expect(MemoryLayout<WordForm>.size == 16 && MemoryLayout<ScannedWord>.size <= 32)
    }

    @Test("a word's key without a plural s is the key of the word without its last letter, where a plural s ends it")
    func singularKey() {
        let pairs = [("Dreamliners", "dreamliner"), ("CRISES", "crise"), ("Übersees", "übersee"), ("tariffs", "tariff"),
                     ("gas", "gas"), ("787s", "787s"), ("iPhones", "iphone"), ("boss", "boss"), ("news", "new")]
        for (word, singular) in pairs {
            let text = PackedScalars(word + " " + singular + " ................")
            text.withView { view in
                TopicScanner.asciiClass.withUnsafeBufferPointer { classes in
                    var scratch: [UInt8] = []
                    let w = TextSpan(0, word.utf16.count), s = TextSpan(w.end + 1, w.end + 1 + singular.utf16.count)
                    let form = WordForm.of(view, w, vocabulary: .shared, lexicon: .shared, classes: classes, scratch: &scratch)
                    let expected = WordForm.of(view, s, vocabulary: .shared, lexicon: .shared, classes: classes,
                                               scratch: &scratch).key
                    let hasDigit = form.shape == .number || form.shape == .code
                    #expect(WordForm.singularKey(key: form.key, suffix: form.suffix, hasDigit: hasDigit, view, w,
                                                 classes: classes) == expected, "\(word)")
                }
            }
        }
        // The lexicon's units fit the form's 16 bits.
        #expect(TopicLexicon.shared.firstStart.count <= Int(Int16.max))
    }
}
