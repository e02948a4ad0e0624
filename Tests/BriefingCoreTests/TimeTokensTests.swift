import Testing
@testable import BriefingCore

@Suite("Time tokens")
struct TimeTokensTests {
    /// The time stages tokenize in one pass of their own; it must split exactly as the shared Tokenizer.
    @Test(arguments: [
        BriefingAnalyzer.sampleText,
        "Canada's PM, O'Leary & co-operation: 1,000 at 15:00 on 2008-03-27 (U.S. 30-day) — café naïve ‘quote’ it's 3pm.",
        "e\u{301}te\u{301} x-y- -z 'a' 7/8/07 9.30 p.m. A380s 737-800 Q3 FY2008 mid-2011 decades-long",
        "",
        "   \n\n  ",
    ])
    func splitsAsTheTokenizer(_ text: String) {
        let source = SourceText(text)
        let span = TextSpan(0, source.count)
        let shared = Tokenizer.tokens(source.scalars, in: span)
        let ours = TimeTokens.make(source.scalars, in: span)
        #expect(shared.map(\.span) == ours.map { TextSpan($0.start, $0.end) })
        #expect(shared.map(\.kind) == ours.map(\.kind))
    }

    @Test func wordsCarryTheirLexicon() {
        let source = SourceText("Yesterday MAY may 30-day twenty")
        let t = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        #expect(t[0].time == .relativeDay(-1))
        #expect(t[1].time == .month(5) && t[1].isAllUpper(source.scalars) && !t[2].isAllUpper(source.scalars))
        #expect(t[2].verb == .modal)
        #expect(t[3].flags.contains(.hasHyphen) && t[3].key == 0)
        #expect(t[4].number == 20)
    }

    /// Spelling votes and cues summed in one word come back apart, whatever their signs.
    @Test func packedVotesComeBackApart() {
        for (spellings, cues) in [([1, 1, -1], [-1, -1, 1]), ([-1, -1, -1], [1, 0, 1]), ([0, 1], [-1, -1]), ([], [])] {
            var votes = 0
            for (s, c) in zip(spellings + Array(repeating: 0, count: max(0, cues.count - spellings.count)),
                              cues + Array(repeating: 0, count: max(0, spellings.count - cues.count))) {
                votes &+= TokenTally.votes(spelling: s, cue: c)
            }
            #expect(TokenTally.spelling(votes) == spellings.reduce(0, +))
            #expect(TokenTally.cue(votes) == cues.reduce(0, +))
        }
    }

    /// The tally taken while the tokens are made says what a pass over them would.
    @Test func tallyMatchesTheTokens() {
        let source = SourceText("The colour of the programme, formerly and later, then previously: color, before")
        let tokens = TimeTokenBuffer()
        let tally = TimeTokens.make(source.scalars, in: TextSpan(0, source.count), into: tokens)
        #expect(tally.spellingVotes == 1) // two British, one American
        #expect(tally.cue == -1) // "formerly", "previously", "before" against "later", "then"
        #expect(tally.hasTimeCandidate) // "the" has a time meaning
        let plain = SourceText("Ministers argued loudly")
        #expect(!TimeTokens.make(plain.scalars, in: TextSpan(0, plain.count), into: tokens).hasTimeCandidate)
        let number = SourceText("Ministers argued 30")
        let numbered = TimeTokens.make(number.scalars, in: TextSpan(0, number.count), into: tokens)
        #expect(numbered.hasTimeCandidate && numbered.cue == 0 && numbered.spellingVotes == 0)
        #expect(!numbered.hasWith)
        let common = SourceText("Ministers met in the hall and spoke to a crowd of them")
        let commonTally = TimeTokens.make(common.scalars, in: TextSpan(0, common.count), into: tokens)
        #expect(commonTally.hasTimeCandidate && !commonTally.mayHoldTime)
        #expect(numbered.mayHoldTime)
        let with = SourceText("Lammy held talks in Washington With Vance")
        #expect(TimeTokens.make(with.scalars, in: TextSpan(0, with.count), into: tokens).hasWith)
    }

    /// The adverb flag, set as a token is made (once for a numbered word, its token copied
    /// after), says what the rule of `VerbGroups.isAdverb(_:_:)` says of the token, for
    /// words numbered and not, seen first and again.
    @Test func adverbFlagFollowsTheRule() {
        let text = "Not now, she also recently said. Reportedly, NOW Recently earlier yesterday: already "
            + "closely-watched Early still not 30 formerly — naïvely O'Neill's"
        // The adverbs found, from the store that numbers words and from the one that does not.
        var adverbs: [Bool: [String]] = [:]
        forEachSentenceTimeTokens(text) { source, buffer, numbered in
            for tok in buffer.tokens {
                let rule = tok.isWord && (!tok.isCapitalized || tok.flags.contains(.endsLY)) && {
                    if tok.flags.contains(.endsLY) {
                        return tok.time == nil || tok.time == .reference(.pastRef) || tok.time == .reference(.presentRef)
                    }
                    if case .reference? = tok.time { return true }
                    return tok.has(.adverb)
                }()
                #expect(VerbGroups.isAdverb(tok) == rule)
                if VerbGroups.isAdverb(tok) {
                    adverbs[numbered, default: []].append(SourceText.string(source.scalars, TextSpan(tok.start, tok.end)))
                }
            }
        }
        #expect(adverbs[true] == adverbs[false])
        let found = adverbs[true] ?? []
        #expect(found.starts(with: ["now", "also", "recently", "Reportedly", "Recently"]))
        #expect(!found.contains("Not") && !found.contains("NOW") && !found.contains("Early"))
    }

    /// The flags that let the matcher's and the verb groups' scans pass over a token say
    /// what their calls would look at.
    @Test(arguments: [
        BriefingAnalyzer.sampleText,
        "Officials said in 2008, he'll meet again; co-operation ended 'til the '90s \u{2019}07 at noon.",
        "G7 and Q3 results, FY2008 and naïve A380 plans for Zoë's pre-war cafés",
        "A long-term, fifty-year, mid-2011 and first-quarter plan, decades-long, Second-hand and x-ray",
    ])
    func scanFlagsFollowTheTokens(_ text: String) {
        let source = SourceText(text)
        let t = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        for tok in t {
            let opensTime: Bool
            switch tok.kind {
            case .number: opensTime = true
            case .punctuation: opensTime = tok.isPunct("'") || tok.isPunct("\u{2019}")
            // a word without a key only when hyphenated after a time word or an ordinal, or as
            // long as a code ("Q3", "FY2008")
            case .word:
                var firstEnd = tok.start
                while firstEnd < tok.end, source.scalars[firstEnd] != "-" { firstEnd += 1 }
                let hyphenOpens = TimeMatcher.hyphenWordMayOpen(firstPart: PackedWord.pack(source.scalars, tok.start, firstEnd),
                                                                TimeLexicon.index)
                opensTime = tok.key == 0 && (tok.flags.contains(.hasHyphen) ? hyphenOpens : tok.length == 2 || tok.length == 6)
                    || tok.time?.opensExpression == true
            }
            #expect(tok.flags.contains(.opensTime) == opensTime)
            let core = tok.kind == .number || tok.isPunct("'") || tok.isPunct("\u{2019}")
                || tok.isWord && (tok.key == 0 || tok.time.map { !$0.isCommon } == true)
            #expect(tok.flags.contains(.timeCore) == core)
            let opensGroup = tok.isWord && (tok.verb != nil || tok.flags.contains(.endsLL) || tok.flags.contains(.endsED))
            #expect(tok.flags.contains(.opensGroup) == opensGroup)
        }
        if text.hasPrefix("Officials") {
            #expect(!t[0].flags.contains(.opensTime) && !t[0].flags.contains(.opensGroup)) // Officials
            #expect(t[1].flags.contains(.opensGroup) && t[2].flags.contains(.opensTime)) // said in
            #expect(t[3].flags.contains(.opensTime) && !t[4].flags.contains(.opensTime)) // 2008 ,
            #expect(t[5].flags.contains(.opensGroup)) // he'll
        }
    }

    /// Tokens go on past the buffer's first room (16): it grows to the span first, and a
    /// refill with fewer gives only the new ones.
    @Test func aReusedBufferGrowsAndRefills() {
        let long = SourceText((0..<100).map { "word\($0 % 7)" }.joined(separator: ", "))
        let buffer = TimeTokenBuffer(capacity: 16)
        TimeTokens.make(long.scalars, in: TextSpan(0, long.count), into: buffer)
        let made = buffer.tokens.map { TextSpan($0.start, $0.end) }
        #expect(made == Tokenizer.tokens(long.scalars, in: TextSpan(0, long.count)).map(\.span))
        #expect(made.count == 199)
        let short = SourceText("Yesterday, twenty")
        TimeTokens.make(short.scalars, in: TextSpan(0, short.count), into: buffer)
        #expect(buffer.tokens.count == 3 && buffer.tokens[0].time == .relativeDay(-1) && buffer.tokens[2].number == 20)
    }

    /// A word without an entry, a number and punctuation read the table's empty lexeme.
    @Test func tokensWithoutAnEntryReadAnEmptyOne() {
        let source = SourceText("zebra 42 ;")
        let t = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        for tok in t {
            #expect(tok.entry == TimeLexicon.index.none)
            #expect(tok.time == nil && tok.verb == nil && !tok.has(.adverb))
        }
        #expect(MemoryLayout<TimeToken>.stride == 32)
    }

    /// A mark's token, copied by its first unit (`TimeTokenBuffer.byFirstUnit`) for ASCII and
    /// made from the text for any other, is the one made from the text, numbered words or
    /// none; and the words and numbers beside the marks, which have first units of their own,
    /// are words and numbers.
    @Test func everyMarkAsMadeFromTheText() {
        let ascii = (33..<127).map { UInt8($0) }.filter { !ASCIIUnit.isLetterOrDigit(UInt16($0)) }
        let marks = ascii.map { String(UnicodeScalar($0)) } + ["—", "“", "’", "€", "😀"]
        let text = marks.map { "word \($0) 7 " }.joined()
        var checked = 0
        forEachSentenceTimeTokens(text) { source, buffer, numbered in
            let none = TimeLexicon.index.none
            source.scalars.withView { view in
                for tok in buffer.tokens {
                    let first = view.units[tok.start]
                    switch tok.kind {
                    case .punctuation:
                        let made = TimeTokens.punctuation(view, tok.start, tok.end, none)
                        #expect(tok.start == made.start && tok.end == made.end && tok.key == made.key, "\(numbered)")
                        #expect(tok.flags == made.flags && tok.entry == none && tok.number == nil && tok.digitCount == 0)
                        checked += 1
                    case .word:
                        #expect(first == 0x77 && tok.key == PackedWord.pack("word") && tok.isMade)
                    case .number:
                        #expect(first == 0x37 && tok.number == 7 && tok.isMade)
                    }
                }
            }
        }
        // every mark, in both stores, each sentence twice
        #expect(checked == 4 * marks.count)
    }
}

@Suite("Packed word keys")
struct PackedWordKeyTests {
    /// Four units at a time give the key one at a time gives, for words of every length up
    /// to a key's, anywhere in the text, up to its last unit.
    @Test(arguments: [
        "a of the news Cable Ministers INTERNATIONAL negotiation abcdefghijkl zZ",
        "Officials said x",
        "don't café co-op A380 naïve x@y [z] `q` {w} ~",
    ])
    func fourAtATimeAsOneAtATime(_ text: String) {
        let source = SourceText(text)
        source.scalars.withView { view in
            let units = view.units
            for s in 0..<units.count {
                for e in (s + 1)...min(units.count, s + PackedWord.maxLetters) {
                    let letters = (s..<e).allSatisfy { i in
                        let v = UInt32(units[i]) | 0x20
                        return v >= 97 && v <= 122
                    }
                    let key = PackedWord.letterKey(units, s, e)
                    #expect(key == (letters ? PackedWord.pack(source.scalars, s, e) : nil), "\(s)..<\(e)")
                }
            }
        }
    }

    /// The keys written as numbers are the ones `pack` gives their words.
    @Test func keysWrittenAsNumbers() {
        let keys: [(UInt64, String)] = [
            (PackedWord.and, "and"), (PackedWord.of, "of"), (PackedWord.percent, "percent"), (PackedWord.per, "per"),
            (PackedWord.utc, "utc"), (PackedWord.gmt, "gmt"), (PackedWord.long, "long"),
            (TimeMatcher.kOn, "on"), (TimeMatcher.kIn, "in"), (TimeMatcher.kFor, "for"), (TimeMatcher.kThese, "these"),
            (TimeMatcher.kSecond, "second"), (TimeMatcher.kYear, "year"), (TimeMatcher.kDays, "days"),
            (TimeMatcher.kOnce, "once"), (TimeMatcher.kTwice, "twice"), (TimeMatcher.kTimes, "times"),
            (TimeMatcher.kMay, "may"), (EventSummary.kS, "s"), (EventSummary.kWith, "with"),
        ]
        for (key, word) in keys { #expect(key == PackedWord.pack(word), "\(word)") }
    }

    @Test func codesOfFourUnits() {
        let four = UInt64(0x41) | UInt64(0x62) << 16 | UInt64(0x5A) << 32 | UInt64(0x7A) << 48 // "AbZz"
        #expect(PackedWord.letterCodes(four, 4) == 1 << 15 | 2 << 10 | 26 << 5 | 26)
        #expect(PackedWord.letterCodes(four, 9) == 1 << 15 | 2 << 10 | 26 << 5 | 26)
        #expect(PackedWord.letterCodes(four, 2) == 1 << 15 | 2 << 10)
        #expect(PackedWord.letterCodes(four, 1) == 1 << 15)
        for bad: UInt64 in [0x40, 0x5B, 0x60, 0x7B, 0x30, 0x20, 0xE9, 0x8061, 0xFFFF] {
            #expect(PackedWord.letterCodes(four & ~0xFFFF | bad, 4) == nil)
            #expect(PackedWord.letterCodes(four & ~0xFFFF_0000_0000_0000 | bad << 48, 3) == 1 << 15 | 2 << 10 | 26 << 5)
        }
    }
}
