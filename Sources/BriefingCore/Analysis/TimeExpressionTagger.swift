/// Finds temporal expressions and normalises them TIMEX3-style (issue 5).
///
/// Not built yet: it finds nothing, and the export says so with an empty list.
public enum TimeExpressionTagger {
    public static func tag(_ text: SourceText, sentences: [Sentence], reference: CalendarDate?) -> [TimeExpression] {
        []
    }
}
