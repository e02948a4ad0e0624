import Testing
@testable import BriefingCore

/// `EarlierCandidates` takes an entry of the same facts' serial and the same summary without
/// the caller's test, and asks the test of any other entry with the same hash.
@Suite("Actors: earlier candidates")
struct EarlierCandidatesTests {
    @Test func aSameSerialAndSummaryIsTakenWithoutTheTest() {
        var earlier = EarlierCandidates()
        let hash: UInt64 = 0x1234_5678_9ABC_DEF0
        earlier.insert(hash: hash, serial: 5, summary: 7, 3)
        #expect(earlier.index(hash: hash, serial: 5, summary: 7, where: { _ in false }) == 3)
        // Another serial or summary, or none: the test decides.
        #expect(earlier.index(hash: hash, serial: 6, summary: 7, where: { _ in false }) == nil)
        #expect(earlier.index(hash: hash, serial: 6, summary: 7, where: { $0 == 3 }) == 3)
        #expect(earlier.index(hash: hash, serial: 5, summary: 8, where: { _ in false }) == nil)
        #expect(earlier.index(hash: hash, serial: 0, summary: 0, where: { _ in false }) == nil)
        // Another hash is never asked about.
        #expect(earlier.index(hash: hash ^ 1 << 40, serial: 5, summary: 7, where: { _ in true }) == nil)
    }

    @Test func entriesSurviveGrowth() {
        var earlier = EarlierCandidates()
        let hashes = (0..<5_000).map { UInt64($0 + 1) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, hash) in hashes.enumerated() {
            earlier.insert(hash: hash, serial: UInt32(index + 1), summary: 1, index)
        }
        for (index, hash) in hashes.enumerated() {
            #expect(earlier.index(hash: hash, serial: UInt32(index + 1), summary: 1, where: { _ in false }) == index)
            #expect(earlier.index(hash: hash, serial: 0, summary: 0, where: { $0 == index }) == index)
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
