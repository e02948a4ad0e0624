/// The ids given to actors so far (`AliasResolver`), held as the indexes of the actors that
/// hold them: a `Set<String>` of 220,000 ids took 8 MB while the actors were named, these
/// 4 bytes a slot. Open addressing with linear probing, at most 3/4 full, any number of slots
/// (`slotInRange`); an id is found by its `KeyHash` and compared with the id of the actor in
/// the slot.
struct GivenIds {
    /// Indexes of actors, -1 for an empty slot.
    private var slots: [Int32]
    private var count = 0

    /// Room for `capacity` ids before the table grows.
    init(capacity: Int) {
        slots = [Int32](repeating: -1, count: slotCount(holding: capacity))
    }

    /// Whether an actor of `actors` that the table holds has the id `id`.
    func contains(_ id: String, in actors: [Actor]) -> Bool {
        var i = slotInRange(foldedKeyHash(id), slots.count)
        while slots[i] >= 0 {
            if actors[Int(slots[i])].hasId(id) { return true }
            i = slotAfter(i, slots.count)
        }
        return false
    }

    /// Adds the id of `actors[index]`, which the table does not hold yet.
    mutating func insert(_ index: Int, of actors: [Actor]) {
        if 4 * (count + 1) > 3 * slots.count {
            let old = slots
            slots = [Int32](repeating: -1, count: 2 * old.count)
            for held in old where held >= 0 { put(Int(held), actors) }
        }
        put(index, actors)
        count += 1
    }

    private mutating func put(_ index: Int, _ actors: [Actor]) {
        var i = slotInRange(foldedKeyHash(actors[index].id), slots.count)
        while slots[i] >= 0 { i = slotAfter(i, slots.count) }
        slots[i] = Int32(index)
    }
}
