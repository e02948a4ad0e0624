import Testing
@testable import BriefingCore

@Suite("Scratch lists")
struct ScratchListTests {
    @Test("emptied by its count, refilled shorter and longer (past its first room), it holds what an array would")
    func refills() {
        var list = ScratchList<Int>()
        var strings = ScratchList<String>()
        var generator = SeededRandom(seed: 5)
        for _ in 0..<200 {
            list.removeAll()
            strings.removeAll()
            #expect(list.isEmpty && list.count == 0 && strings.isEmpty)
            var expected: [Int] = []
            for _ in 0..<generator.next(40) {
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

    @Test("an element written in place is read back, the others left as they were")
    func writesInPlace() {
        var list = ScratchList<(time: Int, distance: Int)>()
        for n in 0..<12 { list.append((n, n * 10)) }
        list[3] = (-1, Int.max)
        list[11].distance = 5
        #expect(list[3].time == -1 && list[3].distance == Int.max)
        #expect(list[11].time == 11 && list[11].distance == 5)
        #expect((0..<list.count).filter { $0 != 3 && $0 != 11 }.allSatisfy { list[$0] == ($0, $0 * 10) })
    }

    @Test("made with room for some, it holds as many and more, as an array would")
    func reservedRoom() {
        for capacity in [0, 3, 100] {
            var list = ScratchList<Int32>(capacity: capacity)
            #expect(list.isEmpty)
            for n in 0..<250 { list.append(Int32(n)) }
            #expect(list.withUnsafeBufferPointer { Array($0) } == (0..<250).map { Int32($0) })
        }
    }

    @Test("two lists swapped keep their own elements")
    func swaps() {
        var a = ScratchList<String>(), b = ScratchList<String>()
        for n in 0..<20 { a.append("a\(n)") }
        b.append("b")
        swap(&a, &b)
        b.removeAll()
        b.append("c")
        #expect(a.withUnsafeBufferPointer { Array($0) } == ["b"])
        #expect(b.withUnsafeBufferPointer { Array($0) } == ["c"])
    }

    @Test("a list filled once keeps each element appended, in order, across the growths of its memory")
    func keepsEveryElementInOrder() {
        var bytes = ScratchList<UInt8>()
        #expect(bytes.isEmpty)
        let appended = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        for byte in appended { bytes.append(byte) }
        #expect(bytes.count == appended.count)
        #expect(Array(bytes) == appended)
        #expect(bytes[999] == appended[999] && bytes.last == appended.last)
    }
}
