#if canImport(Glibc)
import Glibc
#endif

/// Large buffers the analysis writes from end to end (the text's units, the token store, the
/// summaries, the timeline) backed by 2 MB pages where the kernel allows it (transparent huge
/// pages in "madvise" or "always" mode). Each 4 KB page is otherwise a page fault when first
/// written, and in a virtual machine a fault costs a couple of microseconds: the units of a
/// 10 MB text were 5,000 of them, a third of the time spent making them, and the analysis of
/// 20 MB of news faulted about 14,000 times in the other three buffers.
///
/// Only the whole 2 MB pages inside the buffer are advised (none, for a buffer below 4 MB not
/// aligned to 2 MB); a huge page is resident as a whole once any of it is written, so a buffer written
/// only in part holds at most 2 MB more than it would.
enum HugePages {
    static let size = 2 << 20

    /// Gives the addresses advised (empty for none).
    @discardableResult
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) -> Range<Int> {
        guard let base = buffer.baseAddress else { return 0..<0 }
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
        guard start < end else { return 0..<0 }
        #if canImport(Glibc)
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
        #endif
        return start..<end
    }

    @discardableResult
    static func advise<T>(_ base: UnsafeMutablePointer<T>, count: Int) -> Range<Int> {
        advise(UnsafeMutableRawBufferPointer(start: UnsafeMutableRawPointer(base), count: count * MemoryLayout<T>.stride))
    }
}
