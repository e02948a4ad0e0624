import Testing
@testable import BriefingCore

@Suite("Progress reported while a text is analysed")
struct AnalysisProgressTests {
    /// Reports in order, between 0 and 1, ending at 1.
    private func reports(for text: String) -> [Double] {
        var fractions: [Double] = []
        _ = BriefingAnalyzer.analyze(SourceText(text)) { fractions.append($0) }
        return fractions
    }

    @Test("a short text gets one report after each stage, ending at 1")
    func shortText() {
        let fractions = reports(for: BriefingAnalyzer.sampleText)
        #expect(fractions == [BriefingAnalyzer.StageShare.segmentation, BriefingAnalyzer.StageShare.topics,
                              BriefingAnalyzer.StageShare.actors, 1])
    }

    @Test("a long text also gets reports within each stage, never going back")
    func longText() {
        // Three times the reporting step in sentences, so each stage's pass reports twice.
        let sentences = (0..<(3 * StageProgress.step)).map { "Minister Ana Lopez met officials in Lima on day \($0)." }
        let fractions = reports(for: sentences.joined(separator: " "))
        #expect(fractions.last == 1)
        #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(fractions.allSatisfy { $0 >= 0 && $0 <= 1 })
        let shares = [0, BriefingAnalyzer.StageShare.segmentation, BriefingAnalyzer.StageShare.topics,
                      BriefingAnalyzer.StageShare.actors, 1]
        for (start, end) in zip(shares.dropFirst(), shares.dropFirst(2)) {
            let within = fractions.filter { $0 > start && $0 < end }
            #expect(within.count == 2, "reports strictly between \(start) and \(end): \(within)")
        }
    }
}
