import Testing
@testable import BriefingCore

@Suite("Scanned word letter kind")
struct ScannedWordLetterKindTests {
    private func word(shape: ScannedWord.Shape, isName: Bool) -> ScannedWord {
        let form = WordForm(key: 9, exactUnit: -1, stemUnit: -1, zipf: 40, isStop: false, isKnown: true,
                            shape: shape, suffix: 0, length: 4, hasCapital: shape != .lower && shape != .number,
                            hasHyphen: false, lowerInitialMixed: false, startsWithLetter: shape != .number,
                            isYear: false)
        return ScannedWord(span: TextSpan(0, 4), form: form, number: 1, ambiguousCase: false, isName: isName)
    }

    @Test("a letter word's kind is one bit, name or common; a number, a code or a mark has none")
    func kinds() {
        #expect(word(shape: .capitalized, isName: true).letterKind == ScannedWord.nameKind)
        #expect(word(shape: .lower, isName: false).letterKind == ScannedWord.commonKind)
        #expect(word(shape: .capitalized, isName: false).letterKind == ScannedWord.commonKind)
        #expect(word(shape: .number, isName: false).letterKind == 0)
        #expect(word(shape: .code, isName: true).letterKind == 0)
        #expect(ScannedWord.breakMark(TextSpan(0, 1)).letterKind == 0)
    }

    @Test("OR-ed over a run, both bits say it mixes names and common words")
    func mixing() {
        let run = [word(shape: .capitalized, isName: true), word(shape: .number, isName: false),
                   word(shape: .lower, isName: false)]
        #expect(run.prefix(2).reduce(0) { $0 | $1.letterKind } == ScannedWord.nameKind)
        #expect(run.reduce(0) { $0 | $1.letterKind } == ScannedWord.nameKind | ScannedWord.commonKind)
    }
}
