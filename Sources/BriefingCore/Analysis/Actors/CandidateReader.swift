/// Reads the candidates of a document's sentences, one after another, each in the arrays
/// the one before it used.
struct CandidateReader {
    private(set) var w: SentenceWords
    let evidence: DocumentEvidence
    /// The document's candidates, each sentence's appended; indexes are the document's.
    var candidates: [ActorCandidate] = []
    /// Candidate index by the token index of its last / first token, run index by its first.
    var tables = TokenTables()
    /// Appositives whose owner comes later in the sentence: (candidate, owner start token).
    var pendingOwners: [(Int, Int)] = []
    /// The sentence's runs and their words, one run's after another (`NameRun.words`), in
    /// `nameRuns`' memory.
    private(set) var runs = UnsafeBufferPointer<NameRun>(start: nil, count: 0)
    private(set) var runWords = UnsafeBufferPointer<Int>(start: nil, count: 0)
    private let nameRuns = NameRuns()
    /// Keys that name products or common-noun phrases somewhere in the document; the
    /// resolver drops them everywhere.
    var rejectedKeys: Set<String> = []
    /// The names with a product cue somewhere (`ProductEvidence`), each once.
    var productNames: [NameFacts] = []
    /// Token indexes where a run of capitalised common words began and ended: a few a
    /// sentence (a run listed twice rejects the same keys twice). One array of both: emptying
    /// an array at each sentence that filled it cost a call.
    var commonRuns: [(start: Int, end: Int)] = []
    /// The facts of the names read so far, by their words as written.
    var memo: NameFactsMemo
    /// A candidate of the sentence stands right before "(": `linkAcronyms` has something to look at.
    var nameBeforeBracket = false
    /// The facts of the words that opened runs, by number (`openerFacts`).
    let openers = OpenerFactsMemo()

    // Word lists the rules below ask about, made once.
    static let holidayEnds: WordSet = ["day", "eve"]
    static let indexEnds: WordSet = ["index", "average", "composite"]
    static let indexWordsAfter: WordSet = ["index", "indexes", "indices", "average", "futures"]
    static let placeNounsAfter: WordSet = [
        "airport", "city", "province", "state", "county", "river", "island",
        "region", "district", "suburb", "village", "town", "harbour", "harbor",
    ]

    /// `evidence`: the document's, added through `tokens`, whose word numbers it keeps facts by.
    init(_ scalars: PackedScalars, evidence: DocumentEvidence, tokens: TokenStore = TokenStore()) {
        w = SentenceWords(scalars, tokens: tokens, forms: evidence.forms, tallies: evidence.numbered)
        self.evidence = evidence
        memo = NameFactsMemo(capitalisedWords: evidence.capitalisedWords)
    }

    /// Appends the sentence's candidates to `candidates`, reading it with the reader's own
    /// words (`w`), which then hold it. `loneOpener`: the sentence's
    /// `DocumentEvidence.loneOpeners` entry.
    mutating func read(_ sentence: Sentence, loneOpener: Int = 0) {
        var words = w
        read(sentence, loneOpener: loneOpener, words: &words)
        w = words
    }

    /// The same, reading the sentence into `w`, words the caller holds (a copy of the
    /// reader's `w`, made once) and handed down to every rule below (`in w:`). Read from the
    /// reader's own, each out-of-line call of a mutating rule took a copy of them (90 bytes),
    /// some 25 a sentence, and a copy made here for the rules retained each object they hold.
    mutating func read(_ sentence: Sentence, loneOpener: Int = 0, words w: inout SentenceWords) {
        if loneOpener == DocumentEvidence.noCapitals { return }
        var capitalsByShape = loneOpener == DocumentEvidence.capitalsNumbered
        // A sentence whose one capitalised word opens it, and is dropped there, gives
        // nothing: a quarter of the sentences of news, read no further than that word.
        if loneOpener > 0 && !capitalsByShape {
            w.load(sentence, firstWordLength: loneOpener)
            if opensNothing(in: w) { return }
            // Its one capitalised word has a shape if it has a number.
            capitalsByShape = w.number(0) != 0
        }
        w.load(sentence, capitalsByShape: capitalsByShape)
        NameRunFinder.runs(w, into: nameRuns)
        runs = nameRuns.runs
        runWords = nameRuns.words
        // No run, no candidate: nothing below would find anything.
        guard !runs.isEmpty else { return }
        if !pendingOwners.isEmpty { pendingOwners.removeAll(keepingCapacity: true) }
        if !commonRuns.isEmpty { commonRuns.removeAll(keepingCapacity: true) }
        nameBeforeBracket = false
        tables.reset(count: w.count)
        for (i, run) in runs.enumerated() { tables[.runStartingAt, run.first] = i }
        for run in runs { readRun(run, in: w) }
        for (index, start) in pendingOwners {
            if let owner = tables[.startingAt, start] { candidates[index].affiliation = candidates[owner].fixedKey }
        }
        if nameBeforeBracket { linkAcronyms(in: w) }
        if !commonRuns.isEmpty { rejectAcronymsOfCommonPhrases(in: w) }
    }

    /// "Worldwide Developers Conference (WWDC)", "XWB (Extra Wide Body)": the acronym of a
    /// phrase that is no name is none either.
    mutating func rejectAcronymsOfCommonPhrases(in w: SentenceWords) {
        for (_, end) in commonRuns where w.punct(end + 1) == "(" && w.isAcronym(end + 2) && w.punct(end + 3) == ")" {
            rejectedKeys.insert(w.key(end + 2))
        }
        for (start, _) in commonRuns where w.punct(start - 1) == "(" && w.isAcronym(start - 2) {
            rejectedKeys.insert(w.key(start - 2))
        }
    }

    // MARK: runs

    /// Reads one run of the sentence, `w` the sentence's words (each rule below takes them
    /// from `read`, which reads them once).
    mutating func readRun(_ run: NameRun, in w: SentenceWords) {
        var words = runWords[run.words]
        while let first = words.first, mayBeThe(first, in: w), w.key(first, is: "the") { words.removeFirst() }
        guard let first = words.first else { return }
        // The facts of `words` when they are several, looked up once and handed down; again
        // only when they change. One word is asked about by its token until its facts are
        // needed: many are sentence-initial words dropped below.
        var several = words.count == 1 ? nil : facts(words, in: w)
        var weak = false
        // A name any reader knows is kept as it stands.
        let opener = w.isInitialPosition(first) ? openerFacts(first, in: w) : nil
        if let opener, (several != nil ? several!.fixedIndex : opener.fixedIndex) == nil {
            // The first word asked about by its opener facts and packed key: its key is made for none of it.
            let last = words[words.endIndex - 1]
            let suffixed = words.count >= 2 && (w.key(last, isIn: .orgSuffixes)
                || w.key(last, isIn: .placeSuffixes))
            if isCommonOpener(first, opener, suffixed: suffixed, in: w)
                || (words.count == 1 && w.key(first, isIn: .calendarWords)) {
                words.removeFirst()
                guard !words.isEmpty else { return }
                several = words.count == 1 ? nil : facts(words, in: w)
            } else if words.count == 1, w.isOnlyWord(first), !opener.repeated, !opener.midSentence, !w.isAcronym(first) {
                // A sentence of one word met nowhere else ("Dadvlw.") is a fragment, not a
                // clause naming someone: no evidence it is a name, so no candidate (a text of
                // a million such lines would otherwise hold a million one-mention actors).
                return
            } else if words.count == 1, !opener.midSentence, !opener.repeated, !w.isAcronym(first),
                      w.isCommonWord(first) || opener.seenLowercase {
                // A word English uses anyway ("Will", "Mark"), capitalised only here: kept
                // only if it joins a name found elsewhere. Unknown words ("Microsoft") stay.
                weak = true
            }
        }
        // From here on the words are asked about through their facts, one word too. Moved
        // out of `several`, not copied: a copy retained them for every run read this far.
        var named = several.take() ?? facts(words, in: w)
        if isProduct(&words, &named, run, in: w) {
            if productBefore(run, in: w) { rejectedKeys.insert(named.key) }
            return
        }
        if modifiesProduct(run.last, in: w) {
            countModifier(named)
            return
        }
        if let split = named.split(w, words) {
            readTitled(run, split, named, in: w)
        } else if let index = readPlain(words, facts: named, in: w) {
            if weak { candidates[index].weak = true }
            contextVotes(index, first: run.first, last: run.last, facts: named, in: w)
        }
    }

    // The tests below are inlined: called from the mutating readers, a call took a copy of
    // the reader (a memcpy of its 300 bytes) to pass it.

    /// The `OpenerFacts` of word `i`, kept by its number; worked out each time for a word without one.
    @inline(__always) func openerFacts(_ i: Int, in w: SentenceWords) -> OpenerFacts {
        let number = w.number(i)
        if number != 0, let known = openers.facts(number) { return known }
        let facts = workOutOpenerFacts(i, in: w)
        if number != 0 { openers.keep(facts, number) }
        return facts
    }

    /// `openerFacts`, worked out: the word asked about by its hash and packed key. Inlined
    /// too, though few words need it: out of line, its callers copied the reader for it
    /// whether they called it or not.
    @inline(__always) func workOutOpenerFacts(_ i: Int, in w: SentenceWords) -> OpenerFacts {
        let h0 = w.keyHash(i)
        let seenLowercase = evidence.seenLowercase(hash: h0)
        return OpenerFacts(fixedIndex: w.fixedIndex(i), midSentence: evidence.capitalisedMidSentence(hash: h0),
                           seenLowercase: seenLowercase, repeated: evidence.initialCount(hash: h0) >= 2 && !seenLowercase)
    }

    /// Whether word `first`, opening a run in initial position, is a common word capitalised
    /// there only, which the run drops; `opener` its facts; `suffixed`: the run ends in an
    /// organisation's or a place's suffix.
    @inline(__always) func isCommonOpener(_ first: Int, _ opener: OpenerFacts, suffixed: Bool, in w: SentenceWords) -> Bool {
        w.wordClass(first) == .other && (
            (w.key(first, isIn: .commonCapitalised) && !w.isAcronym(first)
                && (!suffixed || w.key(first, isIn: .functionWords)))
            || (!suffixed && (opener.seenLowercase || w.isCommonWord(first))
                && !opener.midSentence && !opener.repeated
                && opener.fixedIndex == nil && !w.isGivenName(first)))
    }

    /// Whether the sentence `w` holds the first word of, its one capitalised word, gives no
    /// candidate: that word would make a run of its own, which `readRun` drops ("The",
    /// "However", "Monday"), or none.
    /// Answered once per word form, in its `WordFacts` entry: the answer depends on nothing
    /// but the word and the document's evidence, and a few words open most such sentences.
    @inline(__always) func opensNothing(in w: SentenceWords) -> Bool {
        let form = w.formEntry(0)
        if let form, form.pointee.facts & WordFacts.openerKnown != 0 {
            return form.pointee.facts & WordFacts.openerDrops != 0
        }
        let drops = wordOpensNothing(in: w)
        form?.pointee.facts |= WordFacts.openerKnown | (drops ? WordFacts.openerDrops : 0)
        return drops
    }

    /// `opensNothing`, worked out.
    @inline(__always) func wordOpensNothing(in w: SentenceWords) -> Bool {
        if mayBeThe(0, in: w), w.key(0, is: "the") { return true }
        let opener = workOutOpenerFacts(0, in: w)
        guard opener.fixedIndex == nil else { return false }
        return isCommonOpener(0, opener, suffixed: false, in: w) || w.key(0, isIn: .calendarWords)
    }

    /// Names of things rather than actors: "Airbus A380", "Boeing 787 Dreamliner", "iPod Nano",
    /// "US$40", "GHz". "Air France Flight 447" keeps "Air France", and `facts` (those of
    /// `words`) are looked up again.
    mutating func isProduct(_ words: inout NameWords, _ facts: inout NameFacts, _ run: NameRun, in w: SentenceWords) -> Bool {
        let after = run.last + 1
        let last = words[words.endIndex - 1]
        if let p = w.punct(after), p == "$" || p == "£" || p == "€" || p == "¥",
           w.tokens[after].start == w.tokens[run.last].end, facts.lastIsAcronym {
            return true
        }
        if facts.isNotActor { return true }
        // Holidays: "Martin Luther King Day", "New Year's Eve". Financial entities are no
        // actors: "Dow Jones Industrial Average", "Nasdaq Composite Index".
        if facts.endsHolidayOrIndex { return true }
        if w.lowerKey(after, isIn: .indexWordsAfter) {
            return true
        }
        // A model number right after the name.
        if after < w.count, w.tokens[after].start > w.tokens[run.last].end,
           w.tokens[after].kind == .number || (w.isWord(after) && w.hasDigit(after)) {
            if words.count >= 2, w.key(last, isIn: .numberedThings) {
                words.removeLast()
                facts = self.facts(words, in: w)
                return false
            }
            // "Boeing in 2008", "Apple 2007 results": a year is no model number.
            let t = w.tokens[after]
            let isYear = t.kind == .number && t.span.length == 4
                && (w.scalars[t.start] == "1" || w.scalars[t.start] == "2")
            if !isYear && w.punct(after + 1) != "%" { return true }
        }
        return productBefore(run, in: w)
    }

    /// A model number or a product line right before the name: "787 Dreamliner", "iPod Nano".
    /// Inlined, as the tests above are.
    @inline(__always) func productBefore(_ run: NameRun, in w: SentenceWords) -> Bool {
        var before = run.first - 1
        // 787 "Dreamliner": an opening quote between the number and the name.
        if let p = w.punct(before), p == "\"" || p == "\u{201C}", w.tokens[before].end == w.tokens[run.first].start {
            before -= 1
        }
        if before >= 0, w.tokens[before].end < w.tokens[before + 1].start {
            let t = w.tokens[before]
            if t.kind == .number, t.span.length >= 3, !(t.span.length == 4 && (w.scalars[t.start] == "1" || w.scalars[t.start] == "2")) {
                return true
            }
            if w.hasCapitalInside(before) { return true }
        }
        return false
    }

    /// A run with a title, `runFacts` the facts of its words (which keep the role the title gives).
    mutating func readTitled(_ run: NameRun, _ split: RoleReader.Split, _ runFacts: NameFacts, in w: SentenceWords) {
        var affiliation: String?
        var placePrefix = false
        if !split.prefix.isEmpty {
            let prefix = facts(split.prefix, in: w)
            if let country = prefix.demonym {
                affiliation = country.isEmpty ? nil : NameKey.make(country)
            } else if let index = readPlain(split.prefix, facts: prefix, in: w) {
                if candidates[index].fixedKind == nil { candidates[index].vote(.organization, 1) }
                placePrefix = candidates[index].fixedKind == .place
                affiliation = candidates[index].fixedKey
            }
        }
        guard !split.name.isEmpty else { return }
        let name = facts(split.name, in: w)
        guard let index = addCandidate(split.name, facts: name, in: w) else { return }
        candidates[index].person += 4
        if runFacts.titleRoles == nil { runFacts.titleRoles = RoleReader.roleText(w, prefix: split.prefix, title: split.title) }
        candidates[index].roles = runFacts.titleRoles!
        if placePrefix {
            candidates[index].roleSpan = RoleReader.roleSpan(w, prefix: split.prefix, title: split.title)
        }
        if affiliation == nil {
            let back = RoleReader.lookback(w, before: split.prefix.first ?? split.title.first ?? run.first)
            if let owner = back.ownerEnd, let o = tables[.endingAt, owner] {
                affiliation = candidates[o].fixedKey
            } else if let c = back.coordinatedEnd, let o = tables[.endingAt, c], candidates[o].hasTitle {
                affiliation = candidates[o].affiliation
            }
        }
        candidates[index].affiliation = affiliation
    }

    /// A run (or part of one) without a title, `input` the facts of its words. Returns the
    /// candidate's index, or nil when the words are no actor (a demonym, a month, a bare title).
    /// What the words say is read once per name (`NameFacts.plain`); only where they stand is new.
    mutating func readPlain(_ words: NameWords, facts input: NameFacts, in w: SentenceWords) -> Int? {
        if !input.plain.isRead { input.plain = plainReading(words, input, in: w) }
        // The reading's fields read where the facts hold them, one at a time: a copy of the
        // reading retained each reference it holds. The shortened facts are only tested here
        // and taken out where they name the candidate (few names): taken out at the top and
        // handed on as `shortened ?? input`, both were retained and released for every name.
        let isShortened = input.plain.shortened != nil
        let named = isShortened ? words.dropFirst() : words
        if input.plain.isCommonPhrase {
            commonRuns.append((named[named.startIndex], named[named.endIndex - 1]))
        }
        guard input.plain.isActor else { return nil }
        if let country = input.plain.nestedCountry { _ = addCandidate(named.prefix(1), facts: country, in: w) }
        let added = isShortened ? addCandidate(named, facts: input.plain.shortened!, in: w)
            : addCandidate(named, facts: input, in: w)
        guard let index = added else { return nil }
        if let affiliation = input.plain.affiliation { candidates[index].affiliation = affiliation }
        let votes = input.plain.votes
        candidates[index].vote(.person, votes.person)
        candidates[index].vote(.organization, votes.organization)
        candidates[index].vote(.place, votes.place)
        return index
    }

    /// What `readPlain` makes of words it has not read before.
    mutating func plainReading(_ wordsIn: NameWords, _ input: NameFacts, in w: SentenceWords) -> PlainReading {
        var reading = PlainReading(isRead: true)
        var words = wordsIn
        var demonymCountry: String?
        let g = Gazetteer.shared
        let lastWord = words[words.endIndex - 1]
        let inputFixed = input.fixedIndex
        if inputFixed == nil, input.demonym != nil { return reading }
        if words.count >= 2, inputFixed == nil,
           let country = w.demonym(words[words.startIndex]),
           !w.key(lastWord, isIn: .orgSuffixes) {
            demonymCountry = country
            words.removeFirst()
            reading.shortened = facts(words, in: w)
        }
        let name = reading.shortened ?? input
        let isFixed = name.fixedIndex != nil
        let firstWord = words[words.startIndex]
        if words.count == 1, !isFixed {
            if w.demonym(firstWord) != nil || w.key(firstWord, isIn: .calendarWords)
                || w.key(firstWord, isIn: .notActors)
                || (w.key(firstWord, isIn: .commonCapitalised) && !w.isAcronym(firstWord))
                || (w.wordClass(firstWord) != .other && !w.isAcronym(firstWord)) {
                return reading
            }
        }
        if !isFixed && words.allSatisfy({ w.wordClass($0) != .other }) {
            return reading
        }
        // "Joint Strike Fighter", "Music Store": capitalised common words, no name.
        if !isFixed,
           !w.key(lastWord, isIn: .orgSuffixes) || words.count == 1,
           !w.key(lastWord, isIn: .placeSuffixes),
           words.allSatisfy({
               if w.key($0, isIn: .notActors) { return true }  // "World War II"
               // The list of common words, searched by string, asked last.
               return !w.isAcronym($0) && !w.isGivenName($0) && w.key($0, in: g.places) == nil
                   && w.isCommonWord($0)
           }) {
            reading.isCommonPhrase = true
            if words.count >= 2 { return reading }
        }
        // "US Air Force", "UK RAF": the country's abbreviation is a mention of its own inside the name.
        if words.count >= 2, !isFixed, w.isAcronym(firstWord), let p = w.key(firstWord, in: g.places), p.isCountry {
            reading.nestedCountry = facts(words.prefix(1), in: w)
            reading.affiliation = NameKey.make(p.name)
        }
        if let country = demonymCountry, !country.isEmpty {
            reading.affiliation = NameKey.make(country)
        }
        reading.isActor = true
        reading.votes = kindVotes(words, name, in: w)
        return reading
    }

    /// Whether word `i`'s key may be "the": a key starts with the word's first letter
    /// lowercased, and most words start with another, whose key need not be packed.
    func mayBeThe(_ i: Int, in w: SentenceWords) -> Bool {
        let unit = w.scalars.units[w.tokens[i].start]
        return unit | 0x20 == 0x74 || unit >= 128 || unit == 0x2E
    }

    /// The facts of the words, from the memo or made.
    /// The one-word fast path before `evidence` is read: passed to the memo on every call, the
    /// evidence (64 bytes) was copied even when the form's kept facts answered.
    mutating func facts(_ words: NameWords, in w: SentenceWords) -> NameFacts {
        let form = NameFactsMemo.oneWordForm(w, words)
        if let form, let known = w.oneWordName(form) { return known }
        return memo.facts(w, words, evidence: evidence, keptWith: form)
    }

    /// Adds a candidate spanning the words (a kept abbreviation dot included), `facts` theirs.
    mutating func addCandidate(_ words: NameWords, facts: NameFacts, in w: SentenceWords) -> Int? {
        guard let firstWord = words.first, let lastWord = words.last else { return nil }
        var end = w.tokens[lastWord].end
        var lastToken = lastWord
        if facts.keepsDot { end += 1; lastToken += 1 }
        let start = w.tokens[firstWord].start
        // Made in the array: a copy made first and appended cost a copy of each of its fields.
        candidates.append(ActorCandidate(span: TextSpan(start, end), sentence: w.sentence, facts: facts))
        // Not in the candidate's initialiser: a call there made the candidate first and copied it in.
        facts.noteCandidate()
        // After the last word stands the dot when it is kept, so only the token after the name can be "(".
        if w.punct(lastToken + 1) == "(" { nameBeforeBracket = true }
        let index = candidates.count - 1
        tables[.endingAt, lastWord] = index
        if lastToken != lastWord { tables[.endingAt, lastToken] = index }
        tables[.startingAt, firstWord] = index
        return index
    }

    // MARK: evidence

    /// Evidence from the words of the name itself, `name` their facts: asked about through
    /// the keys packed per token.
    func kindVotes(_ words: NameWords, _ name: NameFacts, in w: SentenceWords) -> KindVotes {
        var votes = KindVotes()
        guard let first = words.first, let last = words.last else { return votes }
        let orgSuffix = w.key(last, isIn: .orgSuffixes)
        let placeSuffix = w.key(last, isIn: .placeSuffixes)
        if orgSuffix { votes.vote(.organization, 2) }
        if words.dropLast().contains(where: { w.key($0, isIn: .strongOrgHeads) }) {
            votes.vote(.organization, 1.5)
        }
        if placeSuffix && words.count >= 2 { votes.vote(.place, 2.5) }
        let g = Gazetteer.shared
        if words.count >= 2, words.count <= 4, w.isGivenName(first), !orgSuffix, !placeSuffix,
           !w.isAcronym(first), !words.dropFirst().contains(where: { w.isAcronym($0) }) {
            votes.vote(.person, w.isCommonWord(first) ? 1 : 2)
        }
        // "London Heathrow": a place's name leading an unknown one.
        if words.count >= 2, name.fixedIndex == nil, w.key(first, in: g.places) != nil, !orgSuffix {
            votes.vote(.place, 1)
        }
        if name.isAcronym { votes.vote(.organization, 0.5) }
        return votes
    }

    /// Evidence from the words around the name, `facts` those of the run's words.
    mutating func contextVotes(_ index: Int, first: Int, last: Int, facts: NameFacts, in w: SentenceWords) {
        // The lists of the lowercase words either side, each looked up once for the tests below.
        let sides = w.sides(first: first, last: last)
        let before = sides.before, listsBefore = sides.listsBefore, possessive = sides.possessive
        let listsAfter = sides.listsAfter
        // "rival Airbus", "carrier Ryanair"; not "the company Boeing bought".
        if listsBefore.contains(.companyCues) && before == first - 1 {
            candidates[index].vote(.organization, 2)
        }
        if listsBefore.contains(.placePrepositions), possessive == 0 {
            candidates[index].vote(.place, 1)
        }
        // Roles before the name: "Boeing spokesman William Barksdale", "the EU's chief, Kaja Kallas,".
        let back = RoleReader.lookback(w, before: first)
        if let role = back.role, candidates[index].fixedKind == nil {
            candidates[index].vote(.person, 3)
            candidates[index].roles.append(RoleReader.spanText(w, role.start, role.end))
            if back.appositive { candidates[index].roleSpan = back.roleSpan }
            if let owner = back.ownerEnd, let o = tables[.endingAt, owner] {
                candidates[index].affiliation = candidates[o].fixedKey
                candidates[o].vote(.organization, 0.5)
            }
        }
        // "Ford's Alan Mulally": a person right after a possessive belongs to its owner.
        if back.role == nil, !back.appositive, let owner = back.ownerEnd, let o = tables[.endingAt, owner],
           w.possessiveLength(after: owner) > 0, candidates[index].person >= 2,
           candidates[index].affiliation == nil {
            candidates[index].affiliation = candidates[o].fixedKey
        }
        // After the name.
        if possessive == 0, listsAfter.contains(.placeNounsAfter) {
            candidates[index].vote(.place, 2)
        }
        // Whether the name has several words is read here, where few names get: read at the
        // top, the candidate's array of word keys was retained across the calls below.
        if listsAfter.contains(.companyAfterCues), !(candidates[index].hasSeveralWords && candidates[index].person > 2) {
            candidates[index].vote(.organization, possessive > 0 ? 1 : 2.5)
        }
        weighProduct(facts, last: last, before: before, listsBefore: listsBefore, possessive: possessive,
                     listsAfter: listsAfter, in: w)
        if possessive == 0, let app = RoleReader.appositive(w, after: last) {
            if app.isCompany {
                candidates[index].vote(.organization, 2)
            } else if candidates[index].fixedKind == nil && !candidates[index].isAcronym {
                candidates[index].vote(.person, 3)
                candidates[index].roles.append(app.role)
                if let owner = app.ownerStart { pendingOwners.append((index, owner)) }
            }
        }
        // "Toulouse, France": a place within a place.
        if possessive == 0, w.punct(last + 1) == ",", let r = tables[.runStartingAt, last + 2] {
            let next = runs[r]
            let k = NameKey.make(w.scalars, next.start, w.tokens[runWords[next.words.upperBound - 1]].end)
            if candidates[index].fixedKind != .place || !(Gazetteer.shared.places[candidates[index].key]?.isCountry ?? false),
               let p = Gazetteer.shared.places[k], p.isCountry || p.country == "United States" && p.name != "Washington D.C." {
                candidates[index].vote(.place, 2.5)
                if candidates[index].affiliation == nil { candidates[index].affiliation = NameKey.make(p.name) }
            }
        }
    }

    // MARK: acronyms

    /// "Organisation for Economic Co-operation and Development (OECD)": the acronym in
    /// brackets right after a name stands for it when its first letter matches.
    mutating func linkAcronyms(in w: SentenceWords) {
        for end in 0..<w.count {
            guard let index = tables[.endingAt, end], w.punct(end + 1) == "(", w.punct(end + 3) == ")", w.isAcronym(end + 2),
                  let acronym = tables[.startingAt, end + 2], acronym != index else { continue }
            let long = candidates[index]
            guard long.hasSeveralWords, let a = candidates[acronym].key.first,
                  let b = long.wordKeys.first?.first, a == b else { continue }
            candidates[acronym].expansion = index
        }
    }
}
