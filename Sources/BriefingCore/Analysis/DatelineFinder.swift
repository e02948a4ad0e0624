/// Finds the document's date in a dateline near the top: a line that is only a date,
/// "March 27, 2008", "27 March 2008", "Thursday, March 27, 2008" or "2008-03-27".
public enum DatelineFinder {
    /// How many leading sentences may hold the dateline.
    static let searchDepth = 4

    public static func find(_ text: SourceText, segments: [SentenceSplitter.Segment]) -> CalendarDate? {
        for segment in segments.prefix(searchDepth) where segment.isHeading {
            if let date = DateParser.line(text.scalars, segment.span) { return date }
        }
        return nil
    }

    /// Parses a line that holds nothing but a date (the tagger's `DateParser` reads it).
    public static func parse(_ line: String) -> CalendarDate? {
        let scalars = PackedScalars(line)
        return DateParser.line(scalars, TextSpan(0, scalars.count))
    }
}
