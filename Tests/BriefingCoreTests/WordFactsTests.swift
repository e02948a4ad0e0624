import Testing
@testable import BriefingCore

/// `WordFacts` must give each form its own entry, with the `LetterKey` packed from its
/// letters, whatever forms came before it.
@Suite("Word facts by form")
struct WordFactsTests {
    /// Every word token of `string` with its entry, through one table; each entry is checked
    /// against the token's own letters. `numbered`: the words read with their numbers from a
    /// token store (`WordNumbering`), as the analysis reads them; else with none.
    private func entries(_ string: String, facts: WordFacts,
                         numbered: Bool = false) -> [(word: String, entry: UnsafeMutablePointer<WordFacts.Entry>?)] {
        let scalars = PackedScalars(string)
        let tokens = numberedTokens(scalars, numbered: numbered)
        return scalars.withView { view in
            tokens.filter { $0.0.kind == .word }.map { token, number in
                let entry = facts.entry(view.units, token.start, token.end, number: number)
                if let entry {
                    #expect(entry.pointee.letterKey == LetterKey.of(units: view.units, token.start, token.end))
                }
                return (SourceText.string(scalars, token.span), entry)
            }
        }
    }

    @Test("a form keeps its entry and its facts; another form does not share them", arguments: [false, true])
    func repeats(numbered: Bool) {
        let words = "the The THE a A ab abcdefgh abcdefghi abcdefghijklmnop U.S O'Leary co-operation"
        // A tail, so every word lies sixteen units inside the text.
        let text = words + " " + words + " ................"
        let facts = WordFacts()
        let found = entries(text, facts: facts, numbered: numbered)
        let half = found.count / 2
        for k in 0..<half {
            let (word, first) = found[k]
            let again = found[half + k].entry
            #expect(first != nil, "\(word)")
            #expect(first == again, "\(word)")
            first?.pointee.facts |= WordFacts.countedLowercase
        }
        // Each form's facts are its own: marking one marked no other.
        let marked = Set(found.prefix(half).compactMap(\.entry))
        #expect(marked.count == half)
        for (word, entry) in found where entry != nil {
            #expect(entry!.pointee.facts & WordFacts.countedLowercase != 0, "\(word)")
        }
    }

    @Test("long, non-ASCII and end-of-text words have no entry", arguments: [false, true])
    func noEntry(numbered: Bool) {
        let facts = WordFacts()
        let found = entries("abcdefghijklmnopq Zürich café " + String(repeating: ".", count: 16) + " end", facts: facts,
                            numbered: numbered)
        #expect(found.map(\.word) == ["abcdefghijklmnopq", "Zürich", "café", "end"])
        #expect(found.allSatisfy { $0.entry == nil })
    }

    @Test("a form whose entry another took is made again, with no facts")
    func eviction() {
        let facts = WordFacts()
        // Enough different forms that many share an entry.
        var words: [String] = []
        for a in UnicodeScalar("a").value...UnicodeScalar("z").value {
            for b in UnicodeScalar("a").value...UnicodeScalar("z").value {
                for c in UnicodeScalar("a").value...UnicodeScalar("z").value {
                    words.append(String(UnicodeScalar(a)!) + String(UnicodeScalar(b)!) + String(UnicodeScalar(c)!))
                }
            }
        }
        let text = words.joined(separator: " ")
        let first = entries(text + " " + String(repeating: ".", count: 16), facts: facts)
        for (_, entry) in first { entry?.pointee.facts |= WordFacts.countedLowercase }
        // Read again: an entry taken by a later form since holds this form again (its key
        // checked as it is read), its facts forgotten; the forms the last ones left alone keep theirs.
        var forgotten = 0
        let scalars = PackedScalars(text + " " + String(repeating: ".", count: 16))
        scalars.withView { view in
            for token in Tokenizer.tokens(scalars, in: TextSpan(0, scalars.count)) where token.kind == .word {
                let entry = facts.entry(view.units, token.start, token.end, number: 0)!
                #expect(entry.pointee.letterKey == LetterKey.of(units: view.units, token.start, token.end))
                if entry.pointee.facts == 0 { forgotten += 1 }
            }
        }
        #expect(forgotten > 0 && forgotten < words.count)
    }

    @Test("one-word names' facts are kept with their forms, beside their lists, up to a bound",
          arguments: [false, true])
    func names(numbered: Bool) {
        let text = "Reuters said Apple and Reuters met. " + String(repeating: ".", count: 16)
        let source = SourceText(text)
        let sentence = BriefingAnalyzer.segment(source, date: nil).sentences[0]
        let store = numbered ? TokenStore(length: source.count, sentenceCount: 1) : TokenStore()
        var words = SentenceWords(source.scalars, tokens: store)
        words.load(sentence)
        let evidence = DocumentEvidence()
        // Tokens 0, 2 and 4 are "Reuters", "Apple", "Reuters".
        let reuters = words.formEntry(0)!, apple = words.formEntry(2)!
        #expect(words.formEntry(4) == reuters)
        #expect(words.oneWordName(reuters) == nil)
        let facts = [0].withUnsafeBufferPointer { NameFacts(words, $0[...], evidence: evidence) }
        reuters.pointee.facts |= WordFacts.listsKnown | WordFacts.countedLowercase
        words.keepOneWordName(facts, reuters)
        #expect(words.oneWordName(words.formEntry(4)!) === facts)
        #expect(words.oneWordName(apple) == nil)
        // The other facts stay as they were.
        #expect(reuters.pointee.facts & WordFacts.listsKnown != 0 && reuters.pointee.facts & WordFacts.countedLowercase != 0)
        #expect(reuters.pointee.facts & WordFacts.listBits == 0)
        // Past the bound, no more are kept.
        for _ in 0..<WordFacts.maxNames { words.keepOneWordName(facts, apple) }
        let other = [2].withUnsafeBufferPointer { NameFacts(words, $0[...], evidence: evidence) }
        words.keepOneWordName(other, apple)
        #expect(words.oneWordName(apple) === facts)
    }
}
