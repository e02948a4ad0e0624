/// Units a duration, a set or a relative date counts in.
enum TimeUnit: UInt8, Hashable, Sendable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century

    /// The TIMEX3 duration for `amount` of this unit ("P3Y", "PT48H", "P30D"); `nil` amount gives "X".
    func duration(_ amount: Double?) -> String {
        func num(_ factor: Double) -> String {
            let v = (amount ?? .nan) * factor
            // Unknown or absurd amounts ("10^30 years") are TIMEX3's "X", never a trap in Int(_:).
            guard v.isFinite, abs(v) < 1e15 else { return "X" }
            return v == v.rounded() ? String(Int(v)) : String(v)
        }
        switch self {
        case .second: return "PT\(num(1))S"
        case .minute: return "PT\(num(1))M"
        case .hour: return "PT\(num(1))H"
        case .day: return "P\(num(1))D"
        case .week: return "P\(num(1))W"
        case .weekend: return "P\(num(2))D"
        case .fortnight: return "P\(num(2))W"
        case .month: return "P\(num(1))M"
        case .quarter: return "P\(num(3))M"
        case .year: return "P\(num(1))Y"
        case .decade: return amount == nil ? "PXY" : "P\(num(10))Y"
        case .century: return amount == nil ? "PXCE" : "P\(num(100))Y"
        }
    }
}

/// The TIMEX3 pieces a word stands for, kept as a small code so tokens copy without
/// reference counting.
enum TimeCode: UInt8, Hashable, Sendable {
    case morning, afternoon, evening, night, spring, summer, fall, winter
    case pastRef, presentRef, futureRef
    case daily, weekly, monthly, yearly, quarterly, hourly, nightly

    var text: String {
        switch self {
        case .morning: return "MO"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night: return "NI"
        case .spring: return "SP"
        case .summer: return "SU"
        case .fall: return "FA"
        case .winter: return "WI"
        case .pastRef: return "PAST_REF"
        case .presentRef: return "PRESENT_REF"
        case .futureRef: return "FUTURE_REF"
        case .daily: return "P1D"
        case .weekly: return "P1W"
        case .monthly: return "P1M"
        case .yearly: return "P1Y"
        case .quarterly: return "P3M"
        case .hourly: return "PT1H"
        case .nightly: return "TNI"
        }
    }
}

/// Holidays on a fixed day of the year.
enum Holiday: UInt8, Hashable, Sendable {
    case christmas, halloween
    var month: Int { self == .christmas ? 12 : 10 }
    var day: Int { self == .christmas ? 25 : 31 }
}

/// What a word means to the time tagger.
enum TimeWord: Hashable, Sendable {
    case month(Int)
    case weekday(Int)
    case unit(TimeUnit, plural: Bool)
    case number(Int)
    /// "several", "few", "many", "some": an amount the text leaves open.
    case vagueNumber
    case article
    case ordinal(Int)
    /// "yesterday" -1, "today" 0, "tomorrow" +1.
    case relativeDay(Int)
    case tonight
    case partOfDay(TimeCode)
    case season(TimeCode)
    /// A word that is by itself a vague reference: "recently" → PAST_REF.
    case reference(TimeCode)
    /// "daily", "annually": a set by itself.
    case setWord(TimeCode)
    case this, last, next, past, coming, previous, following
    case early, late, mid, earlier, later
    case ago, every, each, per, the, half, fiscal, timezone, noon, midnight, am, pm
    case and, of, to, from, between, within, over, during, since, until, at
    case boundary // beginning, start, end, middle
    case same, recent, future, near, present, moment
    case holiday(Holiday)

    /// Whether `TimeMatcher.match(at:)` tries an expression at this word; the scan passes
    /// over the others without the call. Kept in step with that function's switch.
    var opensExpression: Bool {
        switch self {
        case .during, .over, .at, .the, .this, .last, .next, .coming, .past, .previous, .following,
             .early, .late, .mid, .earlier, .later, .every, .each, .per, .number, .vagueNumber, .article,
             .half, .month, .weekday, .relativeDay, .tonight, .reference, .setWord, .holiday, .season,
             .fiscal, .noon, .midnight:
            return true
        case .unit, .ordinal, .partOfDay, .ago, .timezone, .am, .pm, .and, .of, .to, .from, .between,
             .within, .since, .until, .boundary, .same, .recent, .future, .near, .present, .moment:
            return false
        }
    }
}

extension TimeWord {
    /// The commonest words with a time meaning ("the", "a", "in", "for", "at", "over", "of",
    /// "to", "and", "from"), which no expression is made of alone: each needs a number, an
    /// apostrophe, a word without a key or another time word with them. `TimeMatcher.match(at:)`
    /// is tried only at the openers among them ("the", "a", "in", "at", "over"), where
    /// `matchThe`, `matchAmount` and `matchPrepositional` answer nil without such a token.
    var isCommon: Bool {
        switch self {
        case .the, .article, .during, .over, .at, .and, .of, .to, .from: return true
        default: return false
        }
    }

    /// The openers among them, where the matcher is tried only before a token that may
    /// follow one (`TimeToken.Flags.commonOpener`).
    var isCommonOpener: Bool {
        switch self {
        case .the, .article, .during, .over, .at: return true
        default: return false
        }
    }
}

/// How a word takes part in a verb group, for tense, aspect and modality.
enum VerbWord: Hashable, Sendable {
    case will, modal, can
    case bePresent, bePast, beOther
    case havePresent, hadPast
    case doPresent, didPast
    case to, going
    /// A known past form ("held", "said", "won't" is not one).
    case past
    /// A known present form ("says", "follows").
    case present
    /// A known base form ("meet", "predict").
    case base
    /// A participle or adjective that, after a form of "be" and before "to", points ahead:
    /// "is expected to", "is scheduled to", "is set to".
    case prospective
    /// A verb that points ahead by itself before "to": "plans to", "aims to".
    case intends
    case negatedPast, negatedPresent, negatedFuture
}

/// Spelling that tells British from American text, for day-first numeric dates.
enum Spelling: Int8, Sendable { case british = 1, american = -1 }

/// Closed word classes the verb groups, summaries and cues test, one bit each.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let adverb = WordClass(rawValue: 1)
    static let nonSubject = WordClass(rawValue: 2)
    static let preposition = WordClass(rawValue: 4)
    static let pluralPronoun = WordClass(rawValue: 8)
    static let objectStop = WordClass(rawValue: 16)
    static let subjectStop = WordClass(rawValue: 32)
    static let subjectPreposition = WordClass(rawValue: 64)
    static let cueBefore = WordClass(rawValue: 128)
    static let cueAfter = WordClass(rawValue: 256)
    static let dangler = WordClass(rawValue: 512)
}

struct Lexeme: Sendable {
    var time: TimeWord?
    var verb: VerbWord?
    var spelling: Spelling?
    var classes: WordClass = []
    /// The flags a token of this word takes from it, worked out once for the table:
    /// `.opensTime` when its time meaning opens an expression, `.opensGroup` for a verb,
    /// `.timeCandidate` and `.followsOpener` for any time meaning, `.commonOpener` for one of
    /// the commonest openers, `.timeCore` for one not common (`TimeWord.isCommon`),
    /// `.endsObject` for a word of `WordClass.objectStop`.
    var tokenFlags: TimeToken.Flags = []
    /// What a token of this word adds to its sentence's `TokenTally`, worked out once for the
    /// table: its spelling's vote, plus its cue (-1 before, +1 after; "before" wins) times
    /// 2^32. One add a token tallies both (`TokenTally.votes`).
    var votes = 0
    var spellingVote: Int { TokenTally.spelling(votes) }
    var cue: Int { TokenTally.cue(votes) }
    /// A number word's value as a token stores it (`TimeToken.number`), `Int32.min` for none.
    var numberValue = Int32.min
}

/// The one word table of the time and timeline stages, keyed by `PackedWord`.
enum TimeLexicon {
    @inline(__always)
    static func lookup(_ key: UInt64) -> Lexeme? { key == 0 ? nil : index.find(key) }

    /// The table as an open-addressing hash on the packed key: one multiply and a probe or two,
    /// cheaper than `Dictionary`'s seeded hashing for a lookup per word. Built straight into
    /// its slots, each word packed from its UTF-8 (`PackedWord.pack(_:)`): no dictionary built
    /// only to be copied.
    static let index = LexemeTable(keys: keys, fill)

    /// Sets what each word of the table means through `lexeme`, which gives the lexeme of a
    /// packed key to change (nil for key 0).
    static func fill(_ lexeme: (UInt64) -> UnsafeMutablePointer<Lexeme>?) {
        func time(_ words: [String], _ w: TimeWord) {
            for word in words { lexeme(PackedWord.pack(word))?.pointee.time = w }
        }
        func verb(_ words: [String], _ v: VerbWord) {
            for word in words { lexeme(PackedWord.pack(word))?.pointee.verb = v }
        }
        func cls(_ words: [String], _ c: WordClass) {
            for word in words { lexeme(PackedWord.pack(word))?.pointee.classes.insert(c) }
        }
        cls(VerbGroups.adverbWords, .adverb)
        cls(VerbGroups.nonSubjectWords, .nonSubject)
        cls(VerbGroups.prepositionWords, .preposition)
        cls(VerbGroups.pluralPronounWords, .pluralPronoun)
        cls(EventSummary.objectStopWords, .objectStop)
        cls(EventSummary.subjectStopWords, .subjectStop)
        cls(EventSummary.subjectPrepositionWords, .subjectPreposition)
        cls(TimelineCues.beforeWords, .cueBefore)
        cls(TimelineCues.afterWords, .cueAfter)
        cls(EventSummary.danglerWords, .dangler)
        func spell(_ words: [String], _ s: Spelling) {
            for word in words { lexeme(PackedWord.pack(word))?.pointee.spelling = s }
        }
        for (name, m) in MonthNames.full { time([name], .month(m)) }
        for (name, m) in MonthNames.abbreviated { time([name], .month(m)) }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() { time([d], .weekday(i + 1)) }
        for (i, d) in ["mon", "tues", "wed", "thurs", "fri"].enumerated() { time([d], .weekday(i + 1)) }
        let units: [(String, String, TimeUnit)] = [
            ("second", "seconds", .second), ("minute", "minutes", .minute), ("hour", "hours", .hour),
            ("day", "days", .day), ("week", "weeks", .week), ("weekend", "weekends", .weekend),
            ("fortnight", "fortnights", .fortnight), ("month", "months", .month),
            ("quarter", "quarters", .quarter), ("year", "years", .year), ("decade", "decades", .decade),
            ("century", "centuries", .century),
        ]
        for (one, many, unit) in units {
            time([one], .unit(unit, plural: false))
            time([many], .unit(unit, plural: true))
        }
        time(["hr", "hrs"], .unit(.hour, plural: true))
        time(["min", "mins"], .unit(.minute, plural: true))
        let numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                       "eighteen", "nineteen", "twenty"]
        for (i, n) in numbers.enumerated() { time([n], .number(i)) }
        for (n, v) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                       ("eighty", 80), ("ninety", 90), ("hundred", 100), ("dozen", 12)] {
            time([n], .number(v))
        }
        time(["several", "few", "many", "some", "couple", "numerous"], .vagueNumber)
        time(["a", "an"], .article)
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth"]
        for (i, o) in ordinals.enumerated() where o != "second" { time([o], .ordinal(i + 1)) }
        time(["yesterday"], .relativeDay(-1))
        time(["today"], .relativeDay(0))
        time(["tomorrow"], .relativeDay(1))
        time(["tonight"], .tonight)
        time(["morning"], .partOfDay(.morning))
        time(["afternoon"], .partOfDay(.afternoon))
        time(["evening"], .partOfDay(.evening))
        time(["night", "overnight"], .partOfDay(.night))
        time(["spring"], .season(.spring))
        time(["summer"], .season(.summer))
        time(["autumn", "fall"], .season(.fall))
        time(["winter"], .season(.winter))
        time(["recently", "lately", "formerly"], .reference(.pastRef))
        time(["now", "currently", "presently", "nowadays"], .reference(.presentRef))
        time(["soon", "upcoming"], .reference(.futureRef))
        time(["daily"], .setWord(.daily))
        time(["weekly"], .setWord(.weekly))
        time(["monthly"], .setWord(.monthly))
        time(["annually", "yearly", "annual"], .setWord(.yearly))
        time(["quarterly"], .setWord(.quarterly))
        time(["hourly"], .setWord(.hourly))
        time(["nightly"], .setWord(.nightly))
        time(["this", "these"], .this)
        time(["last"], .last)
        time(["next"], .next)
        time(["past"], .past)
        time(["coming"], .coming)
        time(["previous", "prior"], .previous)
        time(["following"], .following)
        time(["early"], .early)
        time(["late"], .late)
        time(["mid", "middle"], .mid)
        time(["earlier"], .earlier)
        time(["later"], .later)
        time(["ago"], .ago)
        time(["every"], .every)
        time(["each"], .each)
        time(["per"], .per)
        time(["the"], .the)
        time(["half"], .half)
        time(["fiscal", "financial"], .fiscal)
        time(["gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "cst", "cdt", "et", "pt"], .timezone)
        time(["noon", "midday"], .noon)
        time(["midnight"], .midnight)
        time(["am"], .am)
        time(["pm"], .pm)
        time(["and"], .and)
        time(["of"], .of)
        time(["to", "through", "till", "until"], .to)
        time(["from"], .from)
        time(["between"], .between)
        time(["within"], .within)
        time(["over", "throughout"], .over)
        time(["during", "in", "for"], .during) // the prepositions a time phrase may follow
        time(["since"], .since)
        time(["at"], .at)
        time(["beginning", "start", "end", "close", "turn"], .boundary)
        time(["same"], .same)
        time(["recent"], .recent)
        time(["future"], .future)
        time(["near"], .near)
        time(["present"], .present)
        time(["moment"], .moment)
        time(["christmas"], .holiday(.christmas))
        time(["halloween"], .holiday(.halloween))

        verb(["will", "shall"], .will)
        verb(["would", "could", "might", "may", "should", "must"], .modal)
        verb(["can"], .can)
        verb(["is", "are", "am"], .bePresent)
        verb(["was", "were"], .bePast)
        verb(["be", "been", "being"], .beOther)
        verb(["has", "have"], .havePresent)
        verb(["had"], .hadPast)
        verb(["do", "does"], .doPresent)
        verb(["did"], .didPast)
        verb(["to"], .to)
        verb(["going"], .going)
        verb(["didnt", "wasnt", "werent", "hadnt", "couldnt"], .negatedPast)
        verb(["isnt", "arent", "doesnt", "dont", "hasnt", "havent", "cant", "cannot"], .negatedPresent)
        verb(["wont", "wouldnt", "shouldnt", "mustnt"], .negatedFuture)
        verb(["expected", "scheduled", "set", "due", "slated", "poised", "likely", "unlikely", "about",
              "planned", "projected", "anticipated", "predicted", "forecast", "forecasted", "intended",
              "preparing", "planning", "hoping", "aiming", "looking", "bound", "certain", "sure",
              "ready", "willing", "able", "required", "supposed"], .prospective)
        verb(["plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope", "wants", "want",
              "seeks", "seek", "promises", "promise", "vows", "vow", "pledges", "pledge", "threatens",
              "threaten", "prepares", "prepare", "proposes", "propose", "expects", "expect",
              "needs", "need", "agrees", "agree", "offers", "offer"], .intends)
        verb(["said", "told", "held", "met", "made", "took", "began", "came", "went", "gave", "sold",
              "bought", "won", "lost", "left", "saw", "found", "got", "brought", "built", "became",
              "fell", "rose", "grew", "knew", "thought", "spent", "sent", "paid", "led", "ran", "struck",
              "broke", "chose", "flew", "drove", "wrote", "spoke", "stood", "understood", "kept", "felt",
              "meant", "heard", "shot", "fought", "sought", "taught", "caught", "wore", "hid", "ate",
              "drew", "threw", "shook", "forgot", "swore", "sang", "rang", "withdrew", "oversaw",
              "overtook", "undertook", "sank", "dealt", "lent", "bent", "fled", "slid", "split",
              "quit", "hit", "cut", "put", "let", "shut", "spread", "cost", "bid", "hurt", "beat",
              "won", "laid", "paid", "sat", "stole", "woke", "forgave", "froze", "rode", "arose",
              "awoke", "bore", "tore", "upheld", "withheld", "overcame", "became", "mistook",
              "foresaw", "spun", "stuck", "swung", "wound", "clung", "strove",
              "taken", "given", "shown", "seen", "known", "grown", "risen", "fallen", "written", "chosen",
              "driven", "spoken", "broken", "stolen", "eaten", "forgotten", "gotten", "done", "gone",
              "begun", "flown", "drawn", "withdrawn", "thrown", "worn", "torn", "sworn", "sunk",
              "undertaken", "overtaken", "forgiven", "frozen", "hidden", "ridden", "arisen", "become",
              "overseen", "mistaken", "proven", "shaken", "woken"], .past)
        verb(["says", "follows", "remains", "predicts", "believes", "warns", "argues", "claims",
              "insists", "continues", "stands", "faces", "seems", "appears", "looks", "holds", "leads",
              "shows", "suggests", "includes", "involves", "requires", "depends", "marks",
              "comes", "goes", "gets", "makes", "takes", "gives", "keeps", "tells", "sees", "knows",
              "thinks", "reports", "estimates", "accounts", "owns", "runs", "sells", "employs",
              "engages", "meets", "urges", "calls", "describes", "considers", "represents", "lies"],
             .present)
        verb(["say", "predict", "believe", "warn", "argue", "claim", "insist", "continue", "remain",
              "engage", "meet", "hold", "face", "seem", "appear", "show", "suggest", "include",
              "involve", "require", "depend", "estimate", "think", "know", "fear", "urge", "call",
              "consider", "represent", "discuss", "talk", "gather", "convene", "vote", "launch",
              "sign", "visit", "receive", "announce", "unveil", "begin", "start", "release",
              "decide", "deliver", "travel", "host", "attend", "join", "return", "leave", "become",
              "see", "go", "come", "make", "take", "give", "keep", "get", "reach", "raise",
              "maintain", "encompass", "communicate", "broker", "assist", "ensure", "impose",
              "sell", "buy", "build", "fly", "open", "close", "end", "win", "lose", "pay", "report",
              "work", "move", "speak", "act", "help", "ask", "review", "examine",
              "provide", "increase", "reduce", "lower", "hike", "rise", "fall"],
             .base)
        spell(["defence", "organisation", "organisations", "colour", "favour", "labour", "programme",
               "programmes", "centre", "centres", "realise", "recognise", "emphasised", "criticised",
               "authorised", "behaviour", "honour", "neighbour", "licence", "travelled", "whilst",
               "analyse", "catalogue", "metre", "metres", "tonnes", "apologised"], .british)
        spell(["defense", "organization", "organizations", "color", "favor", "labor", "program",
               "programs", "center", "centers", "realize", "recognize", "emphasized", "criticized",
               "authorized", "behavior", "honor", "neighbor", "traveled", "analyze", "catalog",
               "meter", "meters", "apologized"], .american)
    }

    /// The most keys the table may hold, which sizes it: its words (about 750) fit, in as
    /// many slots as a table sized for them exactly has (a test checks both).
    static let keys = 1024
}

/// Packed word keys to lexemes: an open-addressing table of its own, each key's slot
/// holding the row of its lexeme.
///
/// Every word of every sentence is looked up here, and half are in no table, so the slots
/// are four or more for each key (not the two of the shared `PackedKeys`): a miss then
/// meets an empty slot at once far more often. The lexemes lie in rows of their own, one a
/// key, so the spare slots take 12 bytes each rather than a lexeme's. Keys, rows and lexemes
/// lie in memory of the table's own, read without bounds checks, allocated once and never
/// freed (the table is a static of the process), so a token holds a pointer to its word's
/// lexeme: 8 bytes to copy instead of the whole entry. A word not in the table points to an
/// empty lexeme after the rows, so a token always has one to read.
struct LexemeTable: @unchecked Sendable { // written only while it is made
    private let slots: UnsafeMutablePointer<UInt64>
    /// The row in `values` of the key in the same slot.
    private let rows: UnsafeMutablePointer<UInt32>
    private let values: UnsafeMutablePointer<Lexeme>
    private let mask: Int
    /// The row of the empty lexeme, after the keys'.
    private let noneRow: Int

    /// A table sized for `keys` keys (four slots or more each), filled by `fill` through its
    /// argument, which gives the lexeme of a key to set (added empty the first time; nil for
    /// key 0, a word too long to pack, which marks an empty slot: no token looks it up).
    /// Each lexeme's token fields are then worked out from what was set.
    init(keys: Int, _ fill: (_ lexeme: (UInt64) -> UnsafeMutablePointer<Lexeme>?) -> Void) {
        var capacity = 16
        while capacity < keys * 4 { capacity *= 2 }
        let mask = capacity - 1
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        let rows = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        rows.initialize(repeating: 0, count: capacity)
        let values = UnsafeMutablePointer<Lexeme>.allocate(capacity: keys + 1)
        var count = 0
        fill { key in
            guard key != 0 else { return nil }
            var i = hashSlot(key, mask)
            while slots[i] != 0 {
                if slots[i] == key { return values + Int(rows[i]) }
                i = (i + 1) & mask
            }
            precondition(count < keys, "LexemeTable: more than \(keys) keys")
            slots[i] = key
            rows[i] = UInt32(count)
            (values + count).initialize(to: Lexeme())
            count += 1
            return values + (count - 1)
        }
        for i in 0..<capacity where slots[i] != 0 {
            let key = slots[i]
            let value = values + Int(rows[i])
            if value.pointee.time?.opensExpression == true { value.pointee.tokenFlags.insert(.opensTime) }
            if value.pointee.time != nil { value.pointee.tokenFlags.insert([.timeCandidate, .followsOpener]) }
            if value.pointee.time?.isCommonOpener == true { value.pointee.tokenFlags.insert(.commonOpener) }
            if let time = value.pointee.time, !time.isCommon { value.pointee.tokenFlags.insert(.timeCore) }
            if value.pointee.verb != nil { value.pointee.tokenFlags.insert(.opensGroup) }
            if key == EventSummary.kWith { value.pointee.tokenFlags.insert(.with) }
            if value.pointee.classes.contains(.objectStop) { value.pointee.tokenFlags.insert(.endsObject) }
            let cue = value.pointee.classes.contains(.cueBefore) ? -1
                : (value.pointee.classes.contains(.cueAfter) ? 1 : 0)
            value.pointee.votes = TokenTally.votes(spelling: Int(value.pointee.spelling?.rawValue ?? 0), cue: cue)
            if case .number(let n)? = value.pointee.time { value.pointee.numberValue = Int32(n) }
        }
        (values + count).initialize(to: Lexeme())
        self.slots = slots
        self.rows = rows
        self.values = values
        self.mask = mask
        noneRow = count
        self.count = count
    }

    /// How many keys the table holds.
    let count: Int

    /// The empty lexeme of words without an entry, and of numbers and punctuation.
    var none: UnsafePointer<Lexeme> { UnsafePointer(values + noneRow) }

    @inline(__always)
    func find(_ key: UInt64) -> Lexeme? {
        let e = entry(key)
        return e == none ? nil : e.pointee
    }

    /// The entry of a word, or `none`.
    @inline(__always)
    func entry(_ key: UInt64) -> UnsafePointer<Lexeme> {
        var i = hashSlot(key, mask)
        while true {
            let k = slots[i]
            if k == 0 { return none } // first, so key 0 finds no row
            if k == key { return UnsafePointer(values + Int(rows[i])) }
            i = (i &+ 1) & mask
        }
    }
}
