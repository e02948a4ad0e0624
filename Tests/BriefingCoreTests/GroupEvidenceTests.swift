import Testing
@testable import BriefingCore

/// A group's kind from its evidence (`AliasResolver.GroupEvidence`): table kinds first, the
/// most mentioned winning and ties going to organisation, then person, then the sums.
@Suite("Alias groups' evidence")
struct GroupEvidenceTests {
    @Test func tableKindsOutweighEvidence() {
        var e = AliasResolver.GroupEvidence()
        e.person = 10
        e.fixedPlaces = 1
        #expect(e.kind == .place)
        e.fixedPeople = 1
        #expect(e.kind == .person)
        e.fixedOrganizations = 1
        #expect(e.kind == .organization)
        e.fixedPlaces = 2
        #expect(e.kind == .place)
    }

    @Test func evidenceDecidesWithoutTableKinds() {
        var e = AliasResolver.GroupEvidence()
        #expect(e.kind == .organization)
        e.place = 1
        #expect(e.kind == .place)
        e.person = 1
        #expect(e.kind == .person)
        e.organization = 1
        #expect(e.kind == .organization)
    }

    @Test func eachMentionOfAMemberCounts() {
        var candidates = [ActorCandidate(span: TextSpan(0, 5), sentence: 0, key: "lammy", severalWordKeys: nil,
                                         surface: "Lammy")]
        candidates[0].person = 1.5
        var e = AliasResolver.GroupEvidence()
        e.add(0, candidates)
        e.add(0, candidates)
        #expect(e.person == 3 && e.organization == 0 && e.kind == .person)
    }
}
