import Testing
@testable import BriefingCore

@Suite("Word buffer")
struct WordBufferTests {
    private func word(_ k: Int) -> ScannedWord {
        .breakMark(TextSpan(k, k + 1))
    }

    @Test("words read back in order as the buffer grows past its capacity")
    func growsInOrder() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        for k in 0..<37 { buffer.append(word(k)) }
        #expect(buffer.count == 37)
        #expect(buffer.words.map(\.span.start) == Array(0..<37))
    }

    @Test("removing all keeps the storage for the next sentence")
    func removeAllEmpties() {
        var buffer = WordBuffer(capacity: 4)
        defer { buffer.deallocate() }
        for k in 0..<9 { buffer.append(word(k)) }
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.words.isEmpty)
        buffer.append(word(5))
        #expect(buffer.words.map(\.span) == [TextSpan(5, 6)])
    }

    @Test("marking the last word as a name marks only it")
    func marksLastAsName() {
        var buffer = WordBuffer(capacity: 2)
        defer { buffer.deallocate() }
        for k in 0..<3 { buffer.append(word(k)) }
        buffer.markLastAsName()
        #expect(buffer.words.map(\.isName) == [false, false, true])
    }
}
