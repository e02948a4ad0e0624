/// The analysed document: the text once, and everything found in it as offsets.
///
/// Immutable; every pane of the reader and the export read the same value.
public struct Briefing: Sendable {
    public let source: SourceText
    /// The first line, when there is one.
    public let title: String?
    /// The reference date ("document creation time"), given or found in a dateline.
    public let date: CalendarDate?
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let stories: [Story]
    public let actors: [Actor]
    public let times: [TimeExpression]
    public let timeline: [TimelineEntry]
    public let topics: [Topic]

    /// The whole text, made on each call (see `SourceText.string`).
    public var text: String { source.string }

    public init(source: SourceText, title: String?, date: CalendarDate?,
                paragraphs: [Paragraph], sentences: [Sentence], stories: [Story],
                actors: [Actor], times: [TimeExpression], timeline: [TimelineEntry],
                topics: [Topic]) {
        self.source = source
        self.title = title
        self.date = date
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.stories = stories
        self.actors = actors
        self.times = times
        self.timeline = timeline
        self.topics = topics
    }

    /// The text of one sentence.
    public func text(of sentence: Sentence) -> String { source.slice(sentence.span) }

    /// The paragraph (blank-line separated block, counted from 0) a sentence lies in: the
    /// last that starts at or before it, by binary search; 0 when there are none.
    public func paragraphIndex(ofSentence index: Int) -> Int {
        let start = sentences[index].span.start
        return max(0, partitionPoint(paragraphs.count) { paragraphs[$0].span.start > start } - 1)
    }

    /// The sentence holding a scalar offset, by binary search.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start {
                high = mid
            } else if offset >= span.end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }
}
