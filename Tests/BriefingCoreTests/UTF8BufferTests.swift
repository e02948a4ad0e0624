import Testing
@testable import BriefingCore

@Suite("UTF-8 buffer")
struct UTF8BufferTests {
    @Test("gives back each text as written, ASCII or not, across growth")
    func textsRoundTrip() {
        let source = "Kallas met café naïve 👍🏽 Lammy 日本 e\u{301}te"
        let scalars = PackedScalars(source)
        let buffer = UTF8Buffer(capacity: 1) // grows many times
        var written: [(Range<Int>, String)] = []
        for round in 0..<300 {
            buffer.beginText()
            #expect(buffer.isEmpty)
            let a = round % scalars.count, b = min(scalars.count, a + round % 9)
            buffer.append(scalars, a, b)
            buffer.append(" and ")
            buffer.append(scalars, 0, scalars.count)
            let expected = SourceText.string(scalars, TextSpan(a, b)) + " and " + source
            written.append((buffer.current, expected))
        }
        for (range, expected) in written { #expect(buffer.string(range) == expected) }
    }

    @Test("an empty text is empty")
    func emptyText() {
        let buffer = UTF8Buffer()
        buffer.append("x")
        buffer.beginText()
        #expect(buffer.isEmpty && buffer.string(buffer.current) == "")
    }
}
