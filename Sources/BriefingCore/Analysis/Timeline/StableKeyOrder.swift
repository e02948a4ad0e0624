/// The places a stable sort by key gives (equal keys keep the order they came in), found by
/// counting instead of comparing: a text's events share few keys (the days of their times,
/// and a few steps around the document's date), so each distinct key is sorted once and
/// every event is put after the events with smaller keys and those before it with its own.
///
/// Keys are added one at a time, and each is kept only as the number of its distinct key, in
/// the array that then becomes the places: one 4-byte array an event, where an array of the
/// keys, one of their groups, the order and its inverse took 20 bytes an event and two more
/// passes over them.
struct StableKeyOrder {
    private var table = KeyTable(capacity: 16)
    /// The distinct keys, in the order first added.
    private var distinct: [Double] = []
    /// Each added key's number in `distinct`.
    private var groups: [Int32] = []
    /// The last key added and its number, and the one before that differs: a text's events
    /// come in runs of one key (the document's date, a story's day), often in turns of two
    /// (an event in the past, one in the present), which then need no probe of the table.
    private var lastBits: UInt64 = Double.nan.bitPattern
    private var lastId: Int32 = 0
    private var previousBits: UInt64 = Double.nan.bitPattern
    private var previousId: Int32 = 0

    /// - Parameter capacity: how many keys will be added.
    init(capacity: Int) { groups.reserveCapacity(capacity) }

    /// Adds the next key. Keys must not be NaN; -0 and +0 are one key, as for `<`.
    mutating func add(_ key: Double) {
        let key = key == 0 ? 0 : key // -0 as +0
        let bits = key.bitPattern
        var id = lastId
        if bits != lastBits {
            if bits == previousBits {
                id = previousId
            } else {
                // The bits byte-swapped, so those that vary among days come low, where the
                // table's hash reads them (a day's bits differ from the next one's only high
                // up); plus one, never 0, the table's mark of an empty slot (no finite key's
                // bits are all ones).
                id = table.insert(bits.byteSwapped &+ 1, Int32(distinct.count))
                if Int(id) == distinct.count { distinct.append(key) }
            }
            (previousBits, previousId) = (lastBits, lastId)
            (lastBits, lastId) = (bits, id)
        }
        groups.append(id)
    }

    /// The key added `i`th.
    func key(_ i: Int) -> Double { distinct[Int(groups[i])] }

    /// Each added key's place in a stable sort of them by `<` (0 first): where the sort puts
    /// it. The keys added are let go.
    mutating func places() -> [Int32] {
        // each distinct key's count, in one pass over the keys at the end (counted as each
        // was added, every key cost an array's uniqueness check), then its first place: the
        // count of the keys below it
        var counts = [Int32](repeating: 0, count: distinct.count)
        counts.withUnsafeMutableBufferPointer { counts in
            groups.withUnsafeBufferPointer { groups in
                for g in groups { counts[Int(g)] += 1 }
            }
        }
        var next = [Int32](repeating: 0, count: distinct.count)
        var place: Int32 = 0
        for d in distinct.indices.sorted(by: { distinct[$0] < distinct[$1] }) {
            next[d] = place
            place += counts[d]
        }
        // taken, not copied: the one reference, so the writes below copy nothing
        var places: [Int32] = []
        swap(&places, &groups)
        places.withUnsafeMutableBufferPointer { places in
            for i in places.indices {
                let g = Int(places[i])
                places[i] = next[g]
                next[g] += 1
            }
        }
        return places
    }
}
