import Testing
@testable import BriefingCore

/// A group's members (`GroupMembers`), a lone one held inline and two or more in an array,
/// read back in the order they joined.
@Suite("Alias groups' members")
struct GroupMembersTests {
    @Test func appendedMembersReadBackInOrder() {
        var members = GroupMembers()
        #expect(members.isEmpty && Array(members) == [])
        var expected: [Int] = []
        for m in [7, 0, 3, 3, 120_000, 9, 1 << 28] {
            members.append(m)
            expected.append(m)
            #expect(Array(members) == expected && members.count == expected.count && members[0] == 7)
        }
        #expect(members.first(where: { $0 < 7 }) == 0 && members.contains(where: { $0 > 100 }))
    }

    @Test func madeFromAnArray() {
        for given in [[], [0], [5, 2], [1, 2, 3, 4]] {
            var members = GroupMembers(given)
            members.append(6)
            #expect(Array(members) == given + [6])
            #expect(Array(GroupMembers(given)) == given)
        }
        #expect(GroupMembers([]).isEmpty)
    }
}
