import Testing
@testable import BriefingCore

/// A candidate's table entry, its kind and its flags share one word (`CandidateBits`), and
/// its evidence is kept in halves: each reads back as written, whatever else is set.
@Suite("Actor candidates' packed bits and evidence")
struct CandidateBitsTests {
    @Test func entryAndFlagsKeepEachOther() {
        var bits = CandidateBits()
        #expect(bits.fixedIndex == nil && bits.fixedKind == nil && !bits.hasRareFields)
        bits.update(.weak, true)
        bits.update(.expansion, true)
        for (index, kind) in [(Int32(0), ActorKind.person), (CandidateBits.maxFixedIndex, .place), (41_234, .organization)] {
            bits.setFixed(index, kind)
            #expect(bits.fixedIndex == index && bits.fixedKind == kind)
            #expect(bits.contains(.weak) && bits.contains(.expansion) && !bits.contains(.isAcronym))
            #expect(bits.hasRareFields)
        }
        bits.setFixed(nil, nil)
        #expect(bits.fixedIndex == nil && bits.fixedKind == nil && bits.contains(.weak))
        bits.update(.expansion, false)
        bits.update(.isAcronym, true)
        #expect(!bits.hasRareFields && bits.contains(.isAcronym) && bits.fixedIndex == nil)
    }

    @Test func candidateReadsItsFieldsBack() {
        var c = ActorCandidate(span: TextSpan(0, 11), sentence: 3, key: "david lammy",
                               severalWordKeys: ["david", "lammy"], surface: "David Lammy")
        #expect(c.person == 0 && c.organization == 0 && c.place == 0 && c.fixedKind == nil && !c.weak)
        c.vote(.person, 3)
        c.vote(.person, 0.5)
        c.vote(.place, 2.5)
        c.organization += 4
        c.weak = true
        c.isAcronym = true
        c.setFixed(0)
        c.expansion = 7
        #expect(c.person == 3.5 && c.organization == 4 && c.place == 2.5)
        #expect(c.weak && c.isAcronym && c.hasSeveralWords && c.expansion == 7 && c.roles.isEmpty)
        #expect(c.fixedKind == NameTables.fixedEntry(0).kind)
        #expect(c.fixedName == NameTables.fixedEntry(0).name)
        c.setFixed(nil)
        c.weak = false
        #expect(c.fixedName == nil && c.fixedKind == nil && !c.weak && c.isAcronym && c.expansion == 7)
        #expect(c.sentence == 3 && c.span == TextSpan(0, 11))
    }
}
