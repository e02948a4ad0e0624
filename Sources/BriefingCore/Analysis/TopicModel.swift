/// Finds what the briefing is about, per briefing and per story (issue 6).
///
/// Not built yet: it finds nothing, and the export says so with an empty list.
public enum TopicModel {
    public static func topics(_ text: SourceText, sentences: [Sentence], stories: [Story]) -> [Topic] {
        []
    }
}
