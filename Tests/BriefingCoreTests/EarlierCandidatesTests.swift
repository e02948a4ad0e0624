import Testing
@testable import BriefingCore

/// `EarlierCandidates` asks the caller's test of the entries with the same hash; a mention
/// alike the last kept with its strings is told without it (`ActorCandidate.lastKeptAlike`).
@Suite("Actors: earlier candidates")
struct EarlierCandidatesTests {
    @Test func theTestDecidesAmongEntriesOfAHash() {
        var earlier = EarlierCandidates()
        let hash: UInt64 = 0x1234_5678_9ABC_DEF0
        earlier.insert(hash: hash, 3)
        earlier.insert(hash: hash, 5)
        #expect(earlier.index(hash: hash, where: { $0 == 5 }) == 5)
        #expect(earlier.index(hash: hash, where: { $0 == 3 }) == 3)
        #expect(earlier.index(hash: hash, where: { _ in false }) == nil)
        // Another hash is never asked about.
        #expect(earlier.index(hash: hash ^ 1 << 40, where: { _ in true }) == nil)
    }

    @Test func entriesSurviveGrowth() {
        var earlier = EarlierCandidates()
        let hashes = (0..<5_000).map { UInt64($0 + 1) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, hash) in hashes.enumerated() { earlier.insert(hash: hash, index) }
        for (index, hash) in hashes.enumerated() {
            #expect(earlier.index(hash: hash, where: { $0 == index }) == index)
        }
    }

    /// A mention with the strings of the last kept (the same object) and the same non-zero
    /// summary repeats it; one with other evidence, with strings of its own, or with no
    /// summary is not told so, and is left to the table and its test.
    @Test func aMentionAlikeTheLastKeptIsToldWithoutARead() {
        var kept = ActorCandidate(span: TextSpan(10, 16), sentence: 0, key: "dadvlw", severalWordKeys: nil, surface: "Dadvlw")
        kept.vote(.person, 1)
        var mentions = [kept, kept, kept, kept,
                        ActorCandidate(span: TextSpan(90, 96), sentence: 4, key: "dadvlw", severalWordKeys: nil, surface: "Dadvlw")]
        mentions[1].span = TextSpan(30, 36)
        mentions[2].vote(.place, 1)
        mentions[3].roles = ["minister"]
        mentions[4].vote(.person, 1)
        mentions.withUnsafeMutableBufferPointer { m in
            let base = m.baseAddress!
            func summary(_ i: Int) -> UInt32 { ActorCandidate.repeatSummary(base + i) }
            #expect(ActorCandidate.lastKeptAlike(base + 1, summary: summary(1)) == nil)
            #expect(ActorCandidate.noteKept(base, at: 7, summary: summary(0)) == nil)
            #expect(ActorCandidate.lastKeptAlike(base + 1, summary: summary(1)) == 7)
            #expect(ActorCandidate.repeats(base + 1, base))
            #expect(ActorCandidate.lastKeptAlike(base + 2, summary: summary(2)) == nil)
            #expect(summary(3) == 0 && ActorCandidate.lastKeptAlike(base + 3, summary: summary(3)) == nil)
            #expect(ActorCandidate.lastKeptAlike(base + 4, summary: summary(4)) == nil)
            // Another kept with the same strings displaces it.
            #expect(ActorCandidate.noteKept(base + 2, at: 9, summary: summary(2)) == 7)
            #expect(ActorCandidate.lastKeptAlike(base + 1, summary: summary(1)) == nil)
            #expect(ActorCandidate.lastKeptAlike(base + 2, summary: summary(2)) == 9)
        }
    }

    /// A summary stands for the candidate's length and evidence only when they fit, and when
    /// it holds nothing `rare` keeps.
    @Test func summariesTellTheEvidenceOrNothing() {
        func summary(_ c: ActorCandidate) -> UInt32 {
            var c = c
            return ActorCandidate.repeatSummary(&c)
        }
        var a = ActorCandidate(span: TextSpan(10, 16), sentence: 0, key: "dadvlw", severalWordKeys: nil, surface: "Dadvlw")
        a.vote(.person, 2.5)
        a.vote(.place, 1)
        var b = a
        // Length 6, person 2.5 and place 1 in halves: 5 and 2.
        #expect(summary(a) == 6 | 5 << 8 | 0 << 16 | 2 << 24)
        #expect(summary(a) == summary(b))
        b.vote(.organization, 0.5)
        #expect(summary(b) != 0 && summary(b) != summary(a))
        var d = a
        d.roles = ["minister"]
        #expect(summary(d) == 0)
        var e = a
        e.vote(.place, 200)
        #expect(summary(e) == 0)
        var f = a
        f.vote(.organization, 127.5)
        #expect(summary(f) == 6 | 5 << 8 | 255 << 16 | 2 << 24)
        var g = a
        g.vote(.organization, 128)
        #expect(summary(g) == 0)
        // Out of range below: the three are checked at once. (Evidence is counted in whole
        // halves, so no vote gives a fraction of a half, an infinity or no number.)
        var h = a
        h.vote(.person, -3)
        #expect(summary(h) == 0)
    }
}
