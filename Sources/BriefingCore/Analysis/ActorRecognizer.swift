/// Finds the people, organisations and places a briefing names (issue 4).
///
/// Not built yet: it finds nothing, and the export says so with an empty list.
public enum ActorRecognizer {
    public static func recognize(_ text: SourceText, sentences: [Sentence]) -> [Actor] {
        []
    }
}
