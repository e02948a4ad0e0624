import Testing
@testable import BriefingCore

@Suite("Chunked array")
struct ChunkedArrayTests {
    @Test("reads, writes and truncates like an array across chunk boundaries")
    func behavesLikeAnArray() {
        var chunked = ChunkedArray<Int>()
        var plain: [Int] = []
        for n in 0..<40_000 {
            chunked.append(n * 3)
            plain.append(n * 3)
        }
        #expect(Array(chunked) == plain)
        chunked[16_384] = -1
        plain[16_384] = -1
        #expect(chunked[16_383] == plain[16_383] && chunked[16_384] == -1)
        for k in [0, 7_000, 16_616, 16_384, 1] {
            chunked.removeLast(k)
            plain.removeLast(k)
            #expect(Array(chunked) == plain, "after removing \(k)")
            chunked.append(99)
            plain.append(99)
            #expect(Array(chunked) == plain, "appending after removing \(k)")
        }
        chunked.removeLast(chunked.count)
        #expect(chunked.isEmpty && chunked.indices == 0..<0)
    }
}
