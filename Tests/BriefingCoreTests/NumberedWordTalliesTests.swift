import Testing
@testable import BriefingCore

/// `DocumentEvidence` counts the capitals of numbered words by number and folds them in at
/// `finish`: its answers must be those of the evidence counted word by word, with no numbers,
/// and the shapes it notes by number must answer as the text does.
@Suite("Actor evidence by word number")
struct NumberedWordTalliesTests {
    /// The sample, then more sentences than there are numbers of made-up words in every case,
    /// so that the later words of the text go unnumbered and both ways mix in one document.
    private var text: String {
        var random = SeededRandom(seed: 7)
        let shapes = ["Qx", "qx", "QX", "Q.x", "Qx-qx", "Qx'qx", "Qxé", "Qxqxqxqxqxqxqxqxqx", "3Qx", "qQx", "qx3"]
        var sentences: [String] = []
        for _ in 0..<1_500 {
            var words: [String] = []
            for _ in 0..<(2 + random.next(6)) {
                var n = random.next(3_000), stem = ""
                repeat {
                    stem.append(Character(UnicodeScalar(UInt8(97 + n % 26))))
                    n /= 26
                } while n > 0
                words.append(random.pick(shapes).replacingOccurrences(of: "x", with: stem))
            }
            sentences.append(words.joined(separator: random.pick([" ", " ", ": ", " \""])) + ".")
        }
        return BriefingAnalyzer.sampleText + "\n\n" + sentences.joined(separator: " ")
    }

    private func evidence(_ source: SourceText, _ sentences: [Sentence], numbered: Bool) -> (DocumentEvidence, TokenStore) {
        let store = numbered ? TokenStore(length: source.count, sentenceCount: sentences.count) : TokenStore()
        var evidence = DocumentEvidence()
        source.scalars.withView { view in
            for sentence in sentences { evidence.add(view, source.scalars, sentence, tokens: store) }
        }
        evidence.finish()
        if numbered { #expect(store.numberedWords == WordNumbering.maxNumber, "the text numbers every number it can") }
        return (evidence, store)
    }

    @Test func numberedCountsAnswerAsCountsByWord() {
        let source = SourceText(text)
        let sentences = BriefingAnalyzer.segment(source, date: nil).sentences
        let plain = evidence(source, sentences, numbered: false).0
        let (numbered, store) = evidence(source, sentences, numbered: true)
        #expect(plain.capitalisedWords == numbered.capitalisedWords)
        // The same, but where every capitalised word of a sentence has a number, which the
        // evidence without numbers cannot tell.
        #expect(Array(plain.loneOpeners) == numbered.loneOpeners.map { $0 == DocumentEvidence.capitalsNumbered ? 0 : $0 })
        #expect(numbered.loneOpeners.contains(DocumentEvidence.capitalsNumbered) && numbered.loneOpeners.contains(0))
        var words = SentenceWords(source.scalars)
        // The candidate reader's words, whose shapes come from the numbered evidence.
        var shaped = SentenceWords(source.scalars, tokens: store, forms: numbered.forms, tallies: numbered.numbered)
        var asked = 0
        for (position, sentence) in sentences.enumerated() {
            words.load(sentence)
            // Capitals by shape where the evidence says every capitalised word has one (the
            // candidate reader's way), so that both ways of marking them are compared.
            shaped.load(sentence, capitalsByShape: numbered.loneOpeners[position] == DocumentEvidence.capitalsNumbered)
            #expect(Array(words.tokens) == Array(shaped.tokens))
            let runs = (NameRuns(), NameRuns())
            NameRunFinder.runs(words, into: runs.0)
            NameRunFinder.runs(shaped, into: runs.1)
            #expect(runs.0.runs.map(\.words) == runs.1.runs.map(\.words) && runs.0.runs.map(\.last) == runs.1.runs.map(\.last)
                && Array(runs.0.words) == Array(runs.1.words))
            for i in 0..<words.count {
                #expect(words.firstCapitalised(from: i) == shaped.firstCapitalised(from: i))
                #expect(NameRunFinder.isNameWord(words, i) == NameRunFinder.isNameWord(shaped, i), "\(words.text(i))")
                #expect(!shaped.isCapitalisedLetters(i)
                    || (words.isCapitalised(i) && words.isASCIILetters(i) && words.tokens[i].span.length > 1))
                #expect(words.isCapitalised(i) == shaped.isCapitalised(i), "\(words.text(i))")
                #expect(words.isLowercase(i) == shaped.isLowercase(i), "\(words.text(i))")
            }
            for i in 0..<words.count where words.isWord(i) {
                #expect(words.isASCIILetters(i) == shaped.isASCIILetters(i), "\(words.text(i))")
                #expect(words.hasDigit(i) == shaped.hasDigit(i), "\(words.text(i))")
                #expect(words.hasCapitalInside(i) == shaped.hasCapitalInside(i), "\(words.text(i))")
                let hash = words.keyHash(i), written = WordHash.of(source.scalars, words.tokens[i].span)
                #expect(plain.capitalisedCount(hash: hash) == numbered.capitalisedCount(hash: hash), "\(words.text(i))")
                #expect(plain.initialCount(hash: hash) == numbered.initialCount(hash: hash), "\(words.text(i))")
                #expect(plain.capitalisedMidSentence(hash: hash) == numbered.capitalisedMidSentence(hash: hash))
                #expect(plain.seenLowercase(hash: hash) == numbered.seenLowercase(hash: hash), "\(words.text(i))")
                #expect(plain.seenLowercase(hash: written) == numbered.seenLowercase(hash: written), "\(words.text(i))")
                asked += 1
            }
        }
        #expect(asked > WordNumbering.maxNumber)
    }

    @Test func countsAddAsOneAtATime() {
        var once = HashCounts(), oneByOne = HashCounts()
        let hashes: [UInt64] = (0..<300).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (k, hash) in hashes.enumerated() {
            let count = k == 0 ? 70_000 : k % 4
            once.add(hash, count: count)
            for _ in 0..<count { oneByOne.add(hash) }
        }
        for hash in hashes { #expect(once.count(hash) == oneByOne.count(hash)) }
        #expect(once.count(hashes[0]) == 3)
    }
}
