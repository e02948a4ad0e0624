/// How the process hands memory back to the system once the analysis frees it.
public enum FreedMemory {
    /// Makes every allocation of 128 KB or more a mapping of its own, unmapped when freed.
    ///
    /// glibc otherwise raises that threshold to the size of the largest block freed so far
    /// (up to 32 MB), so after the first big array dies the later ones come from the heap,
    /// which keeps their pages when they are freed: on a million one-word sentences the
    /// process held 120 MB after the actor stage instead of 66.
    /// Call once, at the start of the program.
    public static func returnLargeBlocksAtOnce() {
        #if os(Linux)
        _ = glibcMallopt(mmapThreshold, 128 * 1024)
        #endif
    }

    /// Gives the pages of heap memory freed in the middle of the heap back to the system.
    ///
    /// glibc keeps such memory resident until `malloc_trim` is asked (it gives back on its own
    /// only what is freed at the heap's top). On a text of many names the actors' candidates'
    /// strings, 20 MB and more of small blocks, die in the middle of the heap as the actors
    /// are made (`AliasResolver`), and the actors and then the times stage grew on top of them.
    static func returnFreedHeap() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    #if os(Linux)
    /// `M_MMAP_THRESHOLD` in <malloc.h>, which the Glibc module does not export.
    private static let mmapThreshold: Int32 = -3
    #endif
}

#if os(Linux)
/// glibc's `mallopt(3)`, declared here since <malloc.h> is not part of the Glibc module.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// glibc's `malloc_trim(3)`, declared here for the same reason: every wholly free page of
/// the heap goes back to the system.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
