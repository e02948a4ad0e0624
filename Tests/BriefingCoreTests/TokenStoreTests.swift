import Testing
@testable import BriefingCore

/// The stages read a sentence's tokens through `TokenStore`: whether kept, replayed, coded
/// again past the budget or coded for a span that is no sentence, they must be exactly the
/// tokens `Tokenizer.scan` finds.
@Suite("Token store")
struct TokenStoreTests {
    private func sentences(_ text: SourceText) -> [Sentence] {
        SentenceSplitter.split(text.scalars).segments.enumerated().map { Sentence(index: $0, span: $1.span, story: 0) }
    }

    private func scanned(_ view: ScalarView, _ span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        Tokenizer.scan(view, in: span) { tokens.append($0) }
        return tokens
    }

    private func read(_ store: TokenStore, _ view: ScalarView, _ sentence: Sentence) -> [Token] {
        var tokens: [Token] = []
        store.scan(view, sentence) { tokens.append($0) }
        return tokens
    }

    /// Prose with what the codes hold only by escape: runs of spaces, and a word longer than
    /// 4,095 letters; and words with units the numbering must refuse, above ASCII, at 0x8000
    /// and over (negative as 16-bit lanes) and with an ASCII low byte (U+0141).
    private func awkwardText(seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        let words = ["The", "minister", "said", "U.S.", "3.5%", "O'Leary's", "co-operation", "—", "(", ")", "\u{1F600}", "caf\u{E9}",
                     "Seoul\u{AC00}", "Wa\u{0141}\u{0119}sa"]
        var text = ""
        for sentence in 0..<300 {
            for _ in 0..<(1 + random.next(25)) {
                text += random.pick(words)
                text += random.next(9) == 0 ? String(repeating: " ", count: 3 + random.next(5)) : " "
            }
            if sentence == 150 { text += String(repeating: "x", count: 4_200) + " " }
            text += random.next(4) == 0 ? ".\n\n" : ". "
        }
        return text
    }

    @Test(arguments: [0, 1, 2])
    func everyReadGivesTheScannedTokens(seed: UInt64) {
        let text = SourceText(awkwardText(seed: seed))
        let sentences = sentences(text)
        // The whole text kept, and a store whose 64 KB keeps only its first part.
        for store in [TokenStore(length: text.count, sentenceCount: sentences.count),
                      TokenStore(length: 0, sentenceCount: sentences.count)] {
            text.scalars.withView { view in
                // The first pass keeps, the second replays what was kept and codes the rest again.
                for _ in 0..<2 {
                    for sentence in sentences {
                        #expect(read(store, view, sentence) == scanned(view, sentence.span))
                    }
                }
            }
        }
    }

    @Test func aSmallBudgetKeepsTheFirstSentencesOnly() {
        let text = SourceText(String(repeating: awkwardText(seed: 7), count: 16))
        let sentences = sentences(text)
        let store = TokenStore(length: 0, sentenceCount: sentences.count)
        text.scalars.withView { view in
            for sentence in sentences { _ = read(store, view, sentence) }
            #expect(store.keptCount > 0 && store.keptCount < sentences.count)
            // Read out of order and again: the kept ones replayed, the others coded anew.
            for sentence in sentences.reversed() {
                #expect(read(store, view, sentence) == scanned(view, sentence.span))
            }
        }
    }

    @Test func aSpanThatIsNoSentenceIsNeverKept() {
        let text = SourceText("Markets rose on Monday.   Then they fell.")
        let store = TokenStore(length: text.count, sentenceCount: 2)
        let span = TextSpan(8, text.count)
        text.scalars.withView { view in
            #expect(read(store, view, Sentence(index: -1, span: span, story: 0)) == scanned(view, span))
            #expect(store.keptCount == 0)
        }
    }

    /// A sentence of blanks alone is kept with no code: it gives no token and no first number,
    /// and the sentences kept before and after it in the same codes give theirs.
    @Test func aSentenceWithoutTokensGivesNone() {
        // Text after the sentences read: a word starting within 16 units of the text's end is
        // not numbered (`WordNumbering`).
        let text = SourceText("Markets rose.     Then they fell. And rose again on Tuesday.")
        let spans = [TextSpan(0, 13), TextSpan(13, 18), TextSpan(18, 33)]
        let sentences = spans.enumerated().map { Sentence(index: $0, span: $1, story: 0) }
        let store = TokenStore(length: text.count, sentenceCount: sentences.count)
        text.scalars.withView { view in
            for _ in 0..<2 {
                for sentence in sentences {
                    #expect(read(store, view, sentence) == scanned(view, sentence.span))
                }
            }
            #expect(store.keptCount == 3)
            #expect(read(store, view, sentences[1]).isEmpty)
            #expect(store.firstNumber(sentences[1]) == 0)
            #expect(store.firstNumber(sentences[2]) != 0)
        }
    }

    @Test func sentencesAreKeptOnlyInOrder() {
        let text = SourceText("One here. Two there. Three everywhere.")
        let sentences = sentences(text)
        let store = TokenStore(length: text.count, sentenceCount: sentences.count)
        text.scalars.withView { view in
            // The second sentence first: not the next to keep, so coded and not kept.
            #expect(read(store, view, sentences[1]) == scanned(view, sentences[1].span))
            #expect(store.keptCount == 0)
            for sentence in sentences { _ = read(store, view, sentence) }
            #expect(store.keptCount == sentences.count)
            #expect(read(store, view, sentences[1]) == scanned(view, sentences[1].span))
        }
    }

    /// Each word's number, by its text, over every read of every sentence, in both stores of
    /// `everyReadGivesTheScannedTokens`: one number a word whatever the read (kept, replayed,
    /// coded again, or by escape after a run of spaces), a different one for each word, given
    /// in first-seen order; 0 for punctuation, non-ASCII words and words over 16 units.
    @Test(arguments: [3, 4])
    func eachWordKeepsOneNumber(seed: UInt64) {
        let text = SourceText(awkwardText(seed: seed) + " " + String(repeating: ".", count: 16))
        let sentences = sentences(text)
        for store in [TokenStore(length: text.count, sentenceCount: sentences.count),
                      TokenStore(length: 0, sentenceCount: sentences.count)] {
            var numbers: [String: Int] = [:]
            var highest = 0
            text.scalars.withView { view in
                for _ in 0..<2 {
                    for sentence in sentences {
                        store.scanNumbered(view, sentence) { token, number in
                            let word = SourceText.string(text.scalars, token.span)
                            let numbered = token.kind != .punctuation && token.span.length <= 16
                                && word.unicodeScalars.allSatisfy(\.isASCII)
                            #expect((number != 0) == numbered, "\(word)")
                            guard number != 0 else { return }
                            if let known = numbers[word] {
                                #expect(known == number, "\(word)")
                            } else {
                                #expect(number == highest + 1, "\(word)")
                                highest = number
                                numbers[word] = number
                            }
                        }
                    }
                }
            }
            #expect(highest == store.numberedWords && highest > 5)
        }
    }

    /// And with every number given, each word read again finds its own (the table at its
    /// fullest, where probes are longest and words share slots' tags).
    @Test func wordsPastTheLastNumberGetNone() {
        let words = (0...WordNumbering.maxNumber).map { "w\($0)" }
        let text = SourceText((words + words).joined(separator: " ") + " " + String(repeating: ".", count: 16))
        let store = TokenStore(length: text.count, sentenceCount: 1)
        var numbers: [Int] = []
        text.scalars.withView { view in
            store.scanNumbered(view, Sentence(index: 0, span: TextSpan(0, text.count), story: 0)) { token, number in
                if token.kind != .punctuation { numbers.append(number) }
            }
        }
        let numbered = Array(1...WordNumbering.maxNumber)
        #expect(numbers == numbered + [0] + numbered + [0])
    }

    /// A store that keeps nothing numbers no word, however often made and read (its numbering
    /// shares one table of free slots, never written), and a store made after it still
    /// numbers its words from 1.
    @Test func aStoreThatKeepsNothingNumbersNoWord() {
        let text = SourceText("Markets rose on Monday. Markets fell on Tuesday. " + String(repeating: ".", count: 16))
        let span = TextSpan(0, text.count)
        text.scalars.withView { view in
            for _ in 0..<3 {
                let store = TokenStore()
                for _ in 0..<2 {
                    store.scanNumbered(view, Sentence(index: -1, span: span, story: 0)) { _, number in #expect(number == 0) }
                }
                #expect(store.numberedWords == 0)
            }
            let store = TokenStore(length: text.count, sentenceCount: 1)
            var numbers: [Int] = []
            store.scanNumbered(view, Sentence(index: 0, span: span, story: 0)) { token, number in
                if token.kind == .word { numbers.append(number) }
            }
            #expect(numbers == [1, 2, 3, 4, 1, 5, 3, 6])
        }
    }

    @Test(arguments: [5, 6])
    func firstNumberIsTheFirstTokensOnceKept(seed: UInt64) {
        let text = SourceText(awkwardText(seed: seed) + " " + String(repeating: ".", count: 16))
        let sentences = sentences(text)
        let store = TokenStore(length: text.count, sentenceCount: sentences.count)
        text.scalars.withView { view in
            #expect(sentences.allSatisfy { store.firstNumber($0) == 0 })
            for sentence in sentences {
                var first: Int?
                store.scanNumbered(view, sentence) { _, number in if first == nil { first = number } }
                #expect(store.firstNumber(sentence) == first ?? 0)
            }
            #expect(sentences.contains { store.firstNumber($0) != 0 })
        }
    }
}
