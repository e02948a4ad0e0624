import Testing
@testable import BriefingCore

@Suite("Scratch lists")
struct ScratchListTests {
    @Test("emptied by its count, refilled shorter and longer, it holds what an array would")
    func refills() {
        var list = ScratchList<Int>()
        var strings = ScratchList<String>()
        var generator = SeededRandom(seed: 5)
        for _ in 0..<200 {
            list.removeAll()
            strings.removeAll()
            #expect(list.isEmpty && list.count == 0 && strings.isEmpty)
            var expected: [Int] = []
            for _ in 0..<generator.next(7) {
                let n = generator.next(50)
                list.append(n)
                strings.append(String(n))
                expected.append(n)
            }
            #expect(list.count == expected.count && list.isEmpty == expected.isEmpty)
            #expect((0..<list.count).map { list[$0] } == expected)
            #expect(list.withUnsafeBufferPointer { Array($0) } == expected)
            #expect(strings.withUnsafeBufferPointer { Array($0) } == expected.map { String($0) })
        }
    }
}
