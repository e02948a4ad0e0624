import Testing
@testable import BriefingCore

/// A group's members (`GroupMembers`), a lone one held inline and two or more in an array,
/// read back in the order given.
@Suite("Alias groups' members")
struct GroupMembersTests {
    @Test func madeFromAnArrayOrOneMember() {
        for given in [[], [0], [5, 2], [1, 2, 3, 4], [7, 0, 3, 3, 120_000, 9, 1 << 28]] {
            let members = GroupMembers(given)
            #expect(Array(members) == given && members.count == given.count)
        }
        #expect(GroupMembers([]).isEmpty && GroupMembers().isEmpty)
        #expect(Array(GroupMembers(1 << 30)) == [1 << 30])
        let several = GroupMembers([7, 0, 3, 120_000])
        #expect(several.first(where: { $0 < 7 }) == 0 && several.contains(where: { $0 > 100 }) && several[3] == 120_000)
    }
}
