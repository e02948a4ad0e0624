/// Finds the document's date in a dateline near the top: a line that is only a date,
/// "March 27, 2008", "27 March 2008", "Thursday, March 27, 2008" or "2008-03-27".
public enum DatelineFinder {
    /// How many leading sentences may hold the dateline.
    static let searchDepth = 4

    public static func find(_ text: SourceText, segments: [SentenceSplitter.Segment]) -> CalendarDate? {
        for segment in segments.prefix(searchDepth) where segment.isHeading {
            if let date = parse(text.slice(segment.span)) { return date }
        }
        return nil
    }

    /// Parses a line that holds nothing but a date.
    public static func parse(_ line: String) -> CalendarDate? {
        let trimmed = line.trimmingCharacters(in: " \t.")
        if let date = CalendarDate(iso: trimmed) { return date }
        var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, weekdays.contains(first.lowercased()) { words.removeFirst() }
        guard words.count == 3 else { return nil }
        if let month = MonthNames.month(words[0].trimmingCharacters(in: ".")),
           let day = Int(words[1]), let year = Int(words[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let day = Int(words[0]), let month = MonthNames.month(words[1].trimmingCharacters(in: ".")),
           let year = Int(words[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set)
        var scalars = Substring(self)
        while let first = scalars.first, drop.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, drop.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
