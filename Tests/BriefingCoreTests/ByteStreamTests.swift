import Testing
@testable import BriefingCore

@Suite("Streaming export")
struct ByteStreamTests {
    /// The export written through a buffer of `capacity` bytes, with the size of each chunk the sink saw.
    private func streamed(capacity: Int, _ write: (ByteStream) -> Void) -> (bytes: [UInt8], chunks: [Int]) {
        var bytes: [UInt8] = []
        var chunks: [Int] = []
        let stream = ByteStream(capacity: capacity) { chunk in
            bytes.append(contentsOf: chunk)
            chunks.append(chunk.count)
        }
        write(stream)
        stream.finish()
        return (bytes, chunks)
    }

    @Test func smallBufferWritesTheSameJSON() {
        // Escapes, a long text run and many small pieces, through buffers smaller and larger than them.
        let text = BriefingAnalyzer.sampleText + "\n\nBad \u{1B}[2J \"quoted\" \\ text\u{2028} here."
        let briefing = BriefingAnalyzer.analyze(text)
        let whole = JSONExporter.exportUTF8(briefing)
        for capacity in [1, 7, 64, 1000, whole.count + 1] {
            let (bytes, chunks) = streamed(capacity: capacity) { JSONExporter.write(briefing, to: $0) }
            #expect(bytes == whole, "capacity \(capacity)")
            // Only a run longer than the buffer goes to the sink in a larger piece.
            #expect(chunks.dropLast().allSatisfy { $0 >= capacity }, "capacity \(capacity)")
        }
    }

    @Test func smallBufferWritesTheSameMarkdown() {
        let briefing = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)
        let whole = Array(MarkdownExporter.export(briefing).utf8)
        for capacity in [1, 13, 4096] {
            #expect(streamed(capacity: capacity) { MarkdownExporter.write(briefing, to: $0) }.bytes == whole)
        }
    }

    @Test func nothingWrittenSendsNothing() {
        #expect(streamed(capacity: 8) { _ in }.chunks.isEmpty)
    }
}
