/// One sentence: where it lies, and which story it belongs to.
///
/// Its counts are stored in 32 bits, as `TextSpan`'s offsets are, and its paragraph is
/// found from where it lies (`Briefing.paragraphIndex(ofSentence:)`): a sentence is 16
/// bytes, and a text of a million one-word sentences holds a million of them.
public struct Sentence: Hashable, Sendable {
    private let storedIndex: Int32
    public let span: TextSpan
    private let storedStory: Int32

    public var index: Int { Int(storedIndex) }
    /// Story of a multi-story briefing, counted from 0.
    public var story: Int { Int(storedStory) }

    public init(index: Int, span: TextSpan, story: Int) {
        storedIndex = Int32(index)
        self.span = span
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

    public init(index: Int, span: TextSpan) {
        self.index = index
        self.span = span
    }
}
