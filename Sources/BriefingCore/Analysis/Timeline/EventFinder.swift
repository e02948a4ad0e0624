/// One event found in a sentence, before it is placed in order.
struct FoundEvent: Sendable {
    let sentence: Int
    /// The verb group's first token, for text order within a sentence.
    let position: Int
    let relation: TemporalRelation?
    /// Index into the briefing's times, or nil.
    let time: Int?
    let actors: [String]
    let summary: String
    /// A cue word that moves the event before (-1) or after (+1) its neighbours:
    /// "formerly", "in anticipation of", "following", "after".
    let cue: Int
}

/// Finds the events of a sentence: one for each finite verb group (`VerbGroups`), with the
/// relation its tense, aspect and modality give, the nearest time expression, the actors named
/// in its part of the sentence and a short summary.
struct EventFinder {
    let text: PackedScalars
    let times: [TimeExpression]
    let reference: CalendarDate?

    /// - Parameters:
    ///   - tokens: the sentence's tokens (`TimeTokens`).
    ///   - timeIndexes: indexes into `times` of the sentence's expressions.
    ///   - mentions: the actor mentions inside the sentence, in text order.
    func events(in sentence: Sentence, tokens: [TimeToken], timeIndexes: [Int], mentions: [ActorMention]) -> [FoundEvent] {
        // a verb inside a time expression ("the coming weeks") is not an event
        var groups: [VerbGroup] = []
        var tp = 0
        for g in VerbGroups.find(tokens, text) {
            let at = tokens[g.head].start
            while tp < timeIndexes.count, times[timeIndexes[tp]].span.end <= at { tp += 1 }
            if tp < timeIndexes.count, times[timeIndexes[tp]].span.contains(at) { continue }
            groups.append(g)
        }
        guard !groups.isEmpty else { return [] }

        // each date or time expression goes to the nearest event: the group before it or the
        // one after, found by binary search so a long sentence stays linear
        var anchorOf = [Int?](repeating: nil, count: groups.count)
        var anchorDistance = [Int](repeating: Int.max, count: groups.count)
        for ti in timeIndexes where times[ti].type == .date || times[ti].type == .time {
            let span = times[ti].span
            let after = partitionPoint(groups.count) { tokens[groups[$0].start].start >= span.end }
            var best = -1, bestD = Int.max
            for gi in [after - 1, after] where gi >= 0 && gi < groups.count {
                let g = groups[gi]
                let gs = tokens[g.start].start, ge = tokens[g.end - 1].end
                // times mostly follow their verb ("was introduced in April"); one before a verb
                // and across a comma belongs to another clause
                var d = span.start >= ge ? span.start - ge : 0
                if span.end <= gs {
                    d = 2 * (gs - span.end)
                    var k = span.end
                    while k < gs && k < span.end + 200 { if text[k] == "," { d += 40; break }; k += 1 }
                }
                if d < bestD { best = gi; bestD = d }
            }
            guard best >= 0 else { continue }
            if anchorOf[best] == nil || bestD < anchorDistance[best] && times[ti].value != nil {
                anchorOf[best] = ti
                anchorDistance[best] = bestD
            }
        }

        let cue = TimelineCues.cue(tokens)
        var out: [FoundEvent] = []
        for (gi, g) in groups.enumerated() {
            // the event's part of the sentence: from the previous group's end to the next one's start
            let lower = gi == 0 ? sentence.span.start : tokens[groups[gi - 1].end - 1].end
            let upper = gi + 1 == groups.count ? sentence.span.end : tokens[groups[gi + 1].start].start
            var ids: [String] = []
            var mi = partitionPoint(mentions.count) { mentions[$0].span.start >= lower }
            while mi < mentions.count, mentions[mi].span.start < upper {
                let m = mentions[mi]
                if m.span.end <= upper && !ids.contains(m.actor) { ids.append(m.actor) }
                mi += 1
            }
            let anchor = anchorOf[gi]
            var relation = g.relation
            if relation == .present, let a = anchor, let placed = TimelineOrdering.relation(of: times[a].value, to: reference) {
                relation = placed // a present-tense headline about a dated day
            }
            let summary = EventSummary.make(text, tokens, groups, gi, mentions: mentions, lower: lower, upper: upper)
            out.append(FoundEvent(sentence: sentence.index, position: g.start, relation: relation, time: anchor,
                                  actors: ids, summary: summary, cue: cue))
        }
        return out
    }
}

/// An actor mention in a sentence, with the short form a summary uses ("Lammy").
struct ActorMention: Sendable {
    let span: TextSpan
    let actor: String
    let short: String
}

/// Words that place an event before or after the others of its day.
enum TimelineCues {
    static let beforeWords = ["formerly", "previously", "earlier", "before", "anticipation", "ahead", "prior", "once"]
    static let afterWords = ["following", "follows", "followed", "after", "afterwards", "later", "subsequently",
                             "then", "next"]

    static func cue(_ tokens: [TimeToken]) -> Int {
        var score = 0
        for tok in tokens {
            if tok.has(.cueBefore) { score -= 1 } else if tok.has(.cueAfter) { score += 1 }
        }
        return score.signum()
    }
}

/// The first index in 0..<count where `isAfter` holds, for a predicate false then true.
func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
    var low = 0, high = count
    while low < high {
        let mid = (low + high) / 2
        if isAfter(mid) { high = mid } else { low = mid + 1 }
    }
    return low
}
