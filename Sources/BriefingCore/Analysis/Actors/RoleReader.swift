/// Reads the titles and roles around a name: pre-modifying titles inside a run of
/// capitals ("UK Foreign Secretary David Lammy"), lowercase roles before a name ("Boeing
/// spokesman William Barksdale"), appositives on either side ("the EU's foreign affairs
/// chief, Kaja Kallas," / "Todd Tiahrt, a Kansas representative,").
enum RoleReader {
    enum WordClass: Sendable { case honorific, head, modifier, other }

    /// The class of the word with this key: honorifics, then title heads, then modifiers (a
    /// word in several lists takes the first), as `WordLists.table` holds it. A table of its
    /// own cost its making at each start for the resolver's one question a name.
    static func wordClass(_ key: String) -> WordClass { WordLists(rawValue: WordLists.table[key] ?? 0).wordClass }

    /// Capitalised title heads that may stand right before a name.
    static let titleHeads: WordSet = ActorLexicon.titleHeads.subtracting([
        "host", "author", "producer", "principal", "dean", "partner", "owner", "boss", "head",
        "coach", "manager", "editor", "correspondent", "researcher", "scientist", "physicist",
        "designer", "engineer", "pilot", "counsel", "curator", "presenter", "economist",
        "analyst", "co-founder",
    ]).union(["ceo", "cfo", "coo", "cto"])

    /// A run split around its title: prefix ("UK"), title words ("Foreign Secretary"), name ("David Lammy").
    struct Split {
        var prefix: NameWords
        var title: NameWords
        var name: NameWords
    }

    /// Words that with a modifier after them make a title head: "Chief Executive".
    static let headsOfModifiers: WordSet = ["chief", "executive", "head"]

    /// Nil when the run holds no title.
    static func split(_ w: SentenceWords, _ words: NameWords) -> Split? {
        // Positions below count from 0: `o` turns one into an index of `words`.
        let o = words.startIndex
        // Most runs hold no title: classes are looked up through the packed keys, and the
        // arrays below are made only for a run that has one.
        func classOf(_ i: Int) -> WordClass { w.wordClass(words[o + i]) }
        // The last honorific or head, with only non-title words after it, or title words only.
        var h = -1
        for i in 0..<words.count {
            let c = classOf(i)
            if c == .honorific || c == .head { h = i }
        }
        // "Chief Executive" / "Chief of the Defence Staff": a head made of modifiers.
        if h < 0 {
            if let i = words.firstIndex(where: { w.key($0, isIn: .headsOfModifiers) }).map({ $0 - o }),
               i + 1 < words.count, classOf(i + 1) == .modifier || classOf(i + 1) == .head {
                h = i
            } else {
                return nil
            }
        }
        let keys = words.map { w.key($0) }
        let classes = (0..<words.count).map(classOf)
        // Title words right after the head belong to it ("Chief of the Defence Staff").
        var end = h + 1
        while end < classes.count, classes[end] == .modifier || classes[end] == .head,
              !Gazetteer.shared.givenNames.contains(keys[end]) {
            end += 1
        }
        // "Department of Justice": a head joined by "of" at the end names an institution.
        if end == words.count, h > 0, h == words.count - 1,
           let lower = w.lowerKey(words[o + h] - 1), lower == "of" || lower == "the" {
            return nil
        }
        var begin = h
        while begin > 0, classes[begin - 1] != .other { begin -= 1 }
        let name = words[(o + end)...]
        // "Martin Luther King Day": what follows the title is no name.
        if !name.isEmpty, name.allSatisfy({ w.isCommonWord($0) && !w.isGivenName($0) }), name.count == 1, w.key(name.first!, isIn: .calendarWords) || w.key(name.first!, is: "day") {
            return nil
        }
        // "General Motors", "Royal Bank": the title word is part of an organisation's name.
        if let lastName = name.last, w.key(lastName, isIn: .orgSuffixes) { return nil }
        if name.count == 1, ActorLexicon.orgSuffixes.contains(keys[end]) { return nil }
        // "Martin Luther King": a surname that is also a title.
        if name.isEmpty, begin > 0, begin == h, Gazetteer.shared.givenNames.contains(keys[0]) { return nil }
        return Split(prefix: words[..<(o + begin)], title: words[(o + begin)..<(o + end)], name: name)
    }

    /// The role a title gives, honorifics left out: "UK Prime Minister Sir" → "UK Prime Minister".
    static func roleText(_ w: SentenceWords, prefix: NameWords, title: NameWords) -> [String] {
        var roles: [String] = []
        var kept = Array(title)
        var honorifics: [String] = []
        while let last = kept.last, w.key(last, isIn: .honorifics) {
            if w.key(last, isIn: .keptHonorifics) { honorifics.insert(w.text(last), at: 0) }
            kept.removeLast()
        }
        while let first = kept.first, w.key(first, isIn: .honorifics) {
            kept.removeFirst()
        }
        if let a = prefix.first ?? kept.first, let b = kept.last {
            roles.append(spanText(w, w.tokens[a].start, w.tokens[b].end))
        }
        roles.append(contentsOf: honorifics)
        return roles
    }

    /// Where the role stands in the text, honorifics left out.
    static func roleSpan(_ w: SentenceWords, prefix: NameWords, title: NameWords) -> TextSpan? {
        var kept = Array(title)
        while let last = kept.last, w.key(last, isIn: .honorifics) { kept.removeLast() }
        while let first = kept.first, w.key(first, isIn: .honorifics) { kept.removeFirst() }
        guard let a = prefix.first ?? kept.first, let b = kept.last else { return nil }
        return TextSpan(w.tokens[a].start, w.tokens[b].end)
    }

    /// Text with runs of white space (line breaks too) made one space.
    static func spanText(_ w: SentenceWords, _ start: Int, _ end: Int) -> String {
        var ascii = true
        // From the units through a pointer: a unit below 128 is the ASCII scalar of that value.
        let fast = w.scalars.units.withUnsafeBufferPointer { units in
            String(unsafeUninitializedCapacity: end - start) { buffer in
                var n = 0
                var space = false
                for k in start..<end {
                    let v = units[k]
                    if v >= 128 { ascii = false; return 0 }
                    if v == 32 || (v >= 9 && v <= 13) { space = true; continue }
                    if space { buffer[n] = 32; n += 1; space = false }
                    buffer[n] = UInt8(v)
                    n += 1
                }
                return n
            }
        }
        return ascii ? fast : spanTextNonASCII(w, start, end)
    }

    /// `spanText` of a span with a scalar ≥ 128: out of line, so the ASCII case does not
    /// look up `Unicode.Scalar.Properties`' metadata at every call.
    @inline(never) private static func spanTextNonASCII(_ w: SentenceWords, _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        var space = false
        for k in start..<end {
            let s = w.scalars[k]
            if s.isSpace { space = true; continue }
            if space { view.append(" "); space = false }
            view.append(s)
        }
        return String(view)
    }

    /// A role read backwards from the token before a name: lowercase role words, then
    /// perhaps a possessive and the name that owns the role.
    struct Lookback {
        /// Where the role words stand (`spanText` makes the role): a span, not a string, so
        /// the lookback, asked before every name and most often empty, holds no reference.
        var role: TextSpan?
        /// The role phrase with its owner and article ("The EU's foreign affairs chief").
        var roleSpan: TextSpan?
        /// Token index of the last token of a name right before the role (or possessive).
        var ownerEnd: Int?
        /// The name follows a comma after the role: an appositive.
        var appositive = false
        /// Token index of the last token of a name before "and" / ",": a coordination.
        var coordinatedEnd: Int?
    }

    static let lookbackWords: WordSet = ActorLexicon.lowercaseRoleNouns
        .union(ActorLexicon.titleModifiers).union(["of", "staff", "affairs", "chief", "top", "then"])

    static let articles: WordSet = ["the", "a", "an"]
    /// Words that make what follows a comma a clause, not an appositive.
    static let appositiveBreakers: WordSet = ["who", "which", "that", "said", "says", "and", "is", "was", "has"]
    /// Prepositions that end an appositive's role: ", a trader in its Paris office,".
    static let appositiveEnders: WordSet = ["in", "at", "with", "from", "since", "until", "on"]

    ///
    /// Inlined, the test that most names fail: out of line, each call from the reader took
    /// a copy of the words (`w`) to pass them, and set up the frame the rest needs.
    @inline(__always) static func lookback(_ w: SentenceWords, before first: Int) -> Lookback {
        let k = first - 1
        // Most names open the sentence or follow a lowercase word that is no role word, no
        // "and" and no possessive "s": nothing below would find anything.
        if k < 0 || (w.isLowercase(k) && !w.key(k, isIn: .lookbackWords) && !w.key(k, is: "and") && !w.key(k, is: "s")) {
            return Lookback()
        }
        return lookback(w, from: k)
    }

    /// `lookback`, for a name after the word `k`, which the test above let through.
    private static func lookback(_ w: SentenceWords, from start: Int) -> Lookback {
        var result = Lookback()
        var k = start
        if w.punct(k) == "," { result.appositive = true; k -= 1 }
        if !result.appositive, w.lowerKey(k, is: "and") {
            result.coordinatedEnd = k - 1
            return result
        }
        // Lowercase role words.
        let roleEnd = k
        var roleStart = k + 1
        var count = 0
        while count < 5, w.lowerKey(k, isIn: .lookbackWords) {
            roleStart = k
            k -= 1
            count += 1
        }
        if roleStart <= roleEnd {
            // The word next to the name must be a role noun, and "of" may not open the role.
            while roleStart <= roleEnd, w.lowerKey(roleStart, is: "of") { roleStart += 1 }
            if w.lowerKey(roleEnd, isIn: .lowercaseRoleNouns),
               roleStart <= roleEnd {
                result.role = TextSpan(w.tokens[roleStart].start, w.tokens[roleEnd].end)
            } else if result.appositive {
                return Lookback()
            }
        } else if result.appositive {
            return Lookback()
        }
        // A possessive owner: "Canada's new Prime Minister", "the EU's foreign affairs chief".
        if w.isWord(k), w.key(k, is: "s"), let p = w.punct(k - 1), p.isApostrophe {
            k -= 2
        } else if let p = w.punct(k), p.isApostrophe {
            k -= 1
        }
        if w.isCapitalised(k) { result.ownerEnd = k }
        if result.role != nil, result.appositive {
            // The appositive phrase itself: back over its owner and article.
            var s = k
            if result.ownerEnd != nil {
                while w.isCapitalised(s - 1) { s -= 1 }
                if w.lowerKey(s - 1, isIn: .articles) { s -= 1 }
            } else {
                s = roleStart
                if w.lowerKey(s - 1, isIn: .articles) { s -= 1 }
            }
            // "The" opening the sentence.
            if s - 1 >= 0, w.isWord(s - 1), w.key(s - 1, is: "the") { s -= 1 }
            if s >= 0 { result.roleSpan = TextSpan(w.tokens[s].start, w.tokens[roleEnd].end) }
        }
        return result
    }

    /// ", a Kansas representative," / ", EADS's North America CEO": the role after a name.
    struct Appositive {
        var role: String
        /// Token index of the first capitalised word inside the role, if any.
        var ownerStart: Int?
        var isCompany: Bool
    }

    ///
    /// Inlined, the comma most names lack: out of line, each call from the reader took a copy
    /// of the words (`w`) to pass them.
    @inline(__always) static func appositive(_ w: SentenceWords, after last: Int) -> Appositive? {
        guard w.punct(last + 1) == "," else { return nil }
        return appositive(w, afterComma: last + 1)
    }

    /// `appositive`, for a name followed by the comma at `comma`.
    private static func appositive(_ w: SentenceWords, afterComma comma: Int) -> Appositive? {
        var k = comma + 1
        if w.lowerKey(k, isIn: .articles) { k += 1 }
        let start = k
        var ownerStart: Int?
        var end = -1
        var steps = 0
        while k < w.count, steps < 8 {
            if let p = w.punct(k) {
                if p == "," || p == "." || p == ";" || p == ")" { break }
                if p.isApostrophe { k += 1; steps += 1; continue }
                return nil
            }
            if w.isCapitalised(k) && ownerStart == nil { ownerStart = k }
            if w.lowerKey(k, isIn: .appositiveBreakers) {
                return nil
            }
            // ", a trader in its Paris office,": the role ends before a place or time phrase.
            if w.lowerKey(k, isIn: .appositiveEnders), end >= start {
                while k < w.count, w.punct(k) != ",", w.punct(k) != "." { k += 1; steps += 1 }
                break
            }
            end = k
            k += 1
            steps += 1
        }
        guard end >= start, k < w.count || k == w.count else { return nil }
        let hasRoleNoun = (start...end).contains { k in
            w.lowerKey(k, isIn: .lowercaseRoleNouns)
        }
        // The head word asked about through its packed key: no string is made for it.
        guard w.isLowercase(end) else {
            // ", EADS's North America CEO", ", minister of transport of Indonesia,".
            if w.key(end, isIn: .titleHeads) || hasRoleNoun {
                return Appositive(role: spanText(w, w.tokens[start].start, w.tokens[end].end),
                                  ownerStart: ownerStart, isCompany: false)
            }
            return nil
        }
        let companyCue = w.key(end, isIn: .companyCues)
        if w.key(end, isIn: .lowercaseRoleNouns) || (hasRoleNoun && !companyCue) {
            return Appositive(role: spanText(w, w.tokens[start].start, w.tokens[end].end),
                              ownerStart: ownerStart, isCompany: false)
        }
        if companyCue {
            return Appositive(role: "", ownerStart: nil, isCompany: true)
        }
        return nil
    }
}
