/// The candidates (their indexes) an `AliasResolver.Group` holds, in the order they joined.
/// A text of many names makes a group for nearly every candidate, most of one member: an
/// array for that one cost 48 bytes on the heap a group, so the first is held inline, in
/// 32 bits, and only the others in an array. The array first: the 12 bytes leave room for
/// the group's kind in the same 16.
struct GroupMembers: RandomAccessCollection {
    /// The members after the first.
    private var tail: [Int] = []
    /// The first member, -1 for none.
    private var head: Int32 = -1

    init() {}

    init(_ members: [Int]) {
        guard let first = members.first else { return }
        head = Int32(first)
        tail = Array(members.dropFirst())
    }

    var startIndex: Int { 0 }
    var endIndex: Int { head < 0 ? 0 : 1 + tail.count }

    /// The member at `position`; an empty list has none (its `head` -1 is no index).
    subscript(position: Int) -> Int {
        position == 0 ? Int(head) : tail[position - 1]
    }

    mutating func append(_ member: Int) {
        if head < 0 { head = Int32(member) } else { tail.append(member) }
    }
}
