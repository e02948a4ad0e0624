import Testing
@testable import BriefingCore

/// `HashCounts` answers the same counts once compacted (`compact`), a large table halved.
@Suite("Hash counts compacted")
struct HashCountsTests {
    private func hash(_ n: Int) -> UInt64 { UInt64(n + 1) &* 0x9E37_79B9_7F4A_7C15 }

    @Test func countsSurviveCompaction() {
        // 100,000 hashes: the table grows to 2^18 slots, and they fit in 2^17 at 3/4 full.
        for entries in [100_000, 1_000] {
            var counts = HashCounts()
            for n in 0..<entries { for _ in 0...(n % 3) { counts.add(hash(n)) } }
            counts.compact()
            for n in 0..<entries where counts.count(hash(n)) != n % 3 + 1 {
                Issue.record("hash \(n) of \(entries): \(counts.count(hash(n)))")
                break
            }
            for n in entries..<(entries + 1_000) where counts.count(hash(n)) != 0 {
                Issue.record("absent hash \(n) of \(entries) counted")
                break
            }
        }
    }
}
