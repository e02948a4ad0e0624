import Testing
@testable import BriefingCore

/// The members of every group (`GroupMemberLists`): a lone member held in the group's 4
/// bytes, two or more in a list; read back in the order they joined, replaced whole.
@Suite("Alias groups' member lists")
struct GroupMemberListsTests {
    @Test func membersAddedToEachGroupReadBackInOrder() {
        var groups = GroupMemberLists()
        var expected: [[Int]] = []
        for g in 0..<50 {
            groups.appendGroup()
            expected.append([])
            // Group g gets g % 4 members; some are added after later groups were made.
            for m in 0..<(g % 4) {
                let member = 1_000 * g + m
                groups.add(member, to: g)
                expected[g].append(member)
                if g > 0 {
                    groups.add(m, to: g - 1)
                    expected[g - 1].append(m)
                }
            }
        }
        #expect(groups.count == 50)
        #expect(groups.map { Array($0) } == expected)
    }

    @Test func aGroupsMembersAreReplacedWhole() {
        var groups = GroupMemberLists()
        for _ in 0..<3 { groups.appendGroup() }
        for m in [4, 5, 6] { groups.add(m, to: 1) }
        groups.add(9, to: 2)
        for members in [[], [7], [8, 9, 10], [11, 12], [3]] {
            groups[1] = GroupMembers(members)
            #expect(Array(groups[1]) == members)
            #expect(groups[0].isEmpty && Array(groups[2]) == [9])
        }
        groups.add(13, to: 1)
        groups[2] = GroupMembers([1, 2])
        groups.add(14, to: 2)
        #expect(groups.map { Array($0) } == [[], [3, 13], [1, 2, 14]])
    }
}
