/// Groups sentences into the separate stories of a multi-story briefing.
///
/// A story opens at a discourse cue at the start of a sentence ("In a separate
/// development", "Meanwhile", "In regulatory news,") or at a heading line after
/// the body has begun. Headings before the first body sentence (a title, a
/// dateline) belong to the first story.
public enum StorySegmenter {
    /// Sentence openings, lowercased, that start a new story.
    static let cues: [String] = [
        "in a separate", "in a related", "in another", "in a different", "in an unrelated",
        "in unrelated", "in other news", "in other developments", "separately", "meanwhile",
        "elsewhere", "on another front", "on a different note", "turning to", "in the meantime",
        "further complicating", "adding to the", "also in the news",
    ]

    /// Returns the story of each segment, and the stories.
    public static func assign(_ text: [Unicode.Scalar], segments: [SentenceSplitter.Segment]) -> (storyOf: [Int], stories: [Story]) {
        var storyOf: [Int] = []
        storyOf.reserveCapacity(segments.count)
        var story = 0
        var bodyBegun = false
        var previousWasHeading = false
        for (index, segment) in segments.enumerated() {
            if index > 0 && bodyBegun {
                let opens = segment.isHeading ? !previousWasHeading : (!previousWasHeading && opensStory(text, segment.span))
                if opens { story += 1 }
            }
            storyOf.append(story)
            if !segment.isHeading { bodyBegun = true }
            previousWasHeading = segment.isHeading
        }
        var stories: [Story] = []
        var first = 0
        for index in 0..<segments.count where index + 1 == segments.count || storyOf[index + 1] != storyOf[index] {
            stories.append(Story(index: stories.count, sentences: first..<(index + 1),
                                 span: TextSpan(segments[first].span.start, segments[index].span.end)))
            first = index + 1
        }
        return (storyOf, stories)
    }

    /// A cue phrase, or "In <a few words> news," at the start of the sentence.
    static func opensStory(_ text: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        let head = String(String.UnicodeScalarView(text[span.start..<min(span.end, span.start + 48)])).lowercased()
        if cues.contains(where: { head.hasPrefix($0) }) { return true }
        guard head.hasPrefix("in "), let comma = head.firstIndex(of: ",") else { return false }
        let phrase = head[head.index(head.startIndex, offsetBy: 3)..<comma].split(separator: " ")
        return phrase.count <= 3 && phrase.last == "news"
    }
}
