/// The order a stable sort by key gives (equal keys keep the order they came in), found by
/// counting instead of comparing: a text's events share few keys (the days of their times,
/// and a few steps around the document's date), so each distinct key is sorted once and
/// every event is put after the events with smaller keys and those before it with its own.
enum StableKeyOrder {
    /// The indices of `keys` by key, equal keys by index: what a stable sort of the indices
    /// by `<` on their keys gives. The keys must not be NaN; -0 and +0 are one key, as for `<`.
    static func order(_ keys: [Double]) -> [Int32] {
        var table = KeyTable(capacity: 16)
        var distinct: [Double] = []
        var counts: [Int32] = []
        var group = [Int32](repeating: 0, count: keys.count)
        for (i, key) in keys.enumerated() {
            let key = key == 0 ? 0 : key // -0 as +0
            // The bits byte-swapped, so those that vary among days come low, where the table's
            // hash reads them (a day's bits differ from the next one's only high up); plus one,
            // never 0, the table's mark of an empty slot (no finite key's bits are all ones).
            let id = table.insert(key.bitPattern.byteSwapped &+ 1, Int32(distinct.count))
            if Int(id) == distinct.count {
                distinct.append(key)
                counts.append(0)
            }
            counts[Int(id)] += 1
            group[i] = id
        }
        // each distinct key's first place: the count of the keys below it
        var next = [Int32](repeating: 0, count: distinct.count)
        var place: Int32 = 0
        for d in distinct.indices.sorted(by: { distinct[$0] < distinct[$1] }) {
            next[d] = place
            place += counts[d]
        }
        var order = [Int32](repeating: 0, count: keys.count)
        for (i, g) in group.enumerated() {
            order[Int(next[Int(g)])] = Int32(i)
            next[Int(g)] += 1
        }
        return order
    }
}
