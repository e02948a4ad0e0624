/// The ending flags of a plain word by its last two letters (`PackedWord` keys' low 10 bits):
/// "-ed" (which may open a verb group), "-ly", and "-s" but not "-ss". One load a word instead
/// of a comparison for each ending; "-ing", three letters, is compared apart.
enum WordEndings {
    /// 1024 flags, in memory of its own that is never freed (a static of the process), so the
    /// token loop reads it through a pointer without bounds checks. Written only while made.
    nonisolated(unsafe) static let table: UnsafePointer<TimeToken.Flags> = {
        let table = UnsafeMutablePointer<TimeToken.Flags>.allocate(capacity: 1024)
        for last2 in 0..<1024 {
            let a = last2 >> 5, b = last2 & 31
            var flags: TimeToken.Flags = []
            if a == 5 && b == 4 { flags.insert([.endsED, .opensGroup]) }
            if a == 12 && b == 25 { flags.insert(.endsLY) }
            if b == 19 && a != 19 { flags.insert(.endsS) }
            (table + last2).initialize(to: flags)
        }
        return UnsafePointer(table)
    }()

    /// The low 15 bits of a key ending in "ing".
    static let ing: UInt64 = 9 << 10 | 14 << 5 | 7
}
