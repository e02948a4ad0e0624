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

    #if os(Linux)
    /// `M_MMAP_THRESHOLD` in <malloc.h>, which the Glibc module does not export.
    private static let mmapThreshold: Int32 = -3
    #endif
}

#if os(Linux)
/// glibc's `mallopt(3)`, declared here since <malloc.h> is not part of the Glibc module.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
