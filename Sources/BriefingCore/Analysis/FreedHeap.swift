#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of freed heap memory back to the system.
///
/// glibc keeps memory freed in the middle of its heap resident until `malloc_trim` is asked
/// (it gives back on its own only what is freed at the heap's top). On a text of many names the
/// actors' candidates and their strings, 40 MB and more of small blocks, die in the middle of
/// the heap once the actors are made (`AliasResolver`), and the times stage grew on top of them.
enum FreedHeap {
    /// glibc's `malloc_trim`, looked up once: Swift's Glibc module leaves out `malloc.h`,
    /// which declares it. Nil where there is none.
    #if canImport(Glibc)
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    /// Returns every wholly free page of the heap to the system; does nothing where the C
    /// library has no `malloc_trim`.
    static func returnToSystem() {
        #if canImport(Glibc)
        _ = mallocTrim?(0)
        #endif
    }
}
