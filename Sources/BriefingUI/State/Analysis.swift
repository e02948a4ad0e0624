import BriefingCore

/// How far the background analysis of one file has got.
public struct AnalysisProgress: Equatable, Sendable {
    /// The share of the work done, 0…1 (it moves when a stage ends).
    public var fraction: Double
    /// Seconds since the analysis of this file began.
    public var seconds: Double
    /// The size of the text, in bytes (scalars, which is the same for the ASCII most news is).
    public var size: Double

    public init(fraction: Double, seconds: Double, size: Double) {
        self.fraction = fraction
        self.seconds = seconds
        self.size = size
    }

    /// Bytes analysed per second so far, on average.
    public var bytesPerSecond: Double { seconds > 0 ? size * fraction / seconds : 0 }

    /// "analysing 42% · 31.5 MB/s · 3 s", as the status bar shows it; the seconds tick
    /// while a long stage runs, so the reader never looks stuck.
    public var label: String {
        let percent = Int((fraction * 100).rounded(.down))
        let rate = bytesPerSecond / 1_000_000
        let shown = rate >= 10 ? String(Int(rate.rounded())) : String(Double(Int(rate * 10)) / 10)
        return "analysing \(percent)% · \(shown) MB/s · \(Int(seconds)) s"
    }
}

/// A finished analysis carried by an action. Compared by identity: actions are
/// Equatable, a whole briefing is not, and one analysis is one value.
public final class AnalysedBriefing: Equatable, Sendable {
    public let briefing: Briefing
    /// Built with the analysis, off the main thread: O(document), it would stall the
    /// first frame that needs it.
    public let sentenceItems: SourceIndex.SentenceItems?
    public init(_ briefing: Briefing, sentenceItems: SourceIndex.SentenceItems? = nil) {
        self.briefing = briefing
        self.sentenceItems = sentenceItems
    }
    public static func == (a: AnalysedBriefing, b: AnalysedBriefing) -> Bool { a === b }
}

extension Briefing {
    /// The text alone, nothing found in it yet: what the reader shows while a big text is
    /// analysed. The title is the first line, as the analysis would make it.
    public static func pending(_ text: SourceText) -> Briefing {
        var start = 0
        while start < text.count && text.scalars[start].properties.isWhitespace { start += 1 }
        var end = start
        while end < text.count && end - start < 200 && !["\n", "\r"].contains(text.scalars[end]) { end += 1 }
        while end > start && text.scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Briefing(source: text, title: end > start ? text.slice(start, end) : nil, date: nil,
                        paragraphs: [], sentences: [], stories: [], actors: [], times: [], timeline: [], topics: [])
    }
}
