import BriefingCore
import Foundation
import Testing
@testable import BriefingUI

/// A frame costs in proportion to the screen, not the document: scrolling and drawing a
/// 100,000-sentence document takes about as long per frame as the small fixture.
@Suite struct PerformanceTests {
    static let huge = Fixtures.big(sentences: 100_000)

    static func perFrame(_ start: ReaderState, frames: Int, _ actions: [Action]) -> (Double, ReaderState) {
        var s = start
        _ = Renderer.render(s)
        let t0 = DispatchTime.now().uptimeNanoseconds
        for i in 0..<frames {
            s = reduce(s, actions[i % actions.count])
            _ = Renderer.render(s)
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        return (Double(t1 - t0) / 1e6 / Double(frames), s)
    }

    @Test func scrollingAHugeDocumentCostsWhatTheSmallOneDoes() {
        let big = Self.huge
        let bigState = Fixtures.state(big).after(.focus(.source))
        let small = Fixtures.state(Fixtures.big(sentences: 60)).after(.focus(.source))
        let moves: [Action] = [.moveDown, .moveDown, .pageDown, .halfPageDown, .moveUp, .wheel(x: 80, y: 10, lines: 3)]
        let (smallMs, _) = Self.perFrame(small, frames: 60, moves)
        let (bigMs, end) = Self.perFrame(bigState, frames: 60, moves)
        #expect(end.doc.cursor > 100)
        // Jump to the end and back: bounded too.
        let (jumpMs, last) = Self.perFrame(bigState, frames: 10, [.bottom, .top, .bottom])
        #expect(last.doc.cursor == 99_999)
        print("frame (reduce + render, 120×40): small \(String(format: "%.2f", smallMs)) ms, "
              + "100k sentences \(String(format: "%.2f", bigMs)) ms, G/g on 100k \(String(format: "%.2f", jumpMs)) ms")
        #expect(bigMs < max(25, smallMs * 4), "a frame of the big document took \(bigMs) ms vs \(smallMs) ms")
        #expect(jumpMs < max(25, smallMs * 4))
    }

    @Test func searchingAHugeDocumentStaysInteractive() {
        var s = Fixtures.state(Self.huge).after(.startSearch)
        let t0 = DispatchTime.now().uptimeNanoseconds
        for c in "number 99998" { s = s.after(.searchInput(c)) }
        s = s.after(.searchCommit)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        #expect(s.doc.cursor == 99_998)
        print("incremental search over 100k sentences: \(String(format: "%.0f", ms)) ms for 12 keystrokes and Enter")
    }
}
