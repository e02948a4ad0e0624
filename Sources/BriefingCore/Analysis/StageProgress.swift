/// How far a stage's pass over the sentences has gone, reported as a share of the whole
/// analysis between `start` and `end` every `step` sentences: the reader's status bar then
/// moves during a long stage (seconds, on 100 MB of news) instead of only between stages.
struct StageProgress {
    let start: Double
    let end: Double
    let sentenceCount: Int
    let report: (Double) -> Void

    /// Often enough for a status bar redrawn a few times a second, rarely enough to cost nothing.
    static let step = 4096

    /// A stage that reports nothing: the public stage functions, run outside the analyzer.
    static var silent: StageProgress { StageProgress(start: 0, end: 0, sentenceCount: 0) { _ in } }

    /// Called with each sentence's index as the pass reaches it.
    @inline(__always) func reached(_ sentence: Int) {
        if sentence & (Self.step - 1) == 0 && sentence > 0 {
            report(start + (end - start) * Double(sentence) / Double(sentenceCount))
        }
    }
}
