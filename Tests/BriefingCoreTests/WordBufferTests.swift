import Testing
@testable import BriefingCore

@Suite("Word buffer")
struct WordBufferTests {
    private func word(_ k: Int) -> ScannedWord {
        .breakMark(TextSpan(k, k + 1))
    }

    /// A word that starts a lexicon term.
    private func termWord(_ k: Int) -> ScannedWord {
        let form = WordForm(key: 7, exactUnit: 0, stemUnit: 0, zipf: 30, isStop: false, isKnown: true,
                            shape: .lower, suffix: 0, length: 1, hasCapital: false, hasHyphen: false, lowerInitialMixed: false,
                            startsWithLetter: true, isYear: false, startsTerm: true)
        return ScannedWord(span: TextSpan(k, k + 1), form: form, number: 0, ambiguousCase: false, isName: false)
    }

    @Test("the words that start a term or may start a phrase are listed where they stand, as room is made and the buffer emptied")
    func listsStarts() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        buffer.removeAll(keepingRoomFor: 11)
        let starts: Set = [1, 4, 5, 9, 10]
        for k in 0..<11 { buffer.append(starts.contains(k) ? termWord(k) : word(k)) }
        #expect(buffer.termStartIndices.map(Int.init) == [1, 4, 5, 9, 10])
        #expect(buffer.words.map(\.startsTerm) == (0..<11).map(starts.contains))
        // A content word may start a phrase; a mark may not.
        #expect(buffer.phraseStartIndices.map(Int.init) == [1, 4, 5, 9, 10])
        #expect(buffer.words.map(PhraseMiner.canStart) == (0..<11).map(starts.contains))
        buffer.removeAll(keepingRoomFor: 2)
        #expect(buffer.termStartIndices.isEmpty && buffer.phraseStartIndices.isEmpty)
        buffer.append(word(0))
        buffer.append(termWord(1))
        #expect(buffer.termStartIndices.map(Int.init) == [1] && buffer.phraseStartIndices.map(Int.init) == [1])
    }

    @Test("a mark added as a mark leaves the buffer as appending it would: stored in its place, listed as no start")
    func appendsMarks() {
        var appended = WordBuffer(capacity: 2), marked = WordBuffer(capacity: 2)
        defer { appended.deallocate(); marked.deallocate() }
        appended.removeAll(keepingRoomFor: 9)
        marked.removeAll(keepingRoomFor: 9)
        let starts: Set = [0, 3, 4, 8]
        for k in 0..<9 {
            appended.append(starts.contains(k) ? termWord(k) : word(k))
            if starts.contains(k) { marked.append(termWord(k)) } else { marked.appendMark(word(k)) }
        }
        #expect(marked.words.map(\.span) == appended.words.map(\.span))
        #expect(marked.words.map(\.isBreak) == appended.words.map(\.isBreak))
        #expect(marked.termStartIndices.map(Int.init) == [0, 3, 4, 8])
        #expect(marked.phraseStartIndices.map(Int.init) == appended.phraseStartIndices.map(Int.init))
    }

    @Test("words read back in order once room is made past the capacity, sentence after sentence")
    func growsInOrder() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        for room in [37, 5, 80] {
            buffer.removeAll(keepingRoomFor: room)
            for k in 0..<room { buffer.append(word(k)) }
            #expect(buffer.count == room)
            #expect(buffer.words.map(\.span.start) == Array(0..<room))
        }
    }

    @Test("removing all keeps the storage for the next sentence")
    func removeAllEmpties() {
        var buffer = WordBuffer(capacity: 4)
        defer { buffer.deallocate() }
        for k in 0..<4 { buffer.append(word(k)) }
        buffer.removeAll(keepingRoomFor: 1)
        #expect(buffer.count == 0 && buffer.words.isEmpty)
        buffer.append(word(5))
        #expect(buffer.words.map(\.span) == [TextSpan(5, 6)])
    }

    @Test("marking the last word as a name marks only it")
    func marksLastAsName() {
        var buffer = WordBuffer(capacity: 4)
        defer { buffer.deallocate() }
        for k in 0..<3 { buffer.append(word(k)) }
        buffer.markLastAsName()
        #expect(buffer.words.map(\.isName) == [false, false, true])
    }
}
