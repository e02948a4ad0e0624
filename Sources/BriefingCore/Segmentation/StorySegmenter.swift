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

    /// The cues as the bytes a sentence's head must hold (`head`), those of each first letter
    /// together, a's first: one cue is two masked compares of 64 bits, where it was a loop
    /// reading a scalar a letter.
    static let cueHeads: [CueHead] = cues.indices
        .sorted { (cues[$0][0].value, $0) < (cues[$1][0].value, $1) }
        .map { CueHead(cues[$0], index: $0) }

    /// "in ", which may open "In <a few words> news,".
    static let inHead = CueHead(inPrefix, index: -1)

    /// For each letter a…z, where the cues it starts begin in `cueHeads`, and then their count.
    static let cueHeadStarts: [Int] = (0...26).map { letter in
        cueHeads.firstIndex { Int($0.low & 0xFF) - 97 >= letter } ?? cueHeads.count
    }

    /// A cue's first sixteen characters as bytes, with the bits of a head they must match; the
    /// cues in `cues` are ASCII, lowercase.
    struct CueHead {
        let low: UInt64
        let high: UInt64
        let lowMask: UInt64
        let highMask: UInt64
        let length: Int
        /// The cue's index in `cues`, for its characters past sixteen (-1 for `inPrefix`).
        let index: Int

        init(_ cue: [Unicode.Scalar], index: Int) {
            var bytes = (low: UInt64(0), high: UInt64(0), lowMask: UInt64(0), highMask: UInt64(0))
            for (k, c) in cue.prefix(16).enumerated() {
                if k < 8 {
                    bytes.low |= UInt64(c.value) << (8 * k)
                    bytes.lowMask |= 0xFF << (8 * k)
                } else {
                    bytes.high |= UInt64(c.value) << (8 * (k - 8))
                    bytes.highMask |= 0xFF << (8 * (k - 8))
                }
            }
            (low, high, lowMask, highMask) = bytes
            length = cue.count
            self.index = index
        }

        /// Whether the span, whose head is `head`, opens with the cue.
        @inline(__always) func opens(_ head: (low: UInt64, high: UInt64), _ view: ScalarView, _ span: TextSpan) -> Bool {
            head.low & lowMask == low && head.high & highMask == high && span.length >= length
                && (length <= 16 || StorySegmenter.startsWith(view, span, StorySegmenter.cues[index], from: 16))
        }
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
    ///
    /// "in " is a cue's start too, so a sentence whose first two letters start no cue opens
    /// no story: most ("The", "He", "A ") are told so from two units, inlined into the
    /// splitter, which asks at every sentence; the others are compared out of line.
    @inline(__always) static func opensStory(_ view: ScalarView, _ span: TextSpan) -> Bool {
        span.length >= 2 && mayOpenCue(view.units[span.start], view.units[span.start + 1]) && opensStoryFromItsHead(view, span)
    }

    /// `opensStory` for a sentence whose first two units `mayOpenCue` lets through.
    @inline(never) private static func opensStoryFromItsHead(_ view: ScalarView, _ span: TextSpan) -> Bool {
        // The first unit is an ASCII letter: every pair `mayOpenCue` lets through is of letters.
        let initial = Int(view.units[span.start] | 0x20) &- 97
        let head = Self.head(view, span)
        let heads = cueHeads, starts = cueHeadStarts
        for k in starts[initial]..<starts[initial + 1] where heads[k].opens(head, view, span) { return true }
        guard inHead.opens(head, view, span) else { return false }
        var words = 0
        var i = span.start + 3
        var wordStart = i
        while i < span.end && words <= newsSectionWords {
            let c = view[i]
            if c == " " || c == "," {
                words += 1
                if c == "," {
                    return words <= newsSectionWords && startsWith(view, TextSpan(wordStart, i), news)
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

    /// The span's first sixteen units as bytes, A–Z folded onto a–z and those past the span 0:
    /// what the cues' heads are compared with. A unit ≥ 128 gives a byte no cue holds (from
    /// 0x80 up, or 0 for one from 0x8000).
    static func head(_ view: ScalarView, _ span: TextSpan) -> (low: UInt64, high: UInt64) {
        let units = view.units
        let first: SIMD8<Int16>, second: SIMD8<Int16>
        if span.start &+ 16 <= units.count {
            first = ASCIIUnit.eight(units, at: span.start)
            second = ASCIIUnit.eight(units, at: span.start &+ 8)
        } else {
            // Near the text's end, the units it has, one by one.
            var all = SIMD16<Int16>()
            for k in 0..<min(span.length, 16) { all[k] = Int16(bitPattern: units[span.start + k]) }
            first = all.lowHalf
            second = all.highHalf
        }
        let lanes = SIMD8<Int16>(0, 1, 2, 3, 4, 5, 6, 7)
        let n = Int16(min(span.length, 16))
        @inline(__always) func bytes(_ x: SIMD8<Int16>, keeping keep: SIMD8<Int16>) -> UInt64 {
            ASCIIUnit.bytes((x | ASCIIUnit.lanesBelow(x &- SIMD8(repeating: 65), 26) & SIMD8(repeating: 0x20)) & keep)
        }
        return (bytes(first, keeping: ASCIIUnit.lanesBelow(lanes, n)), bytes(second, keeping: ASCIIUnit.lanesBelow(lanes &+ 8, n)))
    }

    /// Whether a sentence whose first two units are these may start a cue or "in " (case
    /// aside): both letters, and the second one that follows the first at some cue's start.
    /// Every cue is ASCII, so a unit above 127 starts none.
    @inline(__always) static func mayOpenCue(_ first: UInt16, _ second: UInt16) -> Bool {
        // A-Z and a-z, and no other unit, land in a-z with the 0x20 bit set.
        let a = (first | 0x20) &- 97, b = (second | 0x20) &- 97
        return a < 26 && b < 26 && cueSecondLetters[Int(a)] >> b & 1 != 0
    }

    /// For each letter a…z, a bit for each letter (a at bit 0) that follows it as a cue's or
    /// "in "'s second.
    static let cueSecondLetters: [UInt32] = (cues + [inPrefix]).reduce(into: [UInt32](repeating: 0, count: 26)) { bits, cue in
        bits[Int(cue[0].value) - 97] |= 1 << (cue[1].value - 97)
    }

    /// Case-insensitive (ASCII) prefix test on the text, from the prefix's character `offset` on.
    private static func startsWith(_ view: ScalarView, _ span: TextSpan, _ prefix: [Unicode.Scalar], from offset: Int = 0) -> Bool {
        guard span.length >= prefix.count else { return false }
        for k in offset..<prefix.count {
            var c = view[span.start + k].value
            if c >= 65 && c <= 90 { c += 32 }
            if c != prefix[k].value { return false }
        }
        return true
    }
}
