/// The first index in 0..<count where `isAfter` holds, for a predicate false then true:
/// the binary search the stages and the model share.
func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
    var low = 0, high = count
    while low < high {
        let mid = (low &+ high) &>> 1 // both are non-negative: no signed division
        if isAfter(mid) { high = mid } else { low = mid + 1 }
    }
    return low
}
