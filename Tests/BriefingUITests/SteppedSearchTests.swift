import BriefingCore
import Testing
@testable import BriefingUI

/// A search of a text too big for one step goes on step by step (`.searchContinue`,
/// sent by the main loop while no key comes), showing how far it has got.
@Suite struct SteppedSearchTests {
    let big = Fixtures.big(sentences: 2000)       // about 170,000 characters

    func state(step: Int) -> ReaderState {
        var s = Fixtures.state(big)
        s.searchStepSize = step
        return s
    }

    @Test func findsTheSameMatchesInStepsAsAtOnce() {
        let whole = state(step: Int.max).after(.startSearch, .searchInput("1"), .searchInput("9"), .searchInput("9"))
        #expect(whole.doc.search?.done == true)
        var s = state(step: 10_000).after(.startSearch, .searchInput("1"), .searchInput("9"), .searchInput("9"))
        #expect(s.doc.search?.done == false)
        #expect(s.hasPendingWork)
        #expect(s.screen.contains("so far · searching"))
        var steps = 0
        while s.hasPendingWork && steps < 100 {
            s = s.after(.searchContinue)
            steps += 1
        }
        #expect(steps >= 10)
        #expect(s.doc.search?.matches == whole.doc.search?.matches)
        #expect(s.doc.search?.current == whole.doc.search?.current)
        #expect(!s.screen.contains("searching"))
    }

    @Test func typingOnNarrowsWhatWasFoundAndSearchesTheRest() {
        let whole = state(step: Int.max).after(.startSearch, .searchInput("n"), .searchInput("u"), .searchInput("m"),
                                               .searchInput("b"), .searchInput("e"), .searchInput("r"), .searchInput(" "),
                                               .searchInput("1"), .searchInput("7"), .searchInput("7"))
        var s = state(step: 30_000).after(.startSearch, .searchInput("n"), .searchInput("u"), .searchInput("m"))
        s = s.after(.searchContinue)
        s = s.after(.searchInput("b"), .searchInput("e"), .searchInput("r"), .searchInput(" "),
                    .searchInput("1"), .searchInput("7"), .searchInput("7"))
        while s.hasPendingWork { s = s.after(.searchContinue) }
        #expect(s.doc.search?.matches == whole.doc.search?.matches)
        #expect(s.doc.search?.matches.count == 11)      // 177, 1770…1779
    }

    @Test func enterBeforeTheFirstMatchKeepsSearchingAndKeysStillWork() {
        var s = state(step: 10_000).after(.startSearch, .searchInput("1"), .searchInput("9"), .searchInput("9"),
                                          .searchInput("9"), .searchCommit)
        #expect(s.doc.search != nil)
        #expect(s.message == "searching for \"1999\"…")
        s = s.after(.moveDown, .searchContinue)
        while s.hasPendingWork { s = s.after(.searchContinue) }
        #expect(s.doc.search?.matches.count == 1)
        #expect(s.doc.search?.current == 0)
        #expect(s.screen.contains("Sentence number 1999"))
    }
}
