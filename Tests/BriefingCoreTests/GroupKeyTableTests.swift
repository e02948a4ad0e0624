import Testing
@testable import BriefingCore

/// The resolver's table of name keys to groups (`GroupKeyTable`): keys read back from the
/// candidates or kept by the table, found once put, never before, through growth; a key two
/// groups claim leads to none.
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
        var table = GroupKeyTable()
        for n in named.indices {
            #expect(table.group(of: "given\(n) family\(n)", in: named) == nil)
            table.insert("given\(n) family\(n)", from: .key(n), group: n, in: named)
            table.insert("given\(n)", from: .firstWord(n), group: n + 1_000, in: named)
            table.insert("family\(n)", from: .lastWord(n), group: n + 2_000, in: named)
            table.insert("own key \(n) that is long enough for the heap", from: .own, group: n + 3_000, in: named)
        }
        #expect(table.count == 2_400)
        for n in named.indices {
            #expect(table.group(of: "given\(n) family\(n)", in: named) == n)
            #expect(table.group(of: "given\(n)", in: named) == n + 1_000)
            #expect(table.group(of: "family\(n)", in: named) == n + 2_000)
            #expect(table.group(of: "own key \(n) that is long enough for the heap", in: named) == n + 3_000)
        }
        #expect(table.group(of: "given600", in: named) == nil && table.group(of: "", in: named) == nil
            && table.group(of: "family1 given1", in: named) == nil)
    }

    @Test func aKeyClaimedByTwoGroupsLeadsToNone() {
        let named = candidates(3)
        var table = GroupKeyTable(capacity: 3)
        table.claim("family0", from: .lastWord(0), group: 0, in: named)
        table.claim("family0", from: .own, group: 0, in: named)
        #expect(table.group(of: "family0", in: named) == 0)
        table.claim("family0", from: .own, group: 2, in: named)
        #expect(table.group(of: "family0", in: named) == nil)
        // Ambiguous for good, even when the first group claims it again.
        table.claim("family0", from: .lastWord(0), group: 0, in: named)
        #expect(table.group(of: "family0", in: named) == nil && table.count == 1)
        table.claim("gf", from: .own, group: 1, in: named)
        #expect(table.group(of: "gf", in: named) == 1)
    }

    @Test func groupOrInsertAnswersAKnownKeyAndPutsANewOne() {
        let named = candidates(40)
        var table = GroupKeyTable()
        for n in named.indices {
            #expect(table.groupOrInsert("given\(n) family\(n)", from: .key(n), group: n, in: named) == nil)
            #expect(table.groupOrInsert("given\(n) family\(n)", from: .key(n), group: n + 100, in: named) == n)
        }
        #expect(table.count == 40)
        #expect(named.indices.allSatisfy { table.group(of: "given\($0) family\($0)", in: named) == $0 })
    }
}
