import Testing
@testable import BriefingCore

/// `SentenceBytes` keeps each byte appended, in order, across the growths of its memory.
@Suite("Actor stage sentence bytes")
struct SentenceBytesTests {
    @Test func keepsEveryByteInOrder() {
        let bytes = SentenceBytes()
        #expect(bytes.isEmpty)
        let appended = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        for byte in appended { bytes.append(byte) }
        #expect(bytes.count == appended.count)
        #expect(Array(bytes) == appended)
        #expect(bytes[999] == appended[999] && bytes.last == appended.last)
    }
}
