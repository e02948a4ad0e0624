import Testing
@testable import BriefingCore

@Suite("Word buffer")
struct WordBufferTests {
    private func word(_ k: Int) -> ScannedWord {
        .breakMark(TextSpan(k, k + 1))
    }

    /// A word of letters that starts nothing, capitalised or not.
    private func plainWord(_ k: Int, capitalized: Bool = false) -> ScannedWord {
        let form = WordForm(key: 9, exactUnit: -1, stemUnit: -1, zipf: 50, isStop: true, isKnown: true,
                            shape: capitalized ? .capitalized : .lower, suffix: 0, length: 1, hasCapital: capitalized,
                            hasHyphen: false, lowerInitialMixed: false, startsWithLetter: true, isYear: false)
        let nonStop = WordForm(key: 9, exactUnit: -1, stemUnit: -1, zipf: 50, isStop: false, isKnown: true,
                               shape: .capitalized, suffix: 0, length: 1, hasCapital: true,
                               hasHyphen: false, lowerInitialMixed: false, startsWithLetter: true, isYear: false)
        return ScannedWord(span: TextSpan(k, k + 1), form: capitalized ? nonStop : form, number: 0,
                           ambiguousCase: false, isName: false)
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
        for k in 0..<11 { if starts.contains(k) { buffer.append(termWord(k)) } else { buffer.appendMark(word(k), opensClause: true) } }
        buffer.markLists(.all)
        #expect(buffer.termStartIndices.map(Int.init) == [1, 4, 5, 9, 10])
        #expect(buffer.words.map(\.startsTerm) == (0..<11).map(starts.contains))
        // A content word may start a phrase; a mark may not.
        #expect(buffer.phraseStartIndices.map(Int.init) == [1, 4, 5, 9, 10])
        #expect(buffer.words.map(PhraseMiner.canStart) == (0..<11).map(starts.contains))
        buffer.removeAll(keepingRoomFor: 2)
        #expect(buffer.termStartIndices.isEmpty && buffer.phraseStartIndices.isEmpty)
        buffer.appendMark(word(0), opensClause: true)
        buffer.append(termWord(1))
        buffer.markLists(.all)
        #expect(buffer.termStartIndices.map(Int.init) == [1] && buffer.phraseStartIndices.map(Int.init) == [1])
    }

    @Test("the capitalised words and the marks that open a clause are listed where they stand, and no other word")
    func listsCapitalsAndMarks() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        buffer.removeAll(keepingRoomFor: 9)
        buffer.append(plainWord(0, capitalized: true))
        buffer.append(plainWord(1))
        buffer.appendMark(word(2), opensClause: true)
        buffer.append(termWord(3))
        buffer.append(plainWord(4, capitalized: true))
        buffer.append(plainWord(5, capitalized: true))
        buffer.appendMark(word(6), opensClause: false)
        buffer.append(plainWord(7))
        buffer.markLists(.all)
        // A mark that opens no clause is not listed.
        #expect(buffer.capitalAndMarkIndices.map(Int.init) == [0, 2, 4, 5])
        #expect(buffer.termStartIndices.map(Int.init) == [3])
        buffer.removeAll(keepingRoomFor: 1)
        #expect(buffer.capitalAndMarkIndices.isEmpty)
    }

    @Test("lists of more than eight words, across and at the ends of eight-word steps")
    func longLists() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        let starts = Set([0, 7, 8, 15, 16, 31, 63, 64, 65, 127, 128, 190, 199])
        for count in [199, 200] {
            buffer.removeAll(keepingRoomFor: count)
            for k in 0..<count { if starts.contains(k) { buffer.append(termWord(k)) } else { buffer.appendMark(word(k), opensClause: true) } }
            buffer.markLists(.all)
            #expect(buffer.termStartIndices.map(Int.init) == starts.filter { $0 < count }.sorted())
            #expect(buffer.capitalAndMarkIndices.map(Int.init) == (0..<count).filter { !starts.contains($0) })
        }
    }

    @Test("words read back in order once room is made past the capacity, sentence after sentence")
    func growsInOrder() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        for room in [37, 5, 80] {
            buffer.removeAll(keepingRoomFor: room)
            for k in 0..<room { buffer.appendMark(word(k), opensClause: true) }
            #expect(buffer.count == room)
            #expect(buffer.words.map(\.span.start) == Array(0..<room))
        }
    }

    @Test("removing all keeps the storage for the next sentence")
    func removeAllEmpties() {
        var buffer = WordBuffer(capacity: 4)
        defer { buffer.deallocate() }
        for k in 0..<4 { buffer.appendMark(word(k), opensClause: true) }
        buffer.removeAll(keepingRoomFor: 1)
        #expect(buffer.count == 0 && buffer.words.isEmpty)
        buffer.appendMark(word(5), opensClause: false)
        #expect(buffer.words.map(\.span) == [TextSpan(5, 6)])
    }

    @Test("marking a word as a name marks only it")
    func marksAsName() {
        var buffer = WordBuffer(capacity: 4)
        defer { buffer.deallocate() }
        for k in 0..<3 { buffer.append(plainWord(k)) }
        buffer.markAsName(1)
        #expect(buffer.words.map(\.isName) == [false, true, false])
    }

    @Test("the word marked as standing where case tells little is the first at or after the place, past marks")
    func marksAmbiguousCase() {
        var buffer = WordBuffer(capacity: 8)
        defer { buffer.deallocate() }
        buffer.appendMark(word(0), opensClause: true)
        buffer.append(plainWord(1))
        buffer.appendMark(word(2), opensClause: true)
        buffer.appendMark(word(3), opensClause: false)
        buffer.append(plainWord(4))
        buffer.append(plainWord(5))
        buffer.markAmbiguousCase(from: 0)
        buffer.markAmbiguousCase(from: 2)
        #expect(buffer.words.map(\.ambiguousCase) == [false, true, false, false, true, false])
        // Past the last word: nothing to mark.
        buffer.markAmbiguousCase(from: 6)
        buffer.appendMark(word(6), opensClause: false)
        buffer.markAmbiguousCase(from: 6)
        #expect(buffer.words.filter(\.ambiguousCase).count == 2)
        buffer.markAllAmbiguousCase()
        #expect(buffer.words.map(\.ambiguousCase) == [false, true, false, false, true, true, false])
    }
}
