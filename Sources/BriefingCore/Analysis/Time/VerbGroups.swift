/// A finite verb group ("is scheduled to meet", "has revised", "held", "will receive") and
/// how it stands to the document's date by tense, aspect and modality.
struct VerbGroup: Hashable, Sendable {
    /// Token indexes: the first auxiliary or verb, the main verb, one past the group.
    let start: Int
    let head: Int
    let end: Int
    let relation: TemporalRelation
    /// Headline style "Kallas to meet", or a group that points ahead ("is expected to").
    let prospective: Bool
}

/// Finds finite verb groups in a sentence's tokens. Rules, no tagger: auxiliaries and modals
/// open a group; "be" + expected/scheduled/set + "to" and "plans to" point ahead; "has" +
/// participle is a past event (present perfect); a known past form or an "-ed" word after a
/// subject is past; a known present form after a subject is present.
enum VerbGroups {
    static func find(_ t: UnsafeBufferPointer<TimeToken>, _ text: PackedScalars) -> [VerbGroup] {
        var groups = ScratchList<VerbGroup>()
        TokenBits.marking(t, .opensGroup).withUnsafeBufferPointer { words in
            find(t, text, starts: TokenBits(words: words.baseAddress.unsafelyUnwrapped, count: t.count), into: &groups)
        }
        return groups.withUnsafeBufferPointer { Array($0) }
    }

    /// The same into a buffer the caller reuses from sentence to sentence, trying a group only
    /// at the tokens `starts` marks: `group(at:)` finds nothing at a word that is no verb and
    /// ends in neither "'ll" nor "-ed" (most words), passed over without the call
    /// (`TimeTokenBuffer.groupStarts`).
    static func find(_ t: UnsafeBufferPointer<TimeToken>, _ text: PackedScalars, starts: TokenBits,
                     into groups: inout ScratchList<VerbGroup>) {
        groups.removeAll()
        var i = starts.next(from: 0)
        let n = t.count
        while i < n {
            if let g = group(at: i, t, text), !(g.start < i && !groups.isEmpty) {
                groups.append(g)
                i = starts.next(from: max(g.end, i + 1))
            } else {
                i = starts.next(from: i + 1)
            }
        }
    }

    /// A word passed over as an adverb: its token's flag (`TimeToken.Flags.adverb`).
    @inline(__always)
    static func isAdverb(_ tok: TimeToken) -> Bool { tok.flags.contains(.adverb) }

    /// Whether a word with these flags (its ending's and its lexeme's) and this lexeme is an
    /// adverb: lowercase, or ending in "-ly" without a time meaning other than a reference
    /// ("recently", "Reportedly"); a reference word ("now"); a listed adverb. For
    /// `TimeTokens.make`, which sets the flag.
    static func isAdverb(_ flags: TimeToken.Flags, _ lexeme: Lexeme) -> Bool {
        guard !flags.contains(.capitalized) || flags.contains(.endsLY) else { return false }
        if flags.contains(.endsLY) {
            return lexeme.time == nil || lexeme.time == .reference(.pastRef) || lexeme.time == .reference(.presentRef)
        }
        if case .reference? = lexeme.time { return true }
        return lexeme.classes.contains(.adverb)
    }

    static let adverbWords: [String] =
        (["not", "also", "still", "already", "just", "never", "ever", "yet", "again", "then", "now",
             "soon", "even", "further", "thus", "therefore", "once", "previously", "jointly",
             "now", "reportedly", "both", "all"])

    /// Skips adverbs from i; returns the first other index.
    static func skipAdverbs(_ i: Int, _ t: UnsafeBufferPointer<TimeToken>) -> Int {
        var j = i
        while j < t.count, isAdverb(t[j]) { j += 1 }
        return j
    }


    /// A lowercase word that can be a main verb after an auxiliary.
    static func isVerbLike(_ tok: TimeToken) -> Bool {
        guard tok.isWord, !tok.isCapitalized else { return false }
        if let v = tok.verb {
            switch v {
            case .past, .present, .base, .prospective, .intends, .beOther, .going: return true
            default: return false
            }
        }
        if tok.time != nil { return false }
        return true
    }

    /// The main verb of a chain starting at i (auxiliaries and adverbs skipped), and the end.
    static func chain(from i: Int, _ t: UnsafeBufferPointer<TimeToken>) -> (head: Int, end: Int, prospective: Bool) {
        var j = skipAdverbs(i, t)
        var head = max(i - 1, 0)
        var prospective = false
        var steps = 0
        while j < t.count, steps < 6, isVerbLike(t[j]) || t[j].verb == .to && prospective {
            head = j
            steps += 1
            if t[j].verb == .prospective || t[j].verb == .intends || t[j].verb == .going {
                let k = skipAdverbs(j + 1, t)
                if k < t.count, t[k].verb == .to {
                    j = skipAdverbs(k + 1, t)
                    // A sentence cut off at "to" ("… is expected to") names no verb to look
                    // ahead to: the group ends with the "to".
                    guard j < t.count else {
                        j = k + 1
                        break
                    }
                    prospective = true
                    if isVerbLike(t[j]) { head = j }
                    j += 1
                    break
                }
            }
            if t[j].verb == .beOther || (t[j].verb == .past && steps == 1) || t[j].flags.contains(.endsED) {
                // "been", "been held", "expected": a participle may take one more step
                j = skipAdverbs(j + 1, t)
                if j < t.count, t[j].isWord, !t[j].isCapitalized,
                   t[j].flags.contains(.endsED) || t[j].verb == .past || t[j].flags.contains(.endsING)
                    || t[j].verb == .prospective {
                    continue
                }
                break
            }
            j += 1
            break
        }
        return (head, max(j, head + 1), prospective)
    }

    /// Inlined into `find`, its one caller: called, its optional answer (27 bytes) went
    /// through memory, some 40 instructions a call on entry and exit.
    @inline(__always)
    static func group(at i: Int, _ t: UnsafeBufferPointer<TimeToken>, _ text: PackedScalars) -> VerbGroup? {
        let tok = t[i]
        if tok.flags.contains(.endsLL) {
            let c = chain(from: i + 1, t)
            return VerbGroup(start: i, head: c.head, end: c.end, relation: .future, prospective: true)
        }
        guard let v = tok.verb else {
            return pastByForm(at: i, t)
        }
        if tok.isCapitalized && i > 0, case .month? = tok.time { return nil } // "May"
        switch v {
        case .will, .negatedFuture:
            let c = chain(from: i + 1, t)
            return VerbGroup(start: i, head: c.head, end: c.end, relation: .future, prospective: true)
        case .modal:
            let c = chain(from: i + 1, t)
            // "could have", "would have" + participle look back
            let k = skipAdverbs(i + 1, t)
            if k < t.count, t[k].verb == .havePresent {
                return VerbGroup(start: i, head: c.head, end: c.end, relation: .past, prospective: false)
            }
            return VerbGroup(start: i, head: c.head, end: c.end, relation: .future, prospective: true)
        case .can, .doPresent, .negatedPresent:
            let c = chain(from: i + 1, t)
            return VerbGroup(start: i, head: c.head, end: c.end, relation: .present, prospective: false)
        case .didPast, .negatedPast, .hadPast:
            let c = chain(from: i + 1, t)
            return VerbGroup(start: i, head: c.head, end: c.end, relation: .past, prospective: false)
        case .bePresent, .bePast:
            let c = chain(from: i + 1, t)
            let past = v == .bePast
            if c.prospective {
                return VerbGroup(start: i, head: c.head, end: c.end, relation: past ? .past : .future, prospective: true)
            }
            return VerbGroup(start: i, head: c.head, end: c.end, relation: past ? .past : .present, prospective: false)
        case .havePresent:
            let k = skipAdverbs(i + 1, t)
            if k < t.count, t[k].isWord, !t[k].isCapitalized,
               t[k].flags.contains(.endsED) || t[k].verb == .past || t[k].verb == .beOther {
                let c = chain(from: i + 1, t)
                return VerbGroup(start: i, head: c.head, end: c.end, relation: .past, prospective: false)
            }
            if k < t.count, t[k].verb == .to { // "has to"
                let c = chain(from: k + 1, t)
                return VerbGroup(start: i, head: c.head, end: c.end, relation: .future, prospective: true)
            }
            guard hasSubject(before: i, t) else { return nil }
            return VerbGroup(start: i, head: i, end: i + 1, relation: .present, prospective: false)
        case .intends:
            guard hasSubject(before: i, t), !tok.isCapitalized || i == 0 else { return nil }
            let k = skipAdverbs(i + 1, t)
            if k < t.count, t[k].verb == .to {
                let c = chain(from: k + 1, t)
                let past = tok.flags.contains(.endsED)
                return VerbGroup(start: i, head: c.head, end: c.end, relation: past ? .past : .future, prospective: !past)
            }
            if tok.flags.contains(.endsED) { return VerbGroup(start: i, head: i, end: i + 1, relation: .past, prospective: false) }
            return VerbGroup(start: i, head: i, end: i + 1, relation: .present, prospective: false)
        case .past:
            guard hasSubject(before: i, t) else { return nil }
            return VerbGroup(start: i, head: i, end: i + 1, relation: .past, prospective: false)
        case .present:
            guard hasSubject(before: i, t) else { return nil }
            return VerbGroup(start: i, head: i, end: i + 1, relation: .present, prospective: false)
        case .base:
            // "Analysts predict", "Lammy and Kallas engage"; "Kallas to meet" (headline future)
            guard !tok.isCapitalized else { return nil }
            if i >= 2, t[i - 1].verb == .to, t[i - 2].isWord, t[i - 2].isCapitalized, t[i - 2].time == nil,
               hasSubject(before: i - 1, t) {
                return VerbGroup(start: i - 1, head: i, end: i + 1, relation: .future, prospective: true)
            }
            guard i >= 1, pluralSubject(t[i - 1]) else { return nil }
            if t[i - 1].isCapitalized && !t[i - 1].has(.pluralPronoun) {
                // a name before a base form is a subject only when names are joined: "Lammy and Kallas engage"
                var k = i - 1
                while k >= 0, t[k].isWord, t[k].isCapitalized { k -= 1 }
                let joined = k >= 1 && t[k].key == PackedWord.and && t[k - 1].isCapitalized
                let opensSentence = k < 0 && t[i - 1].flags.contains(.endsS) // "Analysts predict"
                guard joined || opensSentence else { return nil }
            }
            return VerbGroup(start: i, head: i, end: i + 1, relation: .present, prospective: false)
        case .prospective:
            return pastByForm(at: i, t)
        default:
            return nil
        }
    }

    /// An "-ed" word after a subject ("Lammy emphasized", "Starmer recently welcomed").
    static func pastByForm(at i: Int, _ t: UnsafeBufferPointer<TimeToken>) -> VerbGroup? {
        let tok = t[i]
        guard tok.flags.contains(.endsED), !tok.isCapitalized, tok.time == nil, hasSubject(before: i, t) else { return nil }
        return VerbGroup(start: i, head: i, end: i + 1, relation: .past, prospective: false)
    }

    /// The word before i (adverbs skipped) can end a subject: a name, a noun, a pronoun.
    static func hasSubject(before i: Int, _ t: UnsafeBufferPointer<TimeToken>) -> Bool {
        var j = i - 1
        while j >= 0, isAdverb(t[j]) { j -= 1 }
        guard j >= 0 else { return false }
        let p = t[j]
        if p.kind == .punctuation { // "(OECD) has", "Apple Inc. announced"
            return p.isPunct(")") || p.isPunct(".") && j > 0 && t[j - 1].isCapitalized && t[j - 1].end == p.start
        }
        if p.kind == .number { return true }
        if let v = p.verb { return v == .base || v == .present || v == .intends } // "work remains"
        if let w = p.time {
            switch w {
            case .and: return true
            case .relativeDay, .weekday, .month, .unit, .number: return true
            default: return false
            }
        }
        if p.has(.nonSubject) { return false }
        // "a coalition of nations prepared to": a noun inside a prepositional phrase is no subject
        if !p.isCapitalized, j > 0, t[j - 1].has(.preposition) { return false }
        return true
    }

    static let prepositionWords: [String] =
        (["of", "in", "for", "with", "on", "at", "from", "into", "about", "against", "between",
             "through", "during", "without", "within", "upon", "amid", "amidst", "among", "via", "per",
             "despite", "towards", "toward", "regarding", "over", "under", "by"])

    static func pluralSubject(_ p: TimeToken) -> Bool {
        guard p.isWord, p.verb == nil else { return false }
        if p.has(.pluralPronoun) { return true }
        if p.time != nil { return false }
        if p.has(.nonSubject) { return false }
        return p.isCapitalized || p.flags.contains(.endsS)
    }

    static let pluralPronounWords = ["they", "we", "i", "you"]

    /// Words after which a verb form is not finite: determiners, prepositions, conjunctions.
    static let nonSubjectWords: [String] =
        (["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
             "my", "your", "of", "in", "for", "with", "to", "by", "on", "at", "from", "as", "into",
             "or", "but", "nor", "than", "more", "most", "less", "newly", "very", "so", "such", "any",
             "each", "every", "no", "some", "being", "after", "before", "under", "over", "about",
             "against", "between", "through", "during", "without", "within", "upon", "amid",
             "amidst", "among", "via", "per", "if", "whether", "because", "although", "though",
             "while", "when", "where", "how", "why", "what", "not", "well", "widely", "recently",
             "then", "further", "also", "previously", "long", "highly", "largely", "despite", "towards",
             "regarding", "toward", "whose"])
}
