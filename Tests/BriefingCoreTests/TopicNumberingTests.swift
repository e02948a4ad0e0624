import Testing
@testable import BriefingCore

/// What the topic scan keeps by word number (`SingleTerms`, `PhraseTable`'s phrases of one
/// word) must find what the scan finds without numbers, where every word is looked up afresh.
@Suite("Topic scan memos by word number")
struct TopicNumberingTests {
    /// The sample briefing, with case variants, a word of more than 16 letters and a non-ASCII
    /// one (never numbered), and repeated one-word and longer terms and phrases.
    private static let text = BriefingAnalyzer.sampleText + """


        Inflation fears grow

        INFLATION rose again. The ceasefire held, and Ceasefire talks resumed in Zürich. \
        Inflation and interest rates worried the counterrevolutionaries of Zürich. \
        The interest rate rose; interest in the ceasefire fell. Inflation, inflation, INFLATION.
        """

    private func scan(_ input: (text: SourceText, sentences: [Sentence], stories: [Story]), numbered: Bool,
                      phraseLimit: Int = PhraseTable.defaultLimit) -> TopicEvidence {
        let store = numbered ? TokenStore(length: input.text.count, sentenceCount: input.sentences.count) : TokenStore()
        return TopicScanner.scan(input.text, sentences: input.sentences, tokens: store, phraseLimit: phraseLimit)
    }

    private func expectSame(_ a: TopicEvidence, _ b: TopicEvidence) {
        #expect(a.hits.count == b.hits.count)
        for (x, y) in zip(a.hits, b.hits) {
            #expect(x.term == y.term && x.span == y.span && x.surfaceKey == y.surfaceKey && x.weightCode == y.weightCode
                    && x.isName == y.isName && x.sentenceSlot == y.sentenceSlot)
        }
        #expect(a.occurrences.count == b.occurrences.count)
        for (x, y) in zip(a.occurrences, b.occurrences) {
            #expect(x.phrase == y.phrase && x.span == y.span && x.position == y.position && x.namelike == y.namelike
                    && x.ambiguousCase == y.ambiguousCase)
        }
        #expect(a.phraseWordStart == b.phraseWordStart && a.phraseIsProductLike == b.phraseIsProductLike)
        #expect(a.phraseWords.map(\.id) == b.phraseWords.map(\.id))
    }

    @Test("hits and phrase occurrences match the scan without numbers")
    func numberedScanMatches() {
        let input = topicInput(Self.text)
        let numbered = scan(input, numbered: true)
        #expect(numbered.hits.count > 10 && numbered.occurrences.count > 10)
        expectSame(numbered, scan(input, numbered: false))
    }

    @Test("the phrases remembered by number are forgotten when a full table drops phrases")
    func numberedScanMatchesWhenTableFills() {
        let input = topicInput(Self.text)
        let unlimited = scan(input, numbered: false)
        let limit = unlimited.phraseCount / 3
        expectSame(scan(input, numbered: true, phraseLimit: limit), scan(input, numbered: false, phraseLimit: limit))
    }

    @Test("a word's one-word term is the first of its units' terms when none is longer")
    func singleTermsFollowTheLexicon() {
        let lexicon = TopicLexicon.shared
        var single = 0, longer = 0
        for unit in 0..<(lexicon.firstStart.count - 1) {
            let terms = lexicon.firstTerms[Int(lexicon.firstStart[unit])..<Int(lexicon.firstStart[unit + 1])]
            let term = SingleTerms.term(exactUnit: Int32(unit), stemUnit: -1, lexicon)
            guard let first = terms.first else {
                #expect(term == SingleTerms.longer)
                continue
            }
            let length = lexicon.termStart[Int(first) + 1] - lexicon.termStart[Int(first)]
            #expect(term == (length == 1 ? first : SingleTerms.longer))
            if length == 1 { single += 1 } else { longer += 1 }
        }
        #expect(single > 0 && longer > 0)
    }
}
