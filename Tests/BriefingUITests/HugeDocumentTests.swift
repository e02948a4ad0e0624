import BriefingCore
import Testing
@testable import BriefingUI

/// The reader on a 100,000-sentence document: moves, jumps and search land where they
/// should. How long a frame takes is measured by `briefing-frame-bench`, not here: a timed
/// test would measure the machine it runs on.
@Suite struct HugeDocumentTests {
    static let huge = Fixtures.big(sentences: 100_000)

    static func play(_ start: ReaderState, frames: Int, _ actions: [Action]) -> ReaderState {
        var s = start
        for i in 0..<frames {
            s = reduce(s, actions[i % actions.count])
            _ = Renderer.render(s)
        }
        return s
    }

    @Test func scrollingAndJumpingReachTheirSentences() {
        let start = Fixtures.state(Self.huge).after(.focus(.source))
        let moves: [Action] = [.moveDown, .moveDown, .pageDown, .halfPageDown, .moveUp, .wheel(x: 80, y: 10, lines: 3)]
        #expect(Self.play(start, frames: 60, moves).doc.cursor > 100)
        #expect(Self.play(start, frames: 3, [.bottom, .top, .bottom]).doc.cursor == 99_999)
        #expect(Self.play(start, frames: 2, [.bottom, .top]).doc.cursor == 0)
    }

    @Test func searchFindsASentenceNearTheEnd() {
        var s = Fixtures.state(Self.huge).after(.startSearch)
        for c in "number 99998" { s = s.after(.searchInput(c)) }
        s = s.after(.searchCommit)
        #expect(s.doc.cursor == 99_998)
    }
}
