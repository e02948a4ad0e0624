extension Briefing {
    /// The promises every analysis keeps, whatever the input; empty when they all hold.
    ///
    /// Sentences are numbered in order, trimmed, in text order without overlap,
    /// and every non-whitespace character lies in exactly one of them; every
    /// mention and time lies inside the sentence it names; references point at
    /// things that exist. Tests and the fuzzer check it on every input.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let scalars = source.scalars
        var previousEnd = 0
        var nextUncovered = 0
        for (index, sentence) in sentences.enumerated() {
            let span = sentence.span
            if sentence.index != index { problems.append("sentence \(index) is numbered \(sentence.index)") }
            if span.start < previousEnd { problems.append("sentence \(index) overlaps the one before") }
            if span.isEmpty || span.end > scalars.count {
                problems.append("sentence \(index) has a bad span \(span.start)..<\(span.end)")
                continue
            }
            if scalars[span.start].isSpace || scalars[span.end - 1].isSpace {
                problems.append("sentence \(index) is not trimmed")
            }
            if let gap = (nextUncovered..<span.start).first(where: { !scalars[$0].isSpace }) {
                problems.append("character \(gap) lies in no sentence")
            }
            nextUncovered = span.end
            previousEnd = span.end
        }
        if let gap = (nextUncovered..<scalars.count).first(where: { !scalars[$0].isSpace }) {
            problems.append("character \(gap) lies in no sentence")
        }
        func inside(_ span: TextSpan, _ sentence: Int, _ what: String) {
            guard sentences.indices.contains(sentence), sentences[sentence].span.contains(span), !span.isEmpty else {
                problems.append("\(what) \(span.start)..<\(span.end) is not inside sentence \(sentence)")
                return
            }
        }
        let ids = Set(actors.map(\.id))
        for actor in actors {
            for mention in actor.mentions { inside(mention.span, mention.sentence, "mention of \(actor.id)") }
            if let home = actor.affiliation, !ids.contains(home) {
                problems.append("\(actor.id) is affiliated with unknown \(home)")
            }
        }
        for time in times { inside(time.span, time.sentence, "time") }
        for (position, entry) in timeline.enumerated() {
            if !sentences.indices.contains(entry.sentence) { problems.append("timeline \(position) names no sentence") }
            if let time = entry.time, !times.indices.contains(time) { problems.append("timeline \(position) names no time") }
            if entry.actors.contains(where: { !ids.contains($0) }) { problems.append("timeline \(position) names an unknown actor") }
        }
        if Set(timeline.map(\.order)) != Set(0..<timeline.count) { problems.append("timeline order is not 0..<\(timeline.count)") }
        for topic in topics {
            if !(0...1).contains(topic.weight) { problems.append("topic \(topic.id) weighs \(topic.weight)") }
            if topic.sentences.contains(where: { !sentences.indices.contains($0) }) {
                problems.append("topic \(topic.id) names a sentence that does not exist")
            }
        }
        return problems
    }
}
