import Testing
@testable import BriefingCore

@Suite("Repeated mentions gathered by candidate")
struct RepeatedMentionsTests {
    @Test func repeatsSpanningSeveralChunksComeBackInTextOrderPerCandidate() {
        var candidates = (0..<3).map {
            ActorCandidate(span: TextSpan($0 * 10, $0 * 10 + 3 + $0), sentence: 0, key: "k\($0)", severalWordKeys: nil,
                           surface: "K\($0)")
        }
        var repeats = RepeatedMentions()
        // Interleaved unevenly, more than two chunks' worth; the middle candidate has none.
        var expected: [[Int]] = [[], [], []]
        for n in 0..<40_000 {
            let index = n % 5 == 0 ? 0 : 2
            let start = 100 + 7 * n
            expected[index].append(start)
            repeats.add(start: start, sentence: n + 1, repeating: index)
        }
        repeats.place(&candidates)
        #expect(candidates.map(\.mentionCount) == [8_001, 1, 32_001])
        for index in [2, 1, 0] {
            var taken: [Mention] = []
            candidates[index].takeMentions(into: &taken, from: &repeats)
            #expect(taken.map(\.span.start) == [index * 10] + expected[index])
            #expect(taken.dropFirst().allSatisfy { $0.span.length == 3 + index && $0.sentence == ($0.span.start - 100) / 7 + 1 })
            #expect(candidates[index].mentionCount == 1)
        }
    }

    /// Counts around the edges of the first, smaller chunks: each repeat comes back once,
    /// with its candidate's, in text order.
    @Test func repeatsAroundChunkEdgesComeBackWhole() {
        for total in [0, 1, 63, 64, 65, 191, 192, 193, 1_000] {
            var candidates = (0..<2).map {
                ActorCandidate(span: TextSpan($0 * 5, $0 * 5 + 4), sentence: 0, key: "k\($0)", severalWordKeys: nil,
                               surface: "K\($0)")
            }
            var repeats = RepeatedMentions()
            var expected: [[Int]] = [[], []]
            for n in 0..<total {
                let index = n % 3 == 0 ? 1 : 0
                expected[index].append(20 + 5 * n)
                repeats.add(start: 20 + 5 * n, sentence: n + 1, repeating: index)
            }
            repeats.place(&candidates)
            for index in 0..<2 {
                var taken: [Mention] = []
                candidates[index].takeMentions(into: &taken, from: &repeats)
                #expect(taken.map(\.span.start) == [index * 5] + expected[index], "\(total) repeats")
            }
        }
    }
}
