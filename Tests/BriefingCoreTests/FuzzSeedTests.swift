import Foundation
import Testing
@testable import BriefingCore

/// A short run of the fuzzer's work inside the test suite: the seed corpus of the
/// nastiest inputs (Tests/FuzzSeeds), each whole and under seeded random mutations.
@Suite("Fuzz seeds")
struct FuzzSeedTests {
    static let seedDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzSeeds")

    static var seeds: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: seedDirectory.path).sorted()) ?? []
    }

    private func check(_ bytes: [UInt8], _ label: String) {
        let briefing = BriefingAnalyzer.analyze(TextDecoder.decode(bytes).text, date: CalendarDate(iso: "2013-03-20"))
        #expect(briefing.invariantViolations() == [], "\(label)")
        #expect(!JSONExporter.exportUTF8(briefing).isEmpty)
    }

    @Test func seedCorpusIsThere() {
        #expect(Self.seeds.count >= 10)
    }

    @Test(arguments: seeds)
    func seedAndMutations(name: String) throws {
        let original = try [UInt8](Data(contentsOf: Self.seedDirectory.appendingPathComponent(name)))
        check(original, name)
        var random = SeededRandom(seed: name.utf8.reduce(1) { $0 &* 31 &+ UInt64($1) })
        for round in 0..<200 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 8)) where !bytes.isEmpty {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 16)], at: at)
                default: bytes = Array(bytes[..<at])
                }
            }
            check(bytes, "\(name) mutation \(round)")
        }
    }
}
