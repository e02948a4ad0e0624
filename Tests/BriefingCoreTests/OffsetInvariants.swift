@testable import BriefingCore

/// The invariants every analysis must keep, whatever the input; empty when they hold.
func offsetViolations(_ briefing: Briefing) -> [String] {
    var problems: [String] = []
    let scalars = briefing.source.scalars
    var covered = [Int](repeating: 0, count: scalars.count)
    var previousEnd = 0
    for sentence in briefing.sentences {
        let span = sentence.span
        if span.start < previousEnd { problems.append("sentence \(sentence.index) overlaps or is out of order") }
        if span.isEmpty || span.end > scalars.count { problems.append("sentence \(sentence.index) has a bad span") ; continue }
        if scalars[span.start].isSpace || scalars[span.end - 1].isSpace {
            problems.append("sentence \(sentence.index) is not trimmed")
        }
        for offset in span.range { covered[offset] += 1 }
        previousEnd = span.end
    }
    for (offset, scalar) in scalars.enumerated() where !scalar.isSpace && covered[offset] != 1 {
        problems.append("character \(offset) (U+\(String(scalar.value, radix: 16))) lies in \(covered[offset]) sentences")
        break
    }
    for (index, sentence) in briefing.sentences.enumerated() where sentence.index != index {
        problems.append("sentence \(index) is numbered \(sentence.index)")
    }
    func check(_ span: TextSpan, in sentence: Int, _ what: String) {
        guard briefing.sentences.indices.contains(sentence),
              briefing.sentences[sentence].span.contains(span) else {
            problems.append("\(what) \(span.start)..<\(span.end) is not inside sentence \(sentence)")
            return
        }
    }
    for actor in briefing.actors {
        for mention in actor.mentions { check(mention.span, in: mention.sentence, "mention of \(actor.id)") }
    }
    for time in briefing.times { check(time.span, in: time.sentence, "time") }
    return problems
}
