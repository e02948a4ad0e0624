import Testing
@testable import BriefingCore

/// A group's members (`GroupMembers`), the first held inline and the rest in an array, read
/// back in the order they joined.
@Suite("Alias groups' members")
struct GroupMembersTests {
    @Test func appendedMembersReadBackInOrder() {
        var members = GroupMembers()
        #expect(members.isEmpty && Array(members) == [])
        var expected: [Int] = []
        for m in [7, 0, 3, 3, 120_000] {
            members.append(m)
            expected.append(m)
            #expect(Array(members) == expected && members.count == expected.count && members[0] == 7)
        }
        #expect(members.first(where: { $0 < 7 }) == 0 && members.contains(where: { $0 > 100 }))
    }

    @Test func madeFromAnArray() {
        for given in [[], [0], [5, 2], [1, 2, 3, 4]] {
            #expect(Array(GroupMembers(given)) == given)
        }
        #expect(GroupMembers([]).isEmpty)
    }
}
