/// What the Timeline pane shows, kept next to the model so every view agrees on it.
extension Briefing {
    /// The left column of a timeline row: the resolved date of its time expression
    /// ("2013-03-20", "2013-W11"), else its relation ("past", "now", "next"), else "".
    public func timelineColumn(_ entry: TimelineEntry) -> String {
        if let index = entry.time, index < times.count, let value = times[index].value, !value.hasSuffix("_REF") {
            return value
        }
        switch entry.relation {
        case .past?: return "past"
        case .present?: return "now"
        case .future?: return "next"
        case nil: return ""
        }
    }

    /// The timeline in order, grouped by story (one group for a single-story briefing).
    public func timelineByStory() -> [(story: Int, entries: [TimelineEntry])] {
        var groups: [Int: [TimelineEntry]] = [:]
        for entry in timeline where entry.sentence < sentences.count {
            groups[sentences[entry.sentence].story, default: []].append(entry)
        }
        return groups.keys.sorted().map { story in (story, groups[story]!.sorted { $0.order < $1.order }) }
    }

    /// The text to highlight when a timeline row jumps to its sentence: the time expression,
    /// else the whole sentence.
    public func timelineHighlight(_ entry: TimelineEntry) -> TextSpan {
        if let index = entry.time, index < times.count { return times[index].span }
        return sentences[entry.sentence].span
    }
}
