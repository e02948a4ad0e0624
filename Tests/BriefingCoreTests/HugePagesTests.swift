import Testing
@testable import BriefingCore

@Suite("Huge pages")
struct HugePagesTests {
    @Test("advises the whole 2 MB pages inside a buffer, and nothing of one too small to hold one")
    func advisesTheAlignedInside() {
        for byteCount in [HugePages.size - 1, 2 * HugePages.size - 1, 2 * HugePages.size, 7 * HugePages.size + 12_345] {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount, alignment: 16)
            defer { buffer.deallocate() }
            let advised = HugePages.advise(buffer)
            let base = Int(bitPattern: buffer.baseAddress!)
            if byteCount < 2 * HugePages.size {
                #expect(advised.isEmpty)
                continue
            }
            #expect(advised.lowerBound >= base && advised.upperBound <= base + byteCount)
            #expect(advised.lowerBound % HugePages.size == 0 && advised.upperBound % HugePages.size == 0)
            // Every whole huge page of the buffer is in: less than a page is left at either end.
            #expect(advised.lowerBound - base < HugePages.size)
            #expect(base + byteCount - advised.upperBound < HugePages.size)
        }
    }
}
