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
        var random = SplitMix64(seed: name.utf8.reduce(1) { $0 &* 31 &+ UInt64($1) })
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

/// A tiny deterministic generator, so a failing mutation is the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
