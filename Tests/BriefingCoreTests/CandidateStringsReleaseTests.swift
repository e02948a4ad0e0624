import Testing
@testable import BriefingCore

/// A candidate lets its strings go once the resolver has made its actor
/// (`ActorCandidate.releaseStrings`): freed with the last candidate that holds them.
@Suite("Candidates' strings let go")
struct CandidateStringsReleaseTests {
    @Test func theLastHolderFreesThem() {
        var candidates = [ActorCandidate(span: TextSpan(0, 14), sentence: 0, key: "david lammy",
                                         severalWordKeys: ["david", "lammy"], surface: "David Lammy")]
        candidates.append(candidates[0])
        let firstFreed = candidates[0].releaseStrings()
        #expect(!firstFreed)
        #expect(candidates[0].key == "" && candidates[0].surface == "" && candidates[0].wordKeys == [""])
        #expect(candidates[1].key == "david lammy")
        var last = candidates[1]
        candidates = []
        let lastFreed = last.releaseStrings()
        #expect(lastFreed)
        // Released again, they are the empty strings all released candidates share.
        let againFreed = last.releaseStrings()
        #expect(!againFreed)
        #expect(last.span == TextSpan(0, 14) && last.hasSeveralWords)
    }
}
