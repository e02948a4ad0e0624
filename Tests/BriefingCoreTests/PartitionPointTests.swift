@testable import BriefingCore
import Testing

/// `partitionPoint` finds the first index where a false-then-true predicate holds, for every
/// count and every place of the answer, the ends included.
@Suite struct PartitionPointTests {
    @Test func findsTheFirstIndexThatHoldsForEveryCountAndAnswer() {
        for count in 0...40 {
            for answer in 0...count {
                var asked: [Int] = []
                let found = partitionPoint(count) { i in
                    asked.append(i)
                    return i >= answer
                }
                #expect(found == answer, "count \(count), answer \(answer)")
                #expect(asked.allSatisfy { (0..<count).contains($0) }, "asks only indices inside the range")
            }
        }
    }

    @Test func searchesSortedValuesAsTheStagesDo() {
        let starts = [3, 3, 8, 15, 15, 15, 40]
        #expect(partitionPoint(starts.count) { starts[$0] >= 15 } == 3)
        #expect(partitionPoint(starts.count) { starts[$0] > 15 } == 6)
        #expect(partitionPoint(starts.count) { starts[$0] >= 0 } == 0)
        #expect(partitionPoint(starts.count) { starts[$0] > 40 } == 7)
    }
}
