/// A short summary of an event in the text's own words: subject, verb, object
/// ("Kallas to meet Lammy and Healey", "Lammy held talks").
enum EventSummary {
    static let maxObjectWords = 6
    static let maxSubjectWords = 4

    /// Words that end an object: prepositions, subordinators and relatives.
    static let objectStopWords = [
        "to", "in", "with", "for", "regarding", "about", "on", "at", "from", "by", "as", "amid", "amidst",
        "during", "after", "before", "following", "despite", "that", "which", "who", "whom", "whose",
        "while", "whereas", "because", "although", "though", "if", "when", "where", "over", "under",
        "into", "onto", "against", "between", "among", "through", "via", "per", "since", "until",
        "according", "including", "than", "so", "but", "or",
    ]

    /// Words that end a subject going leftwards.
    static let subjectStopWords = [
        "that", "which", "who", "while", "whereas", "because", "although", "though", "if", "when",
        "where", "and", "but", "or", "so", "moreover", "additionally", "however", "meanwhile", "what",
    ]

    /// Prepositions that end a subject going leftwards, unless they join a name ("Bank of England").
    static let subjectPrepositionWords = [
        "of", "in", "for", "with", "on", "at", "by", "from", "to", "despite", "than", "about", "amid",
        "amidst", "during", "after", "before", "following", "regarding", "against", "between",
    ]

    /// Words a summary does not end on (`WordClass.dangler`).
    static let danglerWords = ["and", "or", "the", "a", "an", "of", "its", "their", "his", "her", "to", "as"]
    /// Keys as the numbers `PackedWord.pack` gives, constants (see `PackedWord.and`).
    static let kS: UInt64 = 0x13

    /// A part of a summary: a run of the sentence's tokens, or the actors' short names
    /// gathered in the writer's `names` (mention indexes into the sentence's mentions).
    enum Phrase {
        case tokens(Range<Int>)
        case names
        /// Words, then "with" and names: "talks with Vance".
        case tokensWith(Range<Int>)
    }

    /// What a summary reads: the text, the sentence's tokens and actor mentions, the actors' names.
    /// The finder keeps one for the document and sets the sentence's parts in it, so a
    /// sentence does not retain and release the text's arrays and the names.
    struct SentenceContext {
        let text: PackedScalars
        var t: UnsafeBufferPointer<TimeToken>
        var mentions: UnsafeBufferPointer<ActorMention>
        let actors: ActorNames
        /// The sentence has the word "with" (`TokenTally.hasWith`).
        var hasWith: Bool
    }

    /// Writes summaries one after another into one buffer, with a buffer of names it keeps,
    /// so a summary allocates nothing.
    struct Writer {
        /// The buffer the summaries go to; the one being written is `out.current`.
        private let out: UTF8Buffer
        /// The names of the phrase being built, as mention indexes.
        private var names = ScratchList<Int>()

        init(into out: UTF8Buffer) {
            self.out = out
        }

        /// Appends the summary of `groups[gi]` to the buffer and returns where it is.
        /// - Parameter firstMention: the first of the sentence's mentions that starts at or
        ///   after `lower` (`EventSummary.firstMention`).
        mutating func make(_ s: SentenceContext, _ groups: ScratchList<VerbGroup>, _ gi: Int, lower: Int,
                           upper: Int, firstMention: Int) -> Range<Int> {
            let t = s.t
            let g = groups[gi]
            out.beginText()
            let before = EventSummary.firstMention(from: firstMention, at: t[g.start].start, s.mentions)
            var subj = subject(s, g, lower: lower, mentionsBefore: before)
            // "… held talks … and deliberated": a verb joined by "and" shares the subject before it
            if subj == nil, gi > 0, g.start > 0, t[g.start - 1].key == PackedWord.and {
                // searched from the sentence's start (rare: no scan then, which a sentence of
                // many such verbs would repeat)
                let previous = groups[gi - 1], mentions = s.mentions, verbStart = t[previous.start].start
                subj = subject(s, previous, lower: 0,
                               mentionsBefore: partitionPoint(mentions.count) { mentions[$0].span.start >= verbStart })
            }
            if let subj { write(subj, s) }
            // future events read as headlines: "to meet"; others keep their words, adverbs dropped
            if g.relation == .future && g.prospective && g.head < t.count && t[g.head].isWord {
                if !out.isEmpty { out.appendSpace() }
                out.append("to")
                // "will be reduced" → "to be reduced"
                let head = t[g.head]
                if head.flags.contains(.endsED) || head.verb == .past {
                    var k = g.start
                    while k < g.head, t[k].verb != .beOther { k += 1 }
                    if k < g.head { out.append(" be") }
                }
                write(.tokens(g.head..<(g.head + 1)), s)
            } else {
                var previous: Int? = nil
                for k in g.start..<min(g.end, t.count) where t[k].isWord && !VerbGroups.isAdverb(t[k]) {
                    writeToken(k, after: previous, s)
                    previous = k
                }
            }
            if let obj = object(s, g, upper: upper, mentionsFrom: before) { write(obj, s) }
            return out.current
        }

        /// Appends a phrase after a space, gluing possessive "'s" and hyphens to their word.
        private mutating func write(_ phrase: Phrase, _ s: SentenceContext) {
            switch phrase {
            case .names:
                writeNames(s)
            case .tokensWith(let words):
                write(.tokens(words), s)
                if !out.isEmpty { out.appendSpace() }
                out.append("with")
                writeNames(s)
            case .tokens(let words):
                writeTokens(words, s)
            }
        }

        /// Tokens as `writeToken` writes them one after another, but each run of them that
        /// the text parts by single spaces or nothing copied at once, as it stands: most
        /// phrases are one such run.
        private mutating func writeTokens(_ words: Range<Int>, _ s: SentenceContext) {
            let t = s.t
            var k = words.lowerBound
            while k < words.upperBound {
                var last = k
                while last + 1 < words.upperBound, plainGap(s.text, t[last].end, t[last + 1].start) { last += 1 }
                // the run's first token is the phrase's, or one the text parts from the token
                // before otherwise: never glued to it
                if !out.isEmpty { out.appendSpace() }
                out.append(s.text, t[k].start, t[last].end)
                k = last + 1
            }
        }

        /// Nothing or one space between two offsets: what `writeToken` writes there.
        @inline(__always) private func plainGap(_ text: PackedScalars, _ a: Int, _ b: Int) -> Bool {
            b == a || b == a + 1 && text.units[a] == 0x20 // a mark of a scalar above U+FFFF is never a space
        }

        /// A token after a space, or glued to the token written before it when they touch.
        private mutating func writeToken(_ k: Int, after previous: Int?, _ s: SentenceContext) {
            let tok = s.t[k]
            let glued = previous.map { s.t[$0].end == tok.start } ?? false
            if !out.isEmpty && !glued { out.appendSpace() }
            out.append(s.text, tok.start, tok.end)
        }

        /// "Lammy", "Lammy and Healey", "Lammy, Healey and Kallas". Inlined into `write`, its
        /// one caller, spared a call's frame for each list of names.
        @inline(__always)
        private mutating func writeNames(_ s: SentenceContext) {
            for n in 0..<names.count {
                let mi = names[n]
                if !out.isEmpty { out.appendSpace() }
                if n > 0 && n == names.count - 1 { out.append("and ") }
                s.actors.write(s.mentions[mi], s.text, into: out)
                if n + 2 < names.count { out.append(",") }
            }
        }

        /// Adds a mention to `names` unless one with the same short form is there.
        private mutating func addName(_ mi: Int, _ s: SentenceContext) {
            for n in 0..<names.count where s.actors.sameShort(s.mentions[names[n]], s.mentions[mi], s.text) { return }
            names.append(mi)
        }

        /// The nearest actor before the verb (with one joined by "and"), else the last words of
        /// the noun phrase before it.
        /// - Parameter before: the first mention that starts at or after the verb group.
        private mutating func subject(_ s: SentenceContext, _ g: VerbGroup, lower: Int, mentionsBefore before: Int) -> Phrase? {
            let t = s.t, mentions = s.mentions
            let verbStart = t[g.start].start
            if before > 0, case let m = mentions[before - 1], m.span.end <= verbStart, m.span.start >= lower,
               // the token after the name, found once for both tests
               case let next = tokenIndex(at: m.span.end, before: g.start, t),
               !isAttributive(m, after: next, t), adjacent(after: next, g, t) {
                let i = before - 1
                names.removeAll()
                if i > 0, mentions[i - 1].span.start >= lower,
                   onlyAnd(s.text, mentions[i - 1].span.end, mentions[i].span.start),
                   !s.actors.sameShort(mentions[i - 1], mentions[i], s.text) {
                    names.append(i - 1)
                }
                names.append(i)
                return .names
            }
            var j = g.start - 1
            while j >= 0, VerbGroups.isAdverb(t[j]) { j -= 1 }
            // "The EU's chief, Kaja Kallas, is": the name in apposition
            if j >= 1, t[j].isPunct(","), t[j - 1].isWord, t[j - 1].isCapitalized {
                var k = j - 1
                while k >= 0, t[k].isWord, t[k].isCapitalized, j - 1 - k < maxSubjectWords { k -= 1 }
                if k >= 0, t[k].isPunct(",") { return .tokens((k + 1)..<j) }
            }
            if j >= 0, t[j].isPunct(")") { // "the Organisation … (OECD) has": the name in brackets
                var k = j - 1
                while k >= 0, !t[k].isPunct("(") { k -= 1 }
                if k >= 0, j - 1 - k > 0, j - 1 - k <= 3 { return .tokens((k + 1)..<j) }
            }
            var wordCount = 0
            if j >= 1, t[j].isPunct(",") {
                // "pressures, combined with higher costs, will": the words before the aside
                var k = j - 1
                while k >= 0, j - k < 16, !t[k].isPunct(",") { k -= 1 }
                if k >= 0, t[k].isPunct(","), j - k < 16, k >= 1, t[k - 1].isWord { j = k - 1 }
            }
            // the words found going leftwards, first..<end (adverbs before the verb left out)
            var end = j + 1
            var first = end
            while j >= 0, t[j].start >= lower, wordCount < maxSubjectWords {
                let tok = t[j]
                if tok.kind == .punctuation && !(tok.isPunct("'") || tok.isPunct("\u{2019}") || tok.isPunct("-")) { break }
                if tok.has(.subjectStop) { break }
                if tok.has(.subjectPreposition) && !tok.isCapitalized {
                    // go on through "of" inside a name: "Bank of England"
                    let joinsName = tok.key == PackedWord.of && j > 0 && t[j - 1].isCapitalized
                        && j + 1 < t.count && t[j + 1].isCapitalized
                    if !joinsName { break }
                }
                if VerbGroups.isAdverb(tok) && first == end { j -= 1; end = j + 1; first = end; continue }
                first = j
                if tok.isWord { wordCount += 1 }
                j -= 1
            }
            while first < end, t[first].kind == .punctuation { first += 1 }
            return first == end ? nil : .tokens(first..<end)
        }

        /// The actors named right after the verb, or its next few words up to a preposition.
        /// - Parameter from: the first mention that starts at or after the verb group
        ///   (`subject`'s `before`): no mention before it starts after the verb, so the
        ///   object's are looked for from there on.
        private mutating func object(_ s: SentenceContext, _ g: VerbGroup, upper: Int, mentionsFrom from: Int) -> Phrase? {
            let t = s.t, mentions = s.mentions
            var wordCount = 0
            var j = g.end
            while j < t.count, t[j].end <= upper, wordCount < maxObjectWords {
                let tok = t[j]
                // punctuation but an apostrophe or a hyphen, or a word of `WordClass.objectStop`
                if tok.flags.contains(.endsObject) { break }
                wordCount &+= tok.isWord ? 1 : 0
                j += 1
            }
            var wordsEnd = j // the object's words: g.end..<wordsEnd
            // names inside the object stand for it: "UK Foreign Secretary David Lammy and …" → "Lammy and Healey"
            let objectStart = g.end < t.count ? t[g.end].start : upper
            var objectEnd = wordsEnd > g.end ? t[wordsEnd - 1].end : objectStart
            names.removeAll()
            var k = j
            var mi = EventSummary.firstMention(from: from, at: objectStart, mentions)
            while mi < mentions.count, mentions[mi].span.start < upper {
                let m = mentions[mi]
                mi += 1
                if isAttributive(m, after: tokenIndex(at: m.span.end, t), t) { continue } // "UK Foreign Secretary", "Canada's new Prime Minister"
                if m.span.start > objectEnd {
                    // a list of names runs on past the word limit, through titles, names and "and"
                    var ok = true
                    while k < t.count, t[k].end <= m.span.start {
                        if !(t[k].isCapitalized || t[k].key == PackedWord.and) { ok = false; break }
                        k += 1
                    }
                    if !ok { break }
                }
                addName(mi - 1, s)
                objectEnd = max(objectEnd, m.span.end)
            }
            if !names.isEmpty { return .names }
            while wordsEnd > g.end, t[wordsEnd - 1].kind == .punctuation || t[wordsEnd - 1].has(.dangler) {
                wordsEnd -= 1
            }
            let words = g.end..<wordsEnd
            // "held talks in Washington with US Vice President JD Vance" → "held talks with Vance"
            let with = kWith
            var w = j
            // most sentences have no "with": no search then
            while s.hasWith, w < t.count, w - j < 12, t[w].end <= upper, t[w].key != with {
                if t[w].kind == .punctuation && !t[w].isPunct("-") { break }
                w += 1
            }
            if w < t.count, t[w].key == with {
                var mi = partitionPoint(mentions.count) { mentions[$0].span.start >= t[w].end }
                var k = w + 1
                while mi < mentions.count, mentions[mi].span.start < upper {
                    let m = mentions[mi]
                    mi += 1
                    // the token after the name, found once for the test and the next name's start
                    let next = tokenIndex(at: m.span.end, t)
                    if isAttributive(m, after: next, t) { continue }
                    // only titles, names and "and" between "with" and the name
                    while k < t.count, t[k].end <= m.span.start {
                        if !(t[k].isCapitalized || t[k].key == PackedWord.and || t[k].time == .the) { break }
                        k += 1
                    }
                    if k < t.count, t[k].end <= m.span.start { break }
                    addName(mi - 1, s)
                    k = next
                }
            }
            if !names.isEmpty { return .tokensWith(words) }
            return words.isEmpty ? nil : .tokens(words)
        }
    }

    /// The first mention from `k` on that starts at or after `offset`. A scan, not a binary
    /// search over the sentence's mentions: an event's few are read from where the previous
    /// part of the sentence left off, so each mention is passed over a bounded number of times.
    @inline(__always)
    static func firstMention(from k: Int, at offset: Int, _ mentions: UnsafeBufferPointer<ActorMention>) -> Int {
        var k = k
        while k < mentions.count, mentions[k].span.start < offset { k += 1 }
        return k
    }

    /// The token that starts at or after an offset.
    static func tokenIndex(at offset: Int, _ t: UnsafeBufferPointer<TimeToken>) -> Int {
        partitionPoint(t.count) { t[$0].start >= offset }
    }

    /// The same, looked for going back from token `k`, which starts at or after the offset: a
    /// few steps back first, as a subject's name mostly stands right before its verb, then a
    /// search below them.
    @inline(__always)
    static func tokenIndex(at offset: Int, before k: Int, _ t: UnsafeBufferPointer<TimeToken>) -> Int {
        var k = k
        for _ in 0..<4 {
            guard k > 0, t[k - 1].start >= offset else { return k }
            k -= 1
        }
        return partitionPoint(k) { t[$0].start >= offset }
    }

    /// A name used as a modifier: "UK government", "UK Foreign Secretary", "Canada's new".
    /// - Parameter k: the token after the name (`tokenIndex(at: m.span.end, …)`).
    static func isAttributive(_ m: ActorMention, after k: Int, _ t: UnsafeBufferPointer<TimeToken>) -> Bool {
        guard k < t.count, t[k].start <= m.span.end + 1 else { return false }
        let next = t[k]
        if next.kind == .punctuation {
            return (next.isPunct("'") || next.isPunct("\u{2019}")) && k + 1 < t.count && t[k + 1].key == kS
        }
        guard next.isWord else { return false }
        if next.isCapitalized { return true }
        if next.verb != nil || next.flags.contains(.endsED) || VerbGroups.isAdverb(next) { return false }
        if next.has(.objectStop) || next.has(.subjectStop) || next.key == PackedWord.and { return false }
        return true
    }

    /// Only adverbs, commas and brackets stand between a name and its verb group.
    /// - Parameter next: the token after the name (`tokenIndex(at: m.span.end, …)`).
    static func adjacent(after next: Int, _ g: VerbGroup, _ t: UnsafeBufferPointer<TimeToken>) -> Bool {
        var k = next
        while k < g.start {
            let tok = t[k]
            if !(VerbGroups.isAdverb(tok) || tok.isPunct(",") || tok.isPunct(")")) { return false }
            k += 1
        }
        return true
    }

    /// True when only spaces, commas or the word "and" lie between two offsets.
    static func onlyAnd(_ text: PackedScalars, _ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        var letters: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var count = 0
        for k in a..<b where !text[k].isSpace && text[k] != "," {
            count += 1
            if count > 3 { return false }
            let c = TimeTokens.lower(text[k])
            switch count {
            case 1: letters.0 = c
            case 2: letters.1 = c
            default: letters.2 = c
            }
        }
        return count == 0 || count == 3 && letters == (97, 110, 100)
    }

    static let kWith: UInt64 = 0xBA688
}
