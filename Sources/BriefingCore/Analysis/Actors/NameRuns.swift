/// The runs of one sentence (`NameRunFinder.runs`) and their words, one run's after another,
/// in memory reused from sentence to sentence.
///
/// Room for as many of each as the sentence has tokens (a run holds one word at least, and a
/// token is a word of one run at most) is made before the search, which then writes with no
/// check of room: gathered on the stack and copied into arrays, a sentence's runs cost some
/// 400 instructions before any was read.
final class NameRuns {
    private var runMemory: UnsafeMutablePointer<NameRun>
    private var wordMemory: UnsafeMutablePointer<Int>
    /// Runs, and words, there is room for.
    private var capacity = 64
    /// The runs of the last sentence searched.
    private(set) var runs = UnsafeBufferPointer<NameRun>(start: nil, count: 0)
    /// Their words' token indexes (`NameRun.words`).
    private(set) var words = UnsafeBufferPointer<Int>(start: nil, count: 0)

    init() {
        runMemory = .allocate(capacity: capacity)
        wordMemory = .allocate(capacity: capacity)
    }

    deinit {
        runMemory.deallocate()
        wordMemory.deallocate()
    }

    /// Memory for the runs of a sentence of `tokens` tokens, and for their words, emptied;
    /// `set` is to be called once they are written.
    func room(tokens: Int) -> (UnsafeMutablePointer<NameRun>, UnsafeMutablePointer<Int>) {
        if tokens > capacity {
            runMemory.deallocate()
            wordMemory.deallocate()
            capacity = max(tokens, 2 * capacity)
            runMemory = .allocate(capacity: capacity)
            wordMemory = .allocate(capacity: capacity)
        }
        runs = UnsafeBufferPointer(start: runMemory, count: 0)
        words = UnsafeBufferPointer(start: wordMemory, count: 0)
        return (runMemory, wordMemory)
    }

    /// The first `runCount` runs and `wordCount` words of the memory `room` gave are the sentence's.
    func set(runCount: Int, wordCount: Int) {
        runs = UnsafeBufferPointer(start: runMemory, count: runCount)
        words = UnsafeBufferPointer(start: wordMemory, count: wordCount)
    }
}
