import Testing
@testable import BriefingCore

@Suite("Chunked array")
struct ChunkedArrayTests {
    @Test("reads, writes and truncates like an array across chunk boundaries")
    func behavesLikeAnArray() {
        var list = ChunkedArray<Int>()
        var plain: [Int] = []
        #expect(list.isEmpty)
        for n in 0..<40_000 {
            list.append(n * 3)
            plain.append(n * 3)
        }
        #expect(Array(list) == plain)
        list[16_384] = -1
        plain[16_384] = -1
        #expect(list[16_383] == plain[16_383] && list[16_384] == -1)
        for k in [0, 7_000, 16_616, 16_384, 1] {
            list.removeLast(k)
            plain.removeLast(k)
            #expect(Array(list) == plain, "after removing \(k)")
            list.append(99)
            plain.append(99)
            #expect(Array(list) == plain, "appending after removing \(k)")
        }
        list.removeLast(list.count)
        #expect(list.isEmpty && list.indices == 0..<0)
        list.append(5)
        #expect(Array(list) == [5])
    }

    @Test("forEach hands the elements of a range in order, within a chunk and across chunks")
    func forEachInRange() {
        var list = ChunkedArray<Int>()
        for n in 0..<40_000 { list.append(n) }
        for range in [0..<0, 0..<40_000, 5..<9, 16_380..<16_390, 100..<33_000, 32_768..<40_000, 39_999..<40_000] {
            var seen: [Int] = []
            list.forEach(in: range) { seen.append($0) }
            #expect(seen == Array(range), "\(range)")
        }
    }

    @Test("a copy keeps its elements when the original changes, and the other way round")
    func copiesAreValues() {
        var list = ChunkedArray<Int>()
        for n in 0..<20_000 { list.append(n) }
        var copy = list
        list.append(-1)
        list[3] = -3
        #expect(copy.count == 20_000 && copy[3] == 3 && Array(copy) == Array(0..<20_000))
        copy.removeLast(10_000)
        copy[0] = -7
        #expect(list.count == 20_001 && list[0] == 0 && list[3] == -3 && list[20_000] == -1)
        #expect(Array(copy) == [-7] + Array(1..<10_000))
    }

    @Test("a builder writes, rewrites and truncates across chunk boundaries, and hands over what it holds")
    func builderBuildsTheList() {
        var builder = ChunkedArray<Int>.Builder()
        var plain: [Int] = []
        for n in 0..<40_000 {
            builder.append(n * 3)
            plain.append(n * 3)
        }
        builder[16_384] = -1
        plain[16_384] = -1
        #expect(builder.count == 40_000 && builder[16_383] == plain[16_383] && builder[16_384] == -1)
        // Down to within a chunk, then to a chunk's end (no room left in it), appending after each.
        for k in [16_616, 7_001] {
            builder.removeLast(k)
            plain.removeLast(k)
            #expect(builder.count == plain.count)
            builder.append(99)
            plain.append(99)
        }
        #expect(builder.count == 16_385)
        var list = builder.finish()
        #expect(Array(list) == plain)
        // The list it became is a value as any other: a copy keeps its elements.
        let copy = list
        list.append(7)
        list[0] = -5
        #expect(Array(copy) == plain && list.count == plain.count + 1 && list[0] == -5)
    }
}
