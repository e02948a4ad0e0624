/// Runs every stage over a text and assembles the immutable `Briefing`.
///
/// Each stage is a pure function from what the earlier stages found to what it adds.
public enum BriefingAnalyzer {
    /// - Parameter date: the reference date; without it a dateline in the text is used, else none.
    public static func analyze(_ string: String, date: CalendarDate? = nil) -> Briefing {
        analyze(SourceText(string), date: date) { _ in }
    }

    /// The same on a text already decoded, calling `progress` with the share of the work
    /// done so far (0…1, by the stages' typical cost) after each stage and, within a stage,
    /// every few thousand sentences: for the reader's progress bar while a big text is
    /// analysed in the background.
    public static func analyze(_ text: SourceText, date: CalendarDate? = nil,
                               progress: (Double) -> Void) -> Briefing {
        let segmented = segment(text, date: date)
        let sentences = segmented.sentences
        let stories = segmented.stories
        let reference = segmented.reference
        progress(StageShare.segmentation)
        return withoutActuallyEscaping(progress) { progress in
            func stage(_ start: Double, _ end: Double) -> StageProgress {
                StageProgress(start: start, end: end, sentenceCount: sentences.count, report: progress)
            }
            // Each sentence's tokens, kept as the first stage scans them for the others to replay.
            let tokens = TokenStore(length: text.count, sentenceCount: sentences.count)
            // Topics first: they need nothing the other stages find, and their working memory
            // (an entry per phrase occurrence) then never sits on top of the actors' mentions.
            let topics = TopicModel.topics(text, sentences: sentences, tokens: tokens,
                                           progress: stage(StageShare.segmentation, StageShare.topics))
            progress(StageShare.topics)
            let actors = ActorRecognizer.recognize(text, sentences: sentences, tokens: tokens,
                                                   progress: stage(StageShare.topics, StageShare.actors))
            progress(StageShare.actors)
            let (times, timeline) = TimelineBuilder.tagAndBuild(text, sentences: sentences, actors: actors,
                                                                reference: reference, tokens: tokens,
                                                                progress: stage(StageShare.actors, 1))
            progress(1)
            return Briefing(source: text, title: segmented.title, date: reference,
                            paragraphs: segmented.paragraphs, sentences: sentences, stories: stories,
                            actors: actors, times: times, timeline: timeline, topics: topics)
        }
    }

    /// What segmentation gives the later stages.
    struct Segmented {
        let sentences: [Sentence]
        let paragraphs: [Paragraph]
        let stories: [Story]
        let title: String?
        let reference: CalendarDate?
    }

    /// Sentences, paragraphs and stories, with the title and the reference date read off
    /// the segments; the segments themselves die here, before the heavier stages run.
    static func segment(_ text: SourceText, date: CalendarDate?) -> Segmented {
        let split = SentenceSplitter.split(text.scalars)
        let segments = split.segments
        let stories = StorySegmenter.stories(segments)
        // A sentence a segment, written in place: appended, each cost two calls of the
        // array's (its uniqueness and its room). Each index is below the count, the capacity.
        let sentences = [Sentence](unsafeUninitializedCapacity: segments.count) { buffer, initialized in
            var story = 0
            for (index, segment) in segments.enumerated() {
                if index == stories[story].sentences.upperBound { story += 1 }
                (buffer.baseAddress! + index).initialize(to: Sentence(index: index, span: segment.span, story: story))
            }
            initialized = segments.count
        }
        return Segmented(sentences: sentences, paragraphs: split.paragraphs, stories: stories,
                         title: title(text, split.segments),
                         reference: date ?? DatelineFinder.find(text, segments: split.segments))
    }

    /// The share of the whole analysis done after each stage, cumulative: the stages'
    /// instruction counts (`scripts/count-instructions.sh`) on 1 MB of generated text and
    /// on 2 MB of real news, averaged (segmentation about 7%, topics, which scans, numbers
    /// and keeps every sentence's tokens, 31%, actors 40%, times and timeline in one pass
    /// 22%); re-measure when a stage gets faster.
    enum StageShare {
        static let segmentation = 0.07
        static let topics = 0.38
        static let actors = 0.78
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
