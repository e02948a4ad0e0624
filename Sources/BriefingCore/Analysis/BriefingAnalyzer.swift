/// Runs every stage over a text and assembles the immutable `Briefing`.
///
/// Each stage is a pure function from what the earlier stages found to what it adds.
public enum BriefingAnalyzer {
    /// - Parameter date: the reference date; without it a dateline in the text is used, else none.
    public static func analyze(_ string: String, date: CalendarDate? = nil) -> Briefing {
        let text = SourceText(string)
        let split = SentenceSplitter.split(text.scalars)
        let (storyOf, stories) = StorySegmenter.assign(text.scalars, segments: split.segments)
        let sentences = split.segments.enumerated().map { index, segment in
            Sentence(index: index, span: segment.span, paragraph: segment.paragraph, story: storyOf[index])
        }
        let reference = date ?? DatelineFinder.find(text, segments: split.segments)
        let actors = ActorRecognizer.recognize(text, sentences: sentences)
        let times = TimeExpressionTagger.tag(text, sentences: sentences, reference: reference)
        let timeline = TimelineBuilder.build(text, sentences: sentences, actors: actors,
                                             times: times, reference: reference)
        let topics = TopicModel.topics(text, sentences: sentences, stories: stories)
        return Briefing(source: text, title: title(text, split.segments), date: reference,
                        paragraphs: split.paragraphs, sentences: sentences, stories: stories,
                        actors: actors, times: times, timeline: timeline, topics: topics)
    }

    /// Titles longer than this are cut, with "…": a text without line breaks is not all title.
    static let titleLimit = 200

    /// The first line of the text, trimmed.
    static func title(_ text: SourceText, _ segments: [SentenceSplitter.Segment]) -> String? {
        guard let first = segments.first else { return nil }
        let limit = min(text.count, first.span.start + titleLimit + 1)
        var end = first.span.start
        while end < limit && !text.scalars[end].isLineBreak { end += 1 }
        guard let line = SentenceSplitter.trim(text.scalars, TextSpan(first.span.start, end)) else { return nil }
        if line.length > titleLimit { return text.slice(TextSpan(line.start, line.start + titleLimit)) + "…" }
        return text.slice(line)
    }

    /// The sample briefing compiled into the program.
    public static var sampleText: String {
        String(decoding: PackageResources.sample_briefing_txt, as: UTF8.self)
    }
}
