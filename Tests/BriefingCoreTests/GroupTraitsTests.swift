import Testing
@testable import BriefingCore

/// A group's kind, table-kind flag and cues (`AliasResolver.GroupTraits`), packed in a byte:
/// each set and read back without touching the others.
@Suite("Alias groups' traits")
struct GroupTraitsTests {
    @Test func eachTraitKeepsItsValueWhileTheOthersChange() {
        var traits = AliasResolver.GroupTraits()
        #expect(traits.kind == .organization && !traits.hasTableKinds && traits.cues.isEmpty)
        for kind in ActorKind.allCases {
            for table in [false, true] {
                for cues: AliasResolver.NameCues in [[], .surnameAlone, .firstWordAlone, [.surnameAlone, .firstWordAlone]] {
                    traits.cues = cues
                    traits.kind = kind
                    traits.hasTableKinds = table
                    #expect(traits.kind == kind && traits.hasTableKinds == table && traits.cues == cues)
                }
            }
        }
        traits.cues.insert(.surnameAlone)
        traits.kind = .person
        #expect(traits.cues.contains(.surnameAlone) && traits.kind == .person)
    }
}
