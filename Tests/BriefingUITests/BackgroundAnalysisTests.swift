import BriefingCore
import Foundation
import Testing
@testable import BriefingUI

/// A big text is shown before its analysis is done: the state while it runs, the
/// progress in the status bar, and the panes filling in when it is done.
@Suite struct BackgroundAnalysisTests {
    let briefing = Fixtures.big(sentences: 400)

    var pending: ReaderState {
        reduce(ReaderState(pending: [("big.txt", briefing.source)], width: 120, height: 40), .resize(width: 120, height: 40))
    }

    @Test func theTextShowsAtOnceWithProgressInTheStatusBar() {
        let s = pending.after(.analysisProgress(document: 0, AnalysisProgress(fraction: 0.6, seconds: 2, size: 40_000_000)))
        let screen = s.screen
        #expect(screen.contains("Sentence number 0 says something about the ceasefire talks"))
        #expect(screen.contains("analysing 60% · 12 MB/s · 2 s"))
        #expect(screen.contains("analysing… this fills in when it is done"))
        #expect(screen.split(separator: "\n").first?.contains("Sentence number 0") == true)   // the title: the first line
        #expect(s.doc.analysis?.fraction == 0.6)
    }

    @Test func progressKeepsTheMessageAndOverlaysPassItThrough() {
        var s = pending.after(.startSearch, .searchInput("t"), .searchInput("e"), .searchCommit)
        let message = s.message
        #expect(message?.contains("match 1 of") == true)
        s = s.after(.analysisProgress(document: 0, AnalysisProgress(fraction: 0.05, seconds: 1, size: 1e6)))
        #expect(s.message == message)
        s = s.after(.toggleHelp, .analysisProgress(document: 0, AnalysisProgress(fraction: 0.6, seconds: 2, size: 1e6)))
        #expect(s.doc.analysis?.fraction == 0.6)
        #expect(s.overlay != nil)
    }

    @Test func jAndGScrollTheTextWhileThereAreNoSentences() {
        var s = pending.after(.focus(.source), .moveDown, .moveDown)
        #expect(s.doc.sourceTop > 0)
        s = s.after(.bottom)
        let bottom = s.doc.sourceTop
        #expect(bottom > briefing.source.count / 2)
        s = s.after(.top)
        #expect(s.doc.sourceTop == 0)
    }

    @Test func thePanesFillInAndThePlaceInTheTextStays() {
        var s = pending.after(.focus(.source), .pageDown, .pageDown)
        let top = s.doc.sourceTop
        s = s.after(.startSearch, .searchInput("2"), .searchInput("0"), .searchInput("0"), .searchCommit)
        let search = s.doc.search
        s = s.after(.analysisDone(document: 0, AnalysedBriefing(briefing)))
        #expect(s.doc.analysis == nil)
        #expect(s.doc.briefing.sentences.count == 400)
        #expect(s.doc.search == search)
        #expect(s.doc.focus == .source)
        #expect(s.doc.sourceTop >= top)
        // The cursor is on a sentence that is on screen.
        let cursor = briefing.sentences[s.doc.cursor].span
        #expect(cursor.end > s.doc.sourceTop)
        #expect(!s.screen.contains("analysing"))
        #expect(s.screen.contains("400 sentences"))
    }

    @Test func theRunnerReportsProgressThenTheBriefing() throws {
        let runner = BackgroundAnalysis([SourceText("Kaja Kallas met David Lammy in Brussels on Monday.")], date: nil)
        var done: Briefing?
        var fractions: [Double] = []
        let deadline = Date().addingTimeInterval(30)
        while done == nil && Date() < deadline {
            for action in runner.poll() {
                switch action {
                case .analysisProgress(let i, let p): #expect(i == 0); fractions.append(p.fraction)
                case .analysisDone(let i, let a): #expect(i == 0); done = a.briefing
                default: Issue.record("unexpected \(action)")
                }
            }
            usleep(1000)
        }
        let b = try #require(done)
        #expect(b.sentences.count == 1)
        #expect(fractions == fractions.sorted())
        #expect(runner.poll().isEmpty)
    }
}
