/// A short summary of an event in the text's own words: subject, verb, object
/// ("Kallas to meet Lammy and Healey", "Lammy held talks").
enum EventSummary {
    static let maxObjectWords = 6
    static let maxSubjectWords = 4

    /// Words that end an object: prepositions, subordinators and relatives.
    static let objectStops: Set<UInt64> = Set([
        "to", "in", "with", "for", "regarding", "about", "on", "at", "from", "by", "as", "amid", "amidst",
        "during", "after", "before", "following", "despite", "that", "which", "who", "whom", "whose",
        "while", "whereas", "because", "although", "though", "if", "when", "where", "over", "under",
        "into", "onto", "against", "between", "among", "through", "via", "per", "since", "until",
        "according", "including", "than", "so", "but", "or",
    ].map(WordKey.pack))

    /// Words that end a subject going leftwards.
    static let subjectStops: Set<UInt64> = Set([
        "that", "which", "who", "while", "whereas", "because", "although", "though", "if", "when",
        "where", "and", "but", "or", "so", "moreover", "additionally", "however", "meanwhile",
    ].map(WordKey.pack))

    /// Prepositions that end a subject going leftwards, unless they join a name ("Bank of England").
    static let subjectPrepositions: Set<UInt64> = Set([
        "of", "in", "for", "with", "on", "at", "by", "from", "to", "despite", "than", "about", "amid",
        "amidst", "during", "after", "before", "following", "regarding", "against", "between",
    ].map(WordKey.pack))

    /// Words a summary does not end on.
    static let danglers: Set<String> = ["and", "or", "the", "a", "an", "of", "its", "their", "his", "her", "to", "as"]

    static func make(_ text: [Unicode.Scalar], _ t: [TimeToken], _ groups: [VerbGroup], _ gi: Int,
                     mentions: [ActorMention], lower: Int, upper: Int) -> String {
        let g = groups[gi]
        var parts: [String] = []
        var subj = subject(text, t, g, mentions: mentions, lower: lower)
        // "… held talks … and deliberated": a verb joined by "and" shares the subject before it
        if subj == nil, gi > 0, g.start > 0, t[g.start - 1].key == WordKey.pack("and") {
            subj = subject(text, t, groups[gi - 1], mentions: mentions, lower: 0)
        }
        if let subject = subj { parts.append(subject) }
        parts.append(verb(text, t, g))
        if let object = object(text, t, g, mentions: mentions, upper: upper) { parts.append(object) }
        return parts.joined(separator: " ")
    }

    static func word(_ text: [Unicode.Scalar], _ tok: TimeToken) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[tok.start..<tok.end])
        return String(view)
    }

    /// The nearest actor before the verb (with one joined by "and"), else the last words of
    /// the noun phrase before it.
    static func subject(_ text: [Unicode.Scalar], _ t: [TimeToken], _ g: VerbGroup,
                        mentions: [ActorMention], lower: Int) -> String? {
        let verbStart = t[g.start].start
        if let i = mentions.lastIndex(where: { $0.span.end <= verbStart && $0.span.start >= lower }) {
            // only when no other noun stands between the actor and the verb ("Kallas, the EU's chief, is")
            var names = [mentions[i].short]
            if i > 0, mentions[i - 1].span.start >= lower, between(text, mentions[i - 1].span.end, mentions[i].span.start, isAnd: true) {
                names.insert(mentions[i - 1].short, at: 0)
            }
            if names.count == 2 && names[0] == names[1] { names.removeFirst() }
            return names.joined(separator: " and ")
        }
        var words: [String] = []
        var j = g.start - 1
        while j >= 0, VerbGroups.isAdverb(t[j]) { j -= 1 }
        // "The EU's chief, Kaja Kallas, is": the name in apposition
        if j >= 1, t[j].isPunct(","), t[j - 1].isWord, t[j - 1].isCapitalized {
            var k = j - 1
            var names: [String] = []
            while k >= 0, t[k].isWord, t[k].isCapitalized, names.count < maxSubjectWords {
                names.insert(word(text, t[k]), at: 0)
                k -= 1
            }
            if k >= 0, t[k].isPunct(",") { return names.joined(separator: " ") }
        }
        if j >= 0, t[j].isPunct(")") { // "the Organisation … (OECD) has": the name in brackets
            var k = j - 1
            var inner: [String] = []
            while k >= 0, !t[k].isPunct("(") { inner.insert(word(text, t[k]), at: 0); k -= 1 }
            if k >= 0, !inner.isEmpty, inner.count <= 3 { return joinTokens(inner) }
        }
        while j >= 0, t[j].start >= lower, words.count < maxSubjectWords {
            let tok = t[j]
            if tok.kind == .punctuation && !(tok.isPunct("'") || tok.isPunct("\u{2019}") || tok.isPunct("-")) { break }
            if tok.isWord && subjectStops.contains(tok.key) { break }
            if tok.isWord && subjectPrepositions.contains(tok.key) && !tok.isCapitalized {
                // go on through "of" inside a name: "Bank of England"
                let joinsName = tok.key == WordKey.pack("of") && j > 0 && t[j - 1].isCapitalized
                    && j + 1 < t.count && t[j + 1].isCapitalized
                if !joinsName { break }
            }
            if VerbGroups.isAdverb(tok) && words.isEmpty { j -= 1; continue }
            words.insert(word(text, tok), at: 0)
            j -= 1
        }
        return words.isEmpty ? nil : joinTokens(words)
    }

    /// True when only spaces, commas or "and" lie between two offsets.
    static func between(_ text: [Unicode.Scalar], _ a: Int, _ b: Int, isAnd: Bool) -> Bool {
        guard a <= b else { return false }
        var letters: [Unicode.Scalar] = []
        for k in a..<b where !text[k].isSpace && text[k] != "," { letters.append(text[k]) }
        return letters.isEmpty || String(String.UnicodeScalarView(letters)).lowercased() == "and"
    }

    /// Future events read as headlines: "to meet"; others keep their words, adverbs dropped.
    static func verb(_ text: [Unicode.Scalar], _ t: [TimeToken], _ g: VerbGroup) -> String {
        if g.relation == .future && g.prospective && g.head < t.count && t[g.head].isWord
            && !(t[g.head].verb == .beOther) {
            return "to " + word(text, t[g.head])
        }
        var words: [String] = []
        for k in g.start..<min(g.end, t.count) where t[k].isWord && !VerbGroups.isAdverb(t[k]) {
            words.append(word(text, t[k]))
        }
        return words.joined(separator: " ")
    }

    /// The actors named right after the verb, or its next few words up to a preposition.
    static func object(_ text: [Unicode.Scalar], _ t: [TimeToken], _ g: VerbGroup,
                       mentions: [ActorMention], upper: Int) -> String? {
        var words: [String] = []
        var names: [String] = []
        var j = g.end
        var objectEnd = t.count > 0 ? t[min(j, t.count - 1)].start : 0
        while j < t.count, t[j].end <= upper, words.count < maxObjectWords {
            let tok = t[j]
            if tok.kind == .punctuation && !(tok.isPunct("'") || tok.isPunct("\u{2019}") || tok.isPunct("-")) { break }
            if tok.isWord && objectStops.contains(tok.key) && !words.isEmpty { break }
            if tok.isWord && objectStops.contains(tok.key) { break }
            words.append(word(text, tok))
            objectEnd = tok.end
            j += 1
        }
        // names inside the object stand for it: "UK Foreign Secretary David Lammy and …" → "Lammy and Healey"
        let objectStart = g.end < t.count ? t[g.end].start : upper
        var k = j
        // a list of names runs on past the word limit
        for m in mentions where m.span.start >= objectStart && m.span.start < upper {
            if m.span.start > objectEnd {
                // continue only through a run of titles, names and "and"
                var ok = true
                while k < t.count, t[k].end <= m.span.start {
                    if !(t[k].isCapitalized || t[k].key == WordKey.pack("and")) { ok = false; break }
                    k += 1
                }
                if !ok { break }
            }
            if !names.contains(m.short) { names.append(m.short) }
            objectEnd = max(objectEnd, m.span.end)
        }
        if !names.isEmpty {
            if names.count == 1 { return names[0] }
            return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
        while let last = words.last, danglers.contains(last.lowercased()) { words.removeLast() }
        return words.isEmpty ? nil : joinTokens(words)
    }

    /// Joins words, gluing possessive "'s" back on.
    static func joinTokens(_ words: [String]) -> String {
        var out = ""
        for w in words {
            if w == "'" || w == "\u{2019}" || w == "s" && (out.hasSuffix("'") || out.hasSuffix("\u{2019}")) || w == "-" || out.hasSuffix("-") {
                out += w
            } else {
                if !out.isEmpty { out += " " }
                out += w
            }
        }
        return out
    }
}
