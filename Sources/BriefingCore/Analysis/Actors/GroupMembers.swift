/// The candidates (their indexes) an `AliasResolver` group holds, in the order they joined,
/// as `GroupMemberLists` hands them out (and is given them back). Most groups have one
/// member, for which an array would cost 48 bytes on the heap: a lone member is held inline,
/// two or more in an array, in 8 bytes (the enum's case told by the array reference's spare bits).
struct GroupMembers: RandomAccessCollection {
    private enum Storage {
        case none
        case one(Int32)
        /// Two or more.
        case several([Int])
    }

    private var storage = Storage.none

    init() {}

    /// A lone member.
    init(_ member: Int) {
        storage = .one(Int32(member))
    }

    init(_ members: [Int]) {
        switch members.count {
        case 0: break
        case 1: storage = .one(Int32(members[0]))
        default: storage = .several(members)
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int {
        switch storage {
        case .none: 0
        case .one: 1
        case .several(let members): members.count
        }
    }

    subscript(position: Int) -> Int {
        switch storage {
        case .one(let member):
            precondition(position == 0, "GroupMembers index out of range")
            return Int(member)
        case .several(let members):
            return members[position]
        case .none:
            preconditionFailure("GroupMembers index out of range")
        }
    }
}
