/// The members of each group the resolver makes (`AliasResolver`), by the group's index:
/// 4 bytes a group, a lone member held in them, two or more in a list beside. A text of many
/// names makes a group for nearly every candidate, most of one member: a `GroupMembers` each
/// took 8 bytes a group.
struct GroupMemberLists: RandomAccessCollection {
    /// Each group's lone member; -1 for none; below that, -2 less the index of its list in
    /// `lists`.
    private var firsts: [Int32] = []
    /// The members of the groups of two or more, each list in the order they joined.
    private var lists: [[Int]] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { firsts.count }

    /// Group `g`'s members, in the order they joined. Set, they replace its members.
    subscript(g: Int) -> GroupMembers {
        // Inlined: out of line, each of the resolver's reads of a group cost a call.
        @inline(__always) get {
            let first = firsts[g]
            if first >= 0 { return GroupMembers(Int(first)) }
            return first == -1 ? GroupMembers() : GroupMembers(lists[Int(-2 - first)])
        }
        set {
            switch newValue.count {
            case 0: unlist(g); firsts[g] = -1
            case 1: unlist(g); firsts[g] = Self.member(newValue[0])
            default:
                let members = Array(newValue)
                if firsts[g] < -1 { lists[Int(-2 - firsts[g])] = members } else { list(g, members) }
            }
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        firsts.reserveCapacity(count)
    }

    /// A new group, with no members, at `count`.
    mutating func appendGroup() {
        firsts.append(-1)
    }

    /// Adds `member` to group `g`'s members: in place, where appending through the subscript
    /// would copy the list.
    @inline(__always) mutating func add(_ member: Int, to g: Int) {
        let first = firsts[g]
        if first == -1 {
            firsts[g] = Self.member(member)
        } else if first >= 0 {
            list(g, [Int(first), member])
        } else {
            lists[Int(-2 - first)].append(member)
        }
    }

    /// Gives group `g` a list of its own holding `members`.
    private mutating func list(_ g: Int, _ members: [Int]) {
        firsts[g] = -2 - Int32(lists.count)
        lists.append(members)
    }

    /// Frees group `g`'s list, if it has one (its place in `lists` is left empty).
    private mutating func unlist(_ g: Int) {
        if firsts[g] < -1 { lists[Int(-2 - firsts[g])] = [] }
    }

    /// A member as stored: checked, since past 2^31 candidates the index would wrap into the
    /// negative numbers that stand for lists.
    private static func member(_ candidate: Int) -> Int32 {
        precondition(candidate >= 0 && candidate <= Int32.max, "too many candidates for GroupMemberLists")
        return Int32(candidate)
    }
}
