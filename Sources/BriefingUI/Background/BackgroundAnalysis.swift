import BriefingCore
import Foundation

/// Analyses files on a thread of its own while the reader already shows their text.
/// The main loop polls it between keys and turns what it reports into actions, so the
/// state still changes in `reduce` alone.
public final class BackgroundAnalysis: @unchecked Sendable {
    private struct Running {
        var document: Int
        var start: UInt64
        var size: Double
        var fraction: Double
    }

    private let lock = NSLock()
    private var running: Running?
    private var finished: [(Int, AnalysedBriefing)] = []

    /// Starts at once; the files are analysed one after another, in order.
    public init(_ texts: [SourceText], date: CalendarDate?) {
        let thread = Thread { [self] in
            for (i, text) in texts.enumerated() { analyse(i, text, date) }
        }
        // The analysis was written for the main thread's stack; give it as much.
        thread.stackSize = 64 << 20
        thread.start()
    }

    private func analyse(_ i: Int, _ text: SourceText, _ date: CalendarDate?) {
        lock.withLock {
            running = Running(document: i, start: DispatchTime.now().uptimeNanoseconds, size: Double(text.count), fraction: 0)
        }
        let briefing = BriefingAnalyzer.analyze(text, date: date) { fraction in
            self.lock.withLock { self.running?.fraction = fraction }
        }
        let analysed = AnalysedBriefing(briefing, sentenceItems: SourceIndex.SentenceItems(briefing))
        lock.withLock {
            running = nil
            finished.append((i, analysed))
        }
    }

    /// What happened since the last call, as actions: the progress of the file being
    /// analysed (its clock has moved on even when its stage has not), then the files done.
    public func poll() -> [Action] {
        lock.withLock {
            var actions: [Action] = []
            if let r = running {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - r.start) / 1e9
                actions.append(.analysisProgress(document: r.document,
                                                 AnalysisProgress(fraction: r.fraction, seconds: seconds, size: r.size)))
            }
            actions += finished.map { Action.analysisDone(document: $0.0, $0.1) }
            finished.removeAll()
            return actions
        }
    }
}
