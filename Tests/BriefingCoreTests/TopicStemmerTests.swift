import Testing
@testable import BriefingCore

@Suite("Topic stemmer")
struct TopicStemmerTests {
    @Test("inflections fold to one stem", arguments: [
        ("sanctions", "sanction"), ("sanctioned", "sanction"), ("sanctioning", "sanction"),
        ("tariffs", "tariff"), ("rates", "rate"), ("rated", "rate"), ("talks", "talk"),
        ("economies", "economi"), ("economy", "economi"), ("ceasefires", "ceasefire"),
        ("hopping", "hop"), ("agreed", "agree"), ("negotiating", "negotiate"), ("caresses", "caress"),
    ])
    func folds(_ pair: (String, String)) {
        #expect(Stemmer.stem(pair.0) == pair.1)
    }

    @Test("derivations stay apart")
    func derivations() {
        #expect(Stemmer.stem("military") != Stemmer.stem("militarily"))
        #expect(Stemmer.stem("economic") != Stemmer.stem("economy"))
    }

    @Test("short words and non-ASCII words are left alone")
    func leftAlone() {
        #expect(Stemmer.stem("us") == "us")
        #expect(Stemmer.stem("is") == "is")
        #expect(Stemmer.stem("cafés") == "cafés")
    }

    @Test("lexicon words find their inflected forms in text")
    func lexiconUnits() {
        let lexicon = TopicLexicon.shared
        let base = lexicon.units(forWord: "sanction").stem
        #expect(base >= 0)
        #expect(lexicon.units(forWord: "sanctions").stem == base)
        #expect(lexicon.units(forWord: "sanctioned").stem == base)
        // "=arms" is an exact form: "arm" does not find it.
        #expect(lexicon.units(forWord: "arms").exact >= 0)
        #expect(lexicon.units(forWord: "arm").exact < 0)
    }
}
