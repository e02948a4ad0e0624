/// One sentence: where it lies, and which paragraph and story it belongs to.
public struct Sentence: Hashable, Sendable {
    public let index: Int
    public let span: TextSpan
    /// Blank-line separated block, counted from 0.
    public let paragraph: Int
    /// Story of a multi-story briefing, counted from 0.
    public let story: Int

    public init(index: Int, span: TextSpan, paragraph: Int, story: Int) {
        self.index = index
        self.span = span
        self.paragraph = paragraph
        self.story = story
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
