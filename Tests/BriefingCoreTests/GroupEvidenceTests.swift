import Testing
@testable import BriefingCore

/// A group's kind from its evidence (`AliasResolver.GroupEvidence`) and from its members'
/// table kinds (`AliasResolver.TableKindCounts`): the most mentioned table kind winning and
/// ties going to organisation, then person; else the sums.
@Suite("Alias groups' evidence")
struct GroupEvidenceTests {
    @Test func theMostMentionedTableKindWins() {
        var counts = AliasResolver.TableKindCounts()
        counts.add(.place, mentions: 1)
        #expect(counts.kind == .place)
        counts.add(.person, mentions: 1)
        #expect(counts.kind == .person)
        counts.add(.organization, mentions: 1)
        #expect(counts.kind == .organization)
        counts.add(.place, mentions: 2)
        #expect(counts.kind == .place && counts.places == 3)
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

    /// A group's evidence is its members' (each as often as it joined) and its names' cues.
    @Test func aGroupSumsItsMembersAndCues() {
        var candidates = [ActorCandidate(span: TextSpan(0, 5), sentence: 0, key: "lammy", severalWordKeys: nil,
                                         surface: "Lammy"),
                          ActorCandidate(span: TextSpan(9, 14), sentence: 1, key: "leeds", severalWordKeys: nil,
                                         surface: "Leeds")]
        candidates[0].organization = 1
        candidates[1].place = 0.5
        let members = GroupMembers([0, 1, 1])
        var e = AliasResolver.GroupEvidence(of: members, cues: [], candidates)
        #expect(e.person == 0 && e.organization == 1 && e.place == 1 && e.kind == .organization)
        e = AliasResolver.GroupEvidence(of: members, cues: .surnameAlone, candidates)
        #expect(e.person == 1.5 && e.organization == 1 && e.kind == .person)
        e = AliasResolver.GroupEvidence(of: members, cues: [.surnameAlone, .firstWordAlone], candidates)
        #expect(e.organization == 2 && e.kind == .organization)
    }
}
