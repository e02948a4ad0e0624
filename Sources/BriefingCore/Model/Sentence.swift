/// One sentence: where it lies, and which paragraph and story it belongs to.
///
/// Its counts are stored in 32 bits, as `TextSpan`'s offsets are (a sentence is 20 bytes:
/// a text of a million one-word sentences holds a million of them).
public struct Sentence: Hashable, Sendable {
    private let storedIndex: Int32
    public let span: TextSpan
    private let storedParagraph: Int32
    private let storedStory: Int32

    public var index: Int { Int(storedIndex) }
    /// Blank-line separated block, counted from 0.
    public var paragraph: Int { Int(storedParagraph) }
    /// Story of a multi-story briefing, counted from 0.
    public var story: Int { Int(storedStory) }

    public init(index: Int, span: TextSpan, paragraph: Int, story: Int) {
        storedIndex = Int32(index)
        self.span = span
        storedParagraph = Int32(paragraph)
        storedStory = Int32(story)
    }
}

/// A run of consecutive sentences that tell one story.
public struct Story: Hashable, Sendable {
    public let index: Int
    /// Indexes of its first and one-past-last sentence.
    public let sentences: Range<Int>
    public let span: TextSpan
}

/// A blank-line separated block of text.
public struct Paragraph: Hashable, Sendable {
    public let index: Int
    public let span: TextSpan
}
