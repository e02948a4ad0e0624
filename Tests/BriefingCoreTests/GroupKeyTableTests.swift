import Testing
@testable import BriefingCore

/// The resolver's table of name keys to groups (`GroupKeyTable`): keys read back from the
/// candidates, leading to their groups, or kept by the table with their groups, found once
/// put, never before, through growth; a key two groups claim leads to none; a key read back
/// from a candidate that moves keeps its group.
@Suite("Group key table")
struct GroupKeyTableTests {
    /// Candidate n names "Given\(n) Family\(n)": key "given\(n) family\(n)".
    private func candidates(_ count: Int) -> [ActorCandidate] {
        (0..<count).map { n in
            ActorCandidate(span: TextSpan(n * 20, n * 20 + 10), sentence: n, key: "given\(n) family\(n)",
                           severalWordKeys: ["given\(n)", "family\(n)"], surface: "Given\(n) Family\(n)")
        }
    }

    @Test func keysReadBackFromEachSourceAreFoundThroughGrowth() {
        let named = candidates(600)
        // Candidate n in group 2n.
        let groupOf = named.indices.map { Int32(2 * $0) }
        var table = GroupKeyTable()
        for n in named.indices {
            #expect(table.group(of: "given\(n) family\(n)", in: named, groupOf) == nil)
            table.insert("given\(n) family\(n)", from: .key(n), in: named)
            table.insert("given\(n)", from: .firstWord(n), in: named)
            table.insert("family\(n)", from: .lastWord(n), in: named)
            table.insert("own key \(n) that is long enough for the heap", from: .own(group: n + 3_000), in: named)
        }
        #expect(table.count == 2_400)
        for n in named.indices {
            #expect(table.group(of: "given\(n) family\(n)", in: named, groupOf) == 2 * n)
            #expect(table.group(of: "given\(n)", in: named, groupOf) == 2 * n)
            #expect(table.group(of: "family\(n)", in: named, groupOf) == 2 * n)
            #expect(table.group(of: "own key \(n) that is long enough for the heap", in: named, groupOf) == n + 3_000)
        }
        #expect(table.group(of: "given600", in: named, groupOf) == nil && table.group(of: "", in: named, groupOf) == nil
            && table.group(of: "family1 given1", in: named, groupOf) == nil)
    }

    @Test func aKeyClaimedByTwoGroupsLeadsToNone() {
        let named = candidates(3)
        let groupOf: [Int32] = [0, 1, 2]
        var table = GroupKeyTable(capacity: 3)
        table.claim("family0", from: .lastWord(0), in: named, groupOf)
        table.claim("family0", from: .own(group: 0), in: named, groupOf)
        #expect(table.group(of: "family0", in: named, groupOf) == 0)
        table.claim("family0", from: .own(group: 2), in: named, groupOf)
        #expect(table.group(of: "family0", in: named, groupOf) == nil)
        // Ambiguous for good, even when the first group claims it again.
        table.claim("family0", from: .lastWord(0), in: named, groupOf)
        #expect(table.group(of: "family0", in: named, groupOf) == nil && table.count == 1)
        table.claim("gf", from: .own(group: 1), in: named, groupOf)
        #expect(table.group(of: "gf", in: named, groupOf) == 1)
        // A key read back from a candidate, claimed by another group.
        table.claim("given1", from: .firstWord(1), in: named, groupOf)
        table.claim("given1", from: .firstWord(1), in: named, groupOf)
        #expect(table.group(of: "given1", in: named, groupOf) == 1)
        table.claim("given1", from: .lastWord(2), in: named, groupOf)
        #expect(table.group(of: "given1", in: named, groupOf) == nil && table.count == 3)
    }

    @Test func groupOrInsertAnswersAKnownKeyAndPutsANewOne() {
        let named = candidates(40)
        let groupOf = named.indices.map { Int32($0) }
        var table = GroupKeyTable()
        for n in named.indices {
            #expect(table.groupOrInsert("given\(n) family\(n)", from: .key(n), in: named, groupOf) == nil)
            #expect(table.groupOrInsert("given\(n) family\(n)", from: .own(group: n + 100), in: named, groupOf) == n)
        }
        #expect(table.count == 40)
        #expect(named.indices.allSatisfy { table.group(of: "given\($0) family\($0)", in: named, groupOf) == $0 })
    }

    @Test func aKeyReadBackFromAMovingCandidateKeepsItsGroup() {
        let named = candidates(3)
        var groupOf: [Int32] = [0, 1, 2]
        var table = GroupKeyTable()
        table.insert("given0 family0", from: .key(0), in: named)
        table.insert("given1 family1", from: .own(group: 1), in: named)
        table.insert("given2 family2", from: .key(2), in: named)
        for moving in [0, 1] {
            table.keepGroup(ofKeyOf: moving, in: named, groupOf)
            groupOf[moving] = 7
        }
        #expect(table.group(of: "given0 family0", in: named, groupOf) == 0)
        #expect(table.group(of: "given1 family1", in: named, groupOf) == 1)
        // Without `keepGroup`, a key read back from a candidate follows it.
        groupOf[2] = 5
        #expect(table.group(of: "given2 family2", in: named, groupOf) == 5 && table.count == 3)
    }
}
