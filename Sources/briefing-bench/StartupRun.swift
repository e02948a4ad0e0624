import BriefingCore
import Glibc

/// The fixed cost every analysing process pays once: building the static tables (place
/// names, word lists, the topic vocabulary) on first use. Measured as the first analysis of
/// one short sentence in a fresh process, so it is what a `briefing export` of a small
/// article costs beyond starting the program.
enum StartupRun {
    static let sentence = "Ministers met in Paris on Monday."

    static func run() -> String {
        let source = SourceText(sentence)
        let start = CPUClock.nanoseconds()
        _ = BriefingAnalyzer.analyze(source) { _ in }
        let seconds = Double(CPUClock.nanoseconds() - start) / 1e9
        let peak = Double(PeakMemory.residentBytes()) / 1e6
        // No rate: the input is one sentence.
        let none = "-"
        return padded("start-up", to: 14)
            + cFormat("%10.1f %9.3f ", 0.0, seconds) + pad(none, 9) + " " + pad(none, 13)
            + cFormat(" %9.0f ", peak) + pad(none, 11)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
