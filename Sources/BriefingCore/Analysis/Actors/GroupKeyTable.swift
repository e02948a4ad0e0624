/// Name keys, each with the group (`AliasResolver`'s groups) it leads to, held without a
/// `String` or a group a slot: on a text of many names a `[String: Int]` of 220,000 keys took
/// 12.6 MB, these 8 bytes a slot, at most 3/4 full (2.3 MB at their size; with the group in
/// each slot, 3.5). A slot holds 32 bits of the key's `KeyHash` and where the key can be read
/// back: most keys are a candidate's key, or the first or last of its word keys, and lead to
/// that candidate's group (`groupOf`, which every call is given); any other is kept in
/// `ownKeys`, with the group it leads to.
///
/// Open addressing with linear probing, any number of slots (`slotInRange`); a key is found
/// by its hash bits and compared, on a match, with the key read back. Keys are never removed;
/// a key that two groups claim (`claim`) leads to none from then on.
struct GroupKeyTable {
    /// Where a key put in the table can be read back, and the group it leads to.
    enum KeySource {
        /// `candidates[i].key`, leading to the candidate's group.
        case key(Int)
        /// `candidates[i].wordKeys.first` of a name of several words, leading to its group.
        case firstWord(Int)
        /// `candidates[i].wordKeys.last` of a name of several words, leading to its group.
        case lastWord(Int)
        /// None: the table keeps the key, and the group it leads to.
        case own(group: Int)
    }

    private struct Slot {
        /// The key's hash bits, which also give its first slot (so growing reads no key back).
        var hash: UInt32
        /// A candidate's index times 4 plus the form read (0 key, 1 first word, 2 last word),
        /// or -2 less an index in `ownKeys`; -1 for an empty slot.
        var source: Int32
    }

    /// A key the table keeps, with its group or `ambiguous`.
    private struct OwnKey {
        let key: String
        var group: Int32
    }

    private static let empty: Int32 = -1
    /// The group of a key that several groups claimed.
    private static let ambiguous: Int32 = -1
    private var slots: [Slot]
    private var ownKeys: [OwnKey] = []
    private(set) var count = 0

    /// Room for `capacity` keys before the table grows.
    init(capacity: Int = 0) {
        slots = Self.emptySlots(slotCount(holding: capacity))
    }

    /// The group `key` leads to; nil when it leads to none, or to several (`claim`).
    func group(of key: String, in candidates: [ActorCandidate], _ groupOf: [Int32]) -> Int? {
        let (slot, found) = find(key, foldedKeyHash(key), candidates)
        return found ? answer(slots[slot].source, groupOf) : nil
    }

    /// Puts `key`, which the table does not hold.
    mutating func insert(_ key: String, from source: KeySource, in candidates: [ActorCandidate]) {
        let hash = foldedKeyHash(key)
        put(key, hash, find(key, hash, candidates).slot, source)
    }

    /// The group `key` leads to, as `group(of:)`; when the table does not hold the key, puts it
    /// and answers nil: one hash and one probe where asking and then putting took two. For a
    /// table that `claim` never marks (a key leading to several groups answers nil and is
    /// left as it is).
    mutating func groupOrInsert(_ key: String, from source: KeySource, in candidates: [ActorCandidate],
                                _ groupOf: [Int32]) -> Int? {
        let hash = foldedKeyHash(key)
        let (slot, found) = find(key, hash, candidates)
        if found { return answer(slots[slot].source, groupOf) }
        put(key, hash, slot, source)
        return nil
    }

    /// Puts `key` if the table does not hold it; if it does, leading to a group other than
    /// `source`'s, the key leads to none from then on.
    mutating func claim(_ key: String, from source: KeySource, in candidates: [ActorCandidate], _ groupOf: [Int32]) {
        let hash = foldedKeyHash(key)
        let (slot, found) = find(key, hash, candidates)
        guard found else { return put(key, hash, slot, source) }
        let claimant: Int32 = switch source {
        case .key(let i), .firstWord(let i), .lastWord(let i): groupOf[i]
        case .own(let group): Int32(group)
        }
        if group(at: slots[slot].source, groupOf) != claimant { keep(key, at: slot, leadingTo: Self.ambiguous) }
    }

    /// Called before candidate `i` moves to another group: its key, if the table reads it back
    /// from the candidate, keeps leading to the group it leads to now.
    mutating func keepGroup(ofKeyOf i: Int, in candidates: [ActorCandidate], _ groupOf: [Int32]) {
        let key = candidates[i].key
        let (slot, found) = find(key, foldedKeyHash(key), candidates)
        if found, slots[slot].source == Self.packed(i, part: 0) { keep(key, at: slot, leadingTo: groupOf[i]) }
    }

    /// The group a slot's `source` leads to, `ambiguous` included.
    private func group(at source: Int32, _ groupOf: [Int32]) -> Int32 {
        source < 0 ? ownKeys[Int(-2 - source)].group : groupOf[Int(source >> 2)]
    }

    /// `group(at:)`, nil for `ambiguous`.
    private func answer(_ source: Int32, _ groupOf: [Int32]) -> Int? {
        let group = group(at: source, groupOf)
        return group == Self.ambiguous ? nil : Int(group)
    }

    /// Makes the key at `slot` one the table keeps, leading to `group`.
    private mutating func keep(_ key: String, at slot: Int, leadingTo group: Int32) {
        let source = slots[slot].source
        if source < 0 {
            ownKeys[Int(-2 - source)].group = group
        } else {
            slots[slot].source = -2 - Int32(ownKeys.count)
            ownKeys.append(OwnKey(key: key, group: group))
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: String, _ hash: UInt32, _ candidates: [ActorCandidate]) -> (slot: Int, found: Bool) {
        var i = slotInRange(hash, slots.count)
        while slots[i].source != Self.empty {
            if slots[i].hash == hash && self.key(slots[i].source, candidates) == key { return (i, true) }
            i = slotAfter(i, slots.count)
        }
        return (i, false)
    }

    /// A candidate's index and the part of it read back (0 key, 1 first word, 2 last word) in
    /// 32 bits: checked, since past 2^29 candidates the index would wrap into the negative
    /// numbers that stand for the table's own keys.
    private static func packed(_ candidate: Int, part: Int32) -> Int32 {
        precondition(candidate >= 0 && candidate < 1 << 29, "too many candidates for GroupKeyTable")
        return Int32(candidate) << 2 | part
    }

    private mutating func put(_ key: String, _ hash: UInt32, _ emptySlot: Int, _ source: KeySource) {
        let stored: Int32
        switch source {
        case .key(let i): stored = Self.packed(i, part: 0)
        case .firstWord(let i): stored = Self.packed(i, part: 1)
        case .lastWord(let i): stored = Self.packed(i, part: 2)
        case .own(let group):
            stored = -2 - Int32(ownKeys.count)
            ownKeys.append(OwnKey(key: key, group: Int32(group)))
        }
        let new = Slot(hash: hash, source: stored)
        if 4 * (count + 1) > 3 * slots.count {
            resize(to: 2 * slots.count)
            place(new)
        } else {
            slots[emptySlot] = new
        }
        count += 1
    }

    private mutating func resize(to size: Int) {
        let old = slots
        slots = Self.emptySlots(size)
        for slot in old where slot.source != Self.empty { place(slot) }
    }

    /// Puts a slot's contents in the first empty slot from its hash's.
    private mutating func place(_ slot: Slot) {
        var i = slotInRange(slot.hash, slots.count)
        while slots[i].source != Self.empty { i = slotAfter(i, slots.count) }
        slots[i] = slot
    }

    private static func emptySlots(_ count: Int) -> [Slot] {
        Array(repeating: Slot(hash: 0, source: empty), count: count)
    }

    /// The key a slot's `source` reads back.
    private func key(_ source: Int32, _ candidates: [ActorCandidate]) -> String {
        if source < 0 { return ownKeys[Int(-2 - source)].key }
        let i = Int(source >> 2)
        switch source & 3 {
        case 0: return candidates[i].key
        case 1: return candidates[i].wordKeys[0]
        default: return candidates[i].wordKeys.last!
        }
    }
}
