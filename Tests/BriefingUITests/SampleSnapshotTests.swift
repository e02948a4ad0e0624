import Foundation
import Testing
@testable import BriefingCore
@testable import BriefingUI

/// The built-in sample rendered whole at 120×40 and 80×24, after a jump, compared with the
/// screens in `Snapshots/`. When the analysis or the layout changes on purpose, rewrite
/// them with `BRIEFING_UPDATE_SNAPSHOTS=1 swift test --filter SampleSnapshot` and read the diff.
@Suite("The sample's screens")
struct SampleSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let sample = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)

    private func check(_ name: String, _ screen: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BRIEFING_UPDATE_SNAPSHOTS"] == "1" {
            try screen.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(screen == expected, "\(name) differs; see the doc comment to update it")
    }

    @Test func wideAtStart() throws {
        try check("sample-120x40.txt", Fixtures.state(Self.sample).screen)
    }

    @Test func narrowAtStart() throws {
        try check("sample-80x24.txt", Fixtures.state(Self.sample, width: 80, height: 24).screen)
    }

    @Test func wideAfterJumpingFromTheThirdActor() throws {
        try check("sample-120x40-jump.txt", Fixtures.state(Self.sample).after(.moveDown, .moveDown, .activate).screen)
    }
}
