/// Groups sentences into the separate stories of a multi-story briefing.
///
/// A story opens at a discourse cue at the start of a sentence ("In a separate
/// development", "Meanwhile", "In regulatory news,") or at a heading line after
/// the body has begun. Headings before the first body sentence (a title, a
/// dateline) belong to the first story.
public enum StorySegmenter {
    /// Sentence openings, lowercased, that start a new story.
    static let cues: [[Unicode.Scalar]] = [
        "in a separate", "in a related", "in another", "in a different", "in an unrelated",
        "in unrelated", "in other news", "in other developments", "separately", "meanwhile",
        "elsewhere", "on another front", "on a different note", "turning to", "in the meantime",
        "further complicating", "adding to the", "also in the news",
    ].map { Array($0.unicodeScalars) }

    /// The cues by their first letter, a = 0 … z = 25: a sentence is compared with those
    /// that start as it does (most sentences open with a letter that starts none).
    static let cuesByInitial: [[[Unicode.Scalar]]] = (0..<26).map { letter in
        cues.filter { $0[0].value - 97 == letter }
    }

    static let inPrefix = Array("in ".unicodeScalars)
    static let news = Array("news".unicodeScalars)

    /// How many words may stand between "In" and "news,": "In regulatory news,".
    static let newsSectionWords = 3

    /// The stories, in order; each is a run of segments (the sentences to be).
    public static func stories(_ segments: [SentenceSplitter.Segment]) -> [Story] {
        var stories: [Story] = []
        var first = 0
        func close(before end: Int) {
            stories.append(Story(index: stories.count, sentences: first..<end,
                                 span: TextSpan(segments[first].span.start, segments[end - 1].span.end)))
            first = end
        }
        var bodyBegun = false
        var previousWasHeading = false
        for (index, segment) in segments.enumerated() {
            if index > 0 && bodyBegun && !previousWasHeading
                && (segment.isHeading || segment.opensWithCue) {
                close(before: index)
            }
            if !segment.isHeading { bodyBegun = true }
            previousWasHeading = segment.isHeading
        }
        if !segments.isEmpty { close(before: segments.count) }
        return stories
    }

    /// A cue phrase, or "In <a few words> news," at the start of the sentence.
    static func opensStory(_ text: PackedScalars, _ span: TextSpan) -> Bool {
        // "in " is a cue's start too, so a sentence whose first two letters start no cue opens
        // no story: most ("The", "He", "A ") are told so from two units, without a scalar or a
        // table (each sentence asks, and asking cost about 270 instructions).
        guard span.length >= 2, mayOpenCue(text.units[span.start], text.units[span.start + 1]) else { return false }
        var initial = text[span.start].value
        if initial >= 65 && initial <= 90 { initial += 32 }
        guard initial >= 97 && initial <= 122 else { return false }
        let candidates = cuesByInitial[Int(initial - 97)]
        guard !candidates.isEmpty else { return false }
        if candidates.contains(where: { startsWith(text, span, $0) }) { return true }
        guard startsWith(text, span, inPrefix) else { return false }
        var words = 0
        var i = span.start + 3
        var wordStart = i
        while i < span.end && words <= newsSectionWords {
            let c = text[i]
            if c == " " || c == "," {
                words += 1
                if c == "," {
                    return words <= newsSectionWords && startsWith(text, TextSpan(wordStart, i), news)
                        && i - wordStart == 4
                }
                wordStart = i + 1
            } else if !c.isLetter && c != "-" {
                return false
            }
            i += 1
        }
        return false
    }

    /// Whether a sentence whose first two units are these may start a cue or "in " (case
    /// aside): the pairs are the cues' first two letters (a test checks them against `cues`).
    /// Every cue is ASCII, so a unit above 127 starts none.
    @inline(__always) static func mayOpenCue(_ first: UInt16, _ second: UInt16) -> Bool {
        @inline(__always) func lower(_ u: UInt16) -> UInt16 { u &- 65 < 26 ? u | 0x20 : u }
        guard first < 128, second < 128 else { return false }
        switch lower(first) << 8 | lower(second) {
        case 0x696E, 0x7365, 0x6D65, 0x656C, 0x6F6E, 0x7475, 0x6675, 0x6164, 0x616C: return true // in se me el on tu fu ad al
        default: return false
        }
    }

    /// Case-insensitive (ASCII) prefix test on the text.
    private static func startsWith(_ text: PackedScalars, _ span: TextSpan, _ prefix: [Unicode.Scalar]) -> Bool {
        guard span.length >= prefix.count else { return false }
        for (k, p) in prefix.enumerated() {
            var c = text[span.start + k].value
            if c >= 65 && c <= 90 { c += 32 }
            if c != p.value { return false }
        }
        return true
    }
}
