/// Finds runs of capitalised words that may name something: "Bank of England",
/// "UK Foreign Secretary David Lammy", "Organisation for Economic Co-operation and Development".
///
/// A run holds capitalised words joined by spaces (a single line break included) and by
/// connectors that belong inside names: "of"/"for" after a head noun ("Bank of", "Organisation
/// for"), "and" inside such a name or before a company suffix, "&", particles ("de", "van"),
/// and "People's"-style possessives. Abbreviation dots ("Inc.", "U.S.", "M.") stay in the run.
///
/// Its fields are kept in 32 bits, as `TextSpan` keeps offsets (a text, and a sentence's
/// tokens, fit), 24 bytes a run: the finder writes a run for every name, and the reader
/// takes each as an argument.
struct NameRun {
    /// Where the token indexes of the run's words (connectors excluded) stand among the
    /// sentence's run words that `NameRunFinder.runs` writes (`NameRuns.words`): a range, not an array
    /// a run, so a run is plain data, copied and dropped without reference counting.
    var words: Range<Int> { Int(wordStart)..<Int(wordEnd) }
    /// Token index of the first and last token (connectors and dots included).
    var first: Int { Int(storedFirst) }
    var last: Int { Int(storedLast) }
    /// Scalar span, including a trailing abbreviation dot.
    var start: Int { Int(storedStart) }
    var end: Int { Int(storedEnd) }

    private let wordStart: Int32
    private let wordEnd: Int32
    private let storedFirst: Int32
    private let storedLast: Int32
    private let storedStart: Int32
    private let storedEnd: Int32

    init(words: Range<Int>, first: Int, last: Int, start: Int, end: Int) {
        wordStart = Int32(truncatingIfNeeded: words.lowerBound)
        wordEnd = Int32(truncatingIfNeeded: words.upperBound)
        storedFirst = Int32(truncatingIfNeeded: first)
        storedLast = Int32(truncatingIfNeeded: last)
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
    }
}

/// The token indexes of a name's words, a part of a sentence's run words read in place
/// (`CandidateReader.readRun`): as a slice of their array, each slice handed to a rule
/// retained the array and released it after.
typealias NameWords = Slice<UnsafeBufferPointer<Int>>

enum NameRunFinder {
    /// Abbreviations that keep their dot: "Inc.", "Jr.", "Mr.".
    static let dotted: WordSet = [
        "inc", "corp", "ltd", "co", "jr", "sr", "bros", "st", "mt", "plc", "mr", "mrs", "ms", "dr",
        "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "rev", "ft", "sgt", "adm", "cmdr",
        "pres", "supt", "insp", "det", "hon", "messrs", "mme", "esq", "llc", "ave", "blvd",
    ]

    /// Suffixes after which "X and Y Company" stays one name.
    static let companyTails: WordSet = [
        "company", "corporation", "group", "industries", "co", "inc", "ltd", "partners",
        "associates", "sons", "brothers", "bros", "plc", "llc", "limited", "holdings",
        "company's", "development", "technology", "space", "services", "systems",
    ]

    /// Inlined, the capital tested first: asked of every token, most of them not capitalised.
    /// A word its shape tells is a capital and letters (most names) is one with no call.
    @inline(__always) static func isNameWord(_ w: SentenceWords, _ i: Int) -> Bool {
        w.isCapitalisedLetters(i) || (w.isCapitalised(i) && isCapitalisedNameWord(w, i))
    }

    /// `isNameWord` of a capitalised word.
    private static func isCapitalisedNameWord(_ w: SentenceWords, _ i: Int) -> Bool {
        let t = w.tokens[i]
        // "I" the pronoun, but not the initial "I."
        if t.span.length == 1 {
            let s = w.scalars[t.start]
            if s == "I" || s == "A" { return w.punct(i + 1) == "." && w.tokens[i + 1].start == t.end }
        }
        // Most names: none of the marks the tests below look for.
        if w.isASCIILetters(i) { return true }
        guard !w.hasDigit(i) else { return false }
        // "We've", "It's": a contraction.
        if let a = w.scalars[t.start..<t.end].firstIndex(where: { $0.isApostrophe }), a + 1 < t.end,
           ScalarCase.isLower(w.scalars, a + 1), t.end - a <= 3 {
            return false
        }
        // "US-based", "European-led": a modifier, not a name.
        var k = t.start + 1
        while k < t.end - 1 {
            if w.scalars[k] == "-" && ScalarCase.isLower(w.scalars, k + 1) {
                let head = NameKey.make(w.scalars, t.start, k)
                let g = Gazetteer.shared
                if g.demonyms[head] != nil || g.places[head] != nil || ActorLexicon.commonCapitalised.contains(head) {
                    return false
                }
                let tail = NameKey.make(w.scalars, k + 1, t.end)
                if ["based", "led", "owned", "born", "made", "backed", "style", "run", "funded",
                    "controlled", "registered", "listed", "bound", "wide", "level", "language"].contains(tail) {
                    return false
                }
            }
            k += 1
        }
        return true
    }

    /// The abbreviation dot right after word `i`, if it belongs to the word. Inlined: asked
    /// after every word of every run, and most have no dot after them.
    @inline(__always) static func keepsDot(_ w: SentenceWords, _ i: Int) -> Bool {
        guard w.punct(i + 1) == ".", w.tokens[i + 1].start == w.tokens[i].end else { return false }
        let t = w.tokens[i]
        if t.span.length == 1 { return true }  // an initial: "M."
        // "U.S", "N.V": a dot inside. A form of ASCII letters alone, as its shape tells, has none.
        if !w.isASCIILetters(i) && w.hasDot(i) { return true }
        return w.key(i, isIn: .dotted)
    }

    /// The sentence's runs, and the words of all of them, one run after another, into
    /// `found`'s memory.
    static func runs(_ w: SentenceWords, into found: NameRuns) {
        let (out, words) = found.room(tokens: w.count)
        var runCount = 0, wordCount = 0
        find(w, out, &runCount, words, &wordCount)
        found.set(runCount: runCount, wordCount: wordCount)
    }

    /// `runs`' search: each run and word written at the next place of its memory, which has
    /// room for as many as the sentence has tokens.
    private static func find(_ w: SentenceWords, _ out: UnsafeMutablePointer<NameRun>, _ runCount: inout Int,
                             _ words: UnsafeMutablePointer<Int>, _ wordCount: inout Int) {
        @inline(__always) func gather(_ word: Int) {
            words[wordCount] = word
            wordCount += 1
        }
        var i = 0
        let n = w.count
        while i < n {
            i = w.firstCapitalised(from: i)
            guard i < n else { break }
            guard w.isCapitalisedLetters(i) || isCapitalisedNameWord(w, i) else { i += 1; continue }
            let begin = wordCount
            gather(i)
            var last = i
            var hadOfFor = false
            var j = i
            while true {
                var next = j + 1
                if keepsDot(w, j) { last = j + 1; next = j + 2 }
                guard next < n, w.sameBlock(last, next) else { break }
                // "Apple Inc. Steve Jobs": a legal suffix with its dot ends the name.
                if last == j + 1, w.key(j, isIn: .legalSuffixes) { break }
                // A mark after the word: its tests alone, its scalar read once (a mark is no
                // name word, nor a lowercase one).
                if let p = w.punct(next) {
                    // "Wal - Mart": a spaced hyphen between two single words.
                    if wordCount - begin == 1, p == "-", isNameWord(w, next + 1), !isNameWord(w, next + 2),
                       w.tokens[next].start == w.tokens[j].end + 1, w.tokens[next + 1].start == w.tokens[next].end + 1,
                       !w.isInitialPosition(j), NameTables.fixed(w.key(j)) == nil, NameTables.fixed(w.key(next + 1)) == nil {
                        gather(next + 1); j = next + 1; last = j
                        continue
                    }
                    // Connectors.
                    if p == "&", isNameWord(w, next + 1) {
                        gather(next + 1); j = next + 1; last = j
                        continue
                    }
                    if w.possessiveLength(after: j) == 2, w.key(j, isIn: .possessiveInside), isNameWord(w, j + 3) {
                        gather(j + 3); j = j + 3; last = j
                        continue
                    }
                    break
                }
                if isNameWord(w, next) && !(w.punct(next - 1) == "." && next - 1 != last) {
                    gather(next); j = next; last = next
                    continue
                }
                guard w.isLowercase(next) else { break }
                // The connectors asked of a word whose case is known, and only when its first
                // unit may start one: most words after a run start with another letter, and
                // each test read the case and the unit again.
                let initial = w.lowerInitial(next)
                let mayConnect = initial &- 97 >= 26 || initial == 0x6F || initial == 0x66 || initial == 0x61
                let of = mayConnect && w.key(next, is: "of")
                if of || (mayConnect && w.key(next, is: "for")) {
                    guard w.key(j, isIn: of ? WordLists.ofHeads : WordLists.forHeads) else { break }
                    var after = next + 1
                    if w.lowerKey(after, is: "the") { after += 1 }
                    guard isNameWord(w, after), !w.key(after, isIn: .calendarWords) else { break }
                    hadOfFor = true
                    gather(after); j = after; last = after
                    continue
                }
                if mayConnect && w.key(next, is: "and") {
                    guard isNameWord(w, next + 1) else { break }
                    // "Department of Trade and Industry", but not "Bank of America and Citigroup".
                    var ok = hadOfFor && w.isCommonWord(next + 1)
                    if !ok {
                        // Look ahead: "Defence and Space Company".
                        var k = next + 1
                        while isNameWord(w, k + 1) {
                            k += 1
                            if w.key(k, isIn: .companyTails) { ok = true }
                        }
                    }
                    guard ok else { break }
                    gather(next + 1); j = next + 1; last = j
                    continue
                }
                // The length first: asked of the word after most runs, the list costs a probe.
                if w.tokens[next].span.length <= 4, w.key(next, isIn: .nameParticles),
                   isNameWord(w, next + 1),
                   wordCount - begin >= 2 || w.key(i, isIn: .givenNames)
                    || w.lowerKey(next, is: "bin") || w.lowerKey(next, is: "al") {
                    gather(next + 1); j = next + 1; last = j
                    continue
                }
                break
            }
            // (A dot the last word keeps is in the run already: the loop's every turn starts
            // by taking it, and ends without moving `j` or `last` when it breaks.)
            out[runCount] = NameRun(words: begin..<wordCount, first: i, last: last,
                                    start: w.tokens[i].start, end: w.tokens[last].end)
            runCount += 1
            i = last + 1
        }
    }
}
