import Testing
@testable import BriefingCore

/// `MarksSinceWord` packs three facts into one integer: each must read back as set, and
/// none disturb the others.
@Suite("Actor stage marks since a word")
struct MarksSinceWordTests {
    @Test func startsWithNoWordAndNoMark() {
        let marks = MarksSinceWord.sentenceStart
        #expect(!marks.afterWord)
        #expect(marks.count == 0)
        #expect(marks.laterOpeners)
        #expect(!marks.isRightAfterWord)
    }

    @Test func aWordClearsTheMarks() {
        var marks = MarksSinceWord.sentenceStart
        marks.addMark()
        marks.addMark()
        marks.addMark()
        marks.noteLaterNonOpener()
        #expect(!marks.isRightAfterWord)
        marks = .afterWord
        #expect(marks.isRightAfterWord)
        #expect(marks.afterWord)
        #expect(marks.count == 0)
        #expect(marks.laterOpeners)
    }

    @Test func countsMarksAndKeepsTheOtherFacts() {
        var marks = MarksSinceWord.afterWord
        for expected in 1...300 {
            marks.addMark()
            #expect(!marks.isRightAfterWord)
            #expect(marks.count == expected)
        }
        #expect(marks.afterWord)
        #expect(marks.laterOpeners)
        marks.noteLaterNonOpener()
        marks.addMark()
        #expect(marks.count == 301)
        #expect(!marks.laterOpeners)
        #expect(marks.afterWord)
    }
}
