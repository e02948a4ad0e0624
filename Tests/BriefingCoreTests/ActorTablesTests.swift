import Testing
@testable import BriefingCore

/// The tables the actor stage keeps per document must answer exactly as the `Set`,
/// `Dictionary` and repeated lookups they replace.
@Suite("Actor stage tables")
struct ActorTablesTests {
    @Test func stringSlotsFindEachWordAndNoOther() {
        let words = ["new york", "u s", "élysée", "co-operation", "abcdefghijklmnop", "e\u{301}lyse\u{301}e palace", ""]
        let slots = StringSlots(words)
        var seen: Set<Int> = []
        for word in words {
            let slot = slots.index(of: word)
            #expect(slot != nil, "\(word)")
            if let slot { seen.insert(slot) }
        }
        #expect(seen.count == words.count)
        var keys: Set<String> = []
        slots.forEach { _, key in keys.insert(key) }
        #expect(keys == Set(words))
        for word in ["new yor", "new york ", "New York", "élysé", "u  s"] { #expect(slots.index(of: word) == nil, "\(word)") }
        // Unicode-equivalent spellings are one key, as for `Set<String>`.
        #expect(slots.index(of: "\u{e9}lys\u{e9}e palace") == slots.index(of: "e\u{301}lyse\u{301}e palace"))
    }

    @Test func keyHashAgreesForEqualKeys() {
        for key in ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "uk foreign secretary david lammy"] {
            #expect(KeyHash.of(key) == KeyHash.of(String(decoding: Array(key.utf8), as: UTF8.self)))
            #expect(KeyHash.of(key) != 0)
        }
        #expect(KeyHash.of("\u{e9}") == KeyHash.of("e\u{301}"))
        let distinct = ["abcdefgh", "abcdefgi", "abcdefghx", "bacdefgh", "a", "b", "ab", "ba"]
        #expect(Set(distinct.map(KeyHash.of)).count == distinct.count)
    }

    @Test func earlierCandidatesFindTheIndexTheTestAccepts() {
        var table = EarlierCandidates()
        let keys = (0..<1_000).map { "name \($0)" }
        for (i, key) in keys.enumerated() { table.insert(hash: KeyHash.of(key), i) }
        for (i, key) in keys.enumerated() {
            #expect(table.index(hash: KeyHash.of(key), where: { keys[$0] == key }) == i)
        }
        #expect(table.index(hash: KeyHash.of("name 1000"), where: { keys[$0] == "name 1000" }) == nil)
        // Two keys under one hash: each found by the test, not by the hash alone.
        var shared = EarlierCandidates()
        shared.insert(hash: 42, 0)
        shared.insert(hash: 42, 1)
        #expect(shared.index(hash: 42, where: { $0 == 1 }) == 1)
        #expect(shared.index(hash: 42, where: { $0 == 0 }) == 0)
        #expect(shared.index(hash: 42, where: { _ in false }) == nil)
    }

    @Test func letterKeyAnswersRememberAndStayRight() {
        let answers = LetterKeyAnswers()
        var asked = 0
        // More keys than slots: answers stay right when a slot is taken by another key.
        for round in 0..<2 {
            for key in UInt64(1)...20_000 {
                let answer = answers.answer(key) {
                    asked += 1
                    return key % 3 == 0
                }
                #expect(answer == (key % 3 == 0), "\(key) in round \(round)")
            }
        }
        #expect(asked >= 20_000 && asked < 40_000)
        // A key asked again at once is remembered; the largest a `LetterKey` makes, twelve z's.
        let zs = (0..<12).reduce(UInt64(0)) { key, _ in key << 5 | 26 }
        #expect(answers.answer(zs) { true })
        #expect(answers.answer(zs) { false })
    }

    @Test func wordListsAnswerAsEachList() {
        let words = WordLists.sources.reduce(into: Set<String>()) { $0.formUnion($1.list.words) }
            .union(["zzyzx", "u.s", "new york", "prime minister"])
        for word in words {
            let scalars = PackedScalars(word)
            var sentence = SentenceWords(scalars)
            sentence.load(Sentence(index: 0, span: TextSpan(0, scalars.count), story: 0))
            // A word of one token by its key (dots dropped), as the rules ask; a phrase through the table.
            let key = sentence.count == 1 ? sentence.key(0) : word
            let lists = sentence.count == 1 ? sentence.lists(0) : WordLists(rawValue: WordLists.table[word] ?? 0)
            for (list, bit) in WordLists.sources {
                #expect(lists.contains(bit) == list.contains(key), "\(word)")
            }
            let wordClass: RoleReader.WordClass = ActorLexicon.honorifics.contains(key) ? .honorific
                : RoleReader.titleHeads.contains(key) ? .head : ActorLexicon.titleModifiers.contains(key) ? .modifier : .other
            #expect(lists.wordClass == wordClass, "\(word)")
            #expect(RoleReader.wordClass(key) == wordClass, "\(word)")
        }
    }

    @Test func sentenceWordsMemoryGrowsToWhatIsAsked() {
        let slots = SentenceWordsMemory(store: TokenStore(), forms: WordFacts(), tallies: NumberedWordTallies())
        slots.reserve(10)
        #expect(slots.capacity >= 10)
        slots.reserve(10_000)
        #expect(slots.capacity >= 10_000)
        let (numbers, keys, lists, capitals) = slots.columns
        // The columns lie one after another, none overlapping the next.
        #expect(keys - numbers >= 10_000 && lists - keys >= 10_000 && capitals - lists >= 10_000)
        capitals.update(repeating: 9, count: 10_000 / 64 + 1)
        #expect(capitals[10_000 / 64] == 9)
        let capacity = slots.capacity
        slots.reserve(5)
        #expect(slots.capacity == capacity && slots.columns.0 == numbers)
    }

    /// The bits `load` sets answer as the text does: a word whose first scalar is a capital,
    /// ASCII or not, past the 64th token of a sentence too, and no mark or number.
    @Test func capitalBitsAnswerAsTheText() {
        let filler = (1...140).map { $0 % 3 == 0 ? "Word\($0)" : $0 % 5 == 0 ? "\($0)" : "word" }.joined(separator: " ")
        let line = "\u{00C9}mile met \u{00E9}mile, \u{201C}Zoe\u{201D} and 3D: " + filler + " \u{0141}\u{00F3}d\u{017A} ends."
        let source = SourceText(line)
        let sentence = Sentence(index: 0, span: TextSpan(0, source.scalars.count), story: 0)
        var words = SentenceWords(source.scalars)
        words.load(sentence)
        #expect(words.count > 128)
        var next = words.count
        for i in stride(from: words.count - 1, through: 0, by: -1) {
            let capital = words.tokens[i].kind == .word && ScalarCase.isUpper(source.scalars, words.tokens[i].start)
            #expect(words.isCapitalised(i) == capital, "\(words.text(i))")
            if capital { next = i }
            #expect(words.firstCapitalised(from: i) == next, "\(i)")
        }
        #expect(words.firstCapitalised(from: words.count) == words.count)
        #expect(words.isCapitalised(0) && !words.isCapitalised(words.count))
    }

    /// The evidence pass reads tokens as they stream by; its sense of a sentence-initial word
    /// must be `SentenceWords.isInitialPosition`'s, which reads back over the sentence's tokens.
    @Test func evidenceTellsInitialWordsAsTheSentenceWordsDo() {
        let lines = [
            "Apple said: Banks (Cars) [Dogs] 'Eggs' and \"Figs\" with \u{2018}Grapes\u{2019} \u{201C}Hats\u{201D} * Ink",
            "\u{2022} Jam, \"Kale\", \u{AB}Lime\u{BB} : Mango - Nuts ( \"Oats\" ) 'Pears ' Quinces",
            "\"Rice ' Salt \u{2014} Tea; U.S. Vans 3 Wax",
        ]
        for line in lines {
            let scalars = PackedScalars(line)
            let sentence = Sentence(index: 0, span: TextSpan(0, scalars.count), story: 0)
            var evidence = DocumentEvidence()
            scalars.withView { evidence.add($0, scalars, sentence) }
            var words = SentenceWords(scalars)
            words.load(sentence)
            for i in 0..<words.count where words.isCapitalised(i) {
                let hash = words.keyHash(i)
                let initial = evidence.initialCount(hash: hash) > 0
                #expect(initial == words.isInitialPosition(i), "\(words.text(i)) in \(line)")
                #expect(evidence.capitalisedMidSentence(hash: hash) == !initial, "\(words.text(i)) in \(line)")
            }
        }
    }
}
