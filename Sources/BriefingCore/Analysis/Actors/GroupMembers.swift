/// The candidates (their indexes) an `AliasResolver` group holds, in the order they joined.
/// A text of many names makes a group for nearly every candidate, most of one member: an
/// array for that one cost 48 bytes on the heap a group, so a lone member is held inline, in
/// 32 bits, and only two or more in an array. 8 bytes in all (the enum's case is told by the
/// array reference's spare bits), where a first member beside an array took 16.
struct GroupMembers: RandomAccessCollection {
    private enum Storage {
        case none
        case one(Int32)
        /// Two or more.
        case several([Int])
    }

    private var storage = Storage.none

    init() {}

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

    mutating func append(_ member: Int) {
        switch storage {
        case .none:
            storage = .one(Int32(member))
        case .one(let first):
            storage = .several([Int(first), member])
        case .several(var members):
            // Taken out first, so that the array is appended to in place, not copied.
            storage = .none
            members.append(member)
            storage = .several(members)
        }
    }
}
