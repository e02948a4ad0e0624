import Testing
@testable import BriefingCore

@Suite("Huge pages")
struct HugePagesTests {
    @Test("advises the whole 2 MB pages inside a buffer, and nothing of one that holds none")
    func advisesTheWholePagesInside() {
        let size = HugePages.size
        for byteCount in [size - 1, 2 * size - 1, 2 * size, 7 * size + 12_345] {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount, alignment: 16)
            defer { buffer.deallocate() }
            let advised = HugePages.advise(buffer)
            let base = Int(bitPattern: buffer.baseAddress!)
            let firstPage = (base + size - 1) / size * size
            if firstPage + size > base + byteCount {
                #expect(advised.isEmpty, "\(byteCount) bytes")
                continue
            }
            #expect(advised.lowerBound == firstPage, "\(byteCount) bytes")
            #expect(advised.upperBound % size == 0 && advised.upperBound <= base + byteCount)
            #expect(base + byteCount - advised.upperBound < size, "every whole page of \(byteCount) bytes")
        }
        let aligned = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: size)
        defer { aligned.deallocate() }
        let base = Int(bitPattern: aligned.baseAddress!)
        #expect(HugePages.advise(aligned) == base..<(base + size))
    }
}
