/// For each item of a list, the first item equal to it, found through a table of item
/// indexes: open addressing with linear probing, 4 bytes a slot and at least twice as many
/// slots as items, let go once the answer is made. A `[String: Int]` sized for the same
/// items held each key and value, 24 bytes a slot, and four slots for every three items
/// at the least.
enum FirstEqual {
    /// - Parameters:
    ///   - count: how many items: they are `0..<count`.
    ///   - hash: an item's hash; equal items must have equal hashes.
    ///   - equal: whether two items are equal.
    /// - Returns: each item's first equal item, itself when there is none before it.
    static func indexes(count: Int, hash: (Int) -> Int, equal: (Int, Int) -> Bool) -> [Int32] {
        var slotCount = 8
        while slotCount < 2 * count { slotCount *= 2 }
        let mask = slotCount - 1
        // -1 marks an empty slot; items are below 2^31, as a text's actors are
        var slots = [Int32](repeating: -1, count: slotCount)
        return slots.withUnsafeMutableBufferPointer { slots in
            (0..<count).map { item in
                var s = hash(item) & mask
                while true {
                    let other = slots[s]
                    if other < 0 {
                        slots[s] = Int32(item)
                        return Int32(item)
                    }
                    if equal(Int(other), item) { return other }
                    s = (s + 1) & mask
                }
            }
        }
    }
}
