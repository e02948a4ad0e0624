import Testing
@testable import BriefingCore

/// An array written through `ArrayBatch` must hold exactly the elements gathered, in order,
/// whatever it held before and however many batches they took.
@Suite("Array batches")
struct ArrayBatchTests {
    @Test(arguments: [0, 1, 3, 4, 5, 8, 9, 30])
    func theArrayHoldsWhatWasGathered(_ gathered: Int) {
        for before in [[], [7], Array(100..<120)] {
            var array = before
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 4) { memory in
                var batch = ArrayBatch(memory)
                for k in 0..<gathered {
                    #expect(batch.count == k)
                    batch.append(k, into: &array)
                }
                batch.flush(into: &array)
                #expect(batch.count == gathered)
            }
            #expect(array == Array(0..<gathered), "\(gathered) after \(before.count)")
        }
    }
}
