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

    /// Indexes into `timeline` as the pane lists them: story by story, each in timeline order.
    public func timelinePaneOrder() -> [Int] {
        func story(_ entry: TimelineEntry) -> Int {
            entry.sentence < sentences.count ? sentences[entry.sentence].story : Int.max
        }
        return timeline.indices.sorted {
            (story(timeline[$0]), timeline[$0].order) < (story(timeline[$1]), timeline[$1].order)
        }
    }

    /// The text to highlight when a timeline row jumps to its sentence: the time expression,
    /// else the whole sentence.
    public func timelineHighlight(_ entry: TimelineEntry) -> TextSpan {
        if let index = entry.time, index < times.count { return times[index].span }
        return sentences[entry.sentence].span
    }
}
