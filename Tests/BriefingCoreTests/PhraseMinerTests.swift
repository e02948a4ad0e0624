import Testing
@testable import BriefingCore

@Suite("Phrase miner")
struct PhraseMinerTests {
    @Test("candidates are runs of content words between stop words and punctuation")
    func runs() {
        let phrases = minedPhrases("The leaders discussed a 30-day ceasefire proposal and intelligence sharing, officials said.\n")
        #expect(phrases.contains("30-day ceasefire proposal"))
        #expect(phrases.contains("intelligence sharing"))
        #expect(!phrases.contains { $0.contains(" and ") || $0.contains(",") })
    }

    @Test("verbs and adverbs end a phrase")
    func verbsEndPhrases() {
        let phrases = minedPhrases("Policymakers navigate uncertainties surrounding tariff policies.\n")
        #expect(!phrases.contains { $0.contains("navigate") })
        // A last word in -ing that takes an object is a verb, not part of the phrase.
        #expect(!phrases.contains { $0.hasSuffix("surrounding") })
        #expect(phrases.contains("tariff policies"))
    }

    @Test("names and common words are mined apart")
    func namesApart() {
        let phrases = minedPhrases("The report said UK growth forecasts were cut by the Treasury in London.\n")
        #expect(phrases.contains("growth forecasts"))
        #expect(!phrases.contains("UK growth forecasts"))
    }

    @Test("a product name keeps its model number")
    func productNames() {
        let phrases = minedPhrases("The airline ordered the Boeing 787 Dreamliner and three older jets.\n")
        #expect(phrases.contains("Boeing 787 Dreamliner"))
    }

    @Test("a year does not turn a name into a product")
    func years() {
        let phrases = minedPhrases("Fans remembered Steve Jobs 1955-2011 at the Apple Store and the WWDC 2005 keynote.\n")
        #expect(!phrases.contains { $0.contains("1955") || $0.contains("2005") })
        let models = minedPhrases("The airline flies the Boeing 747-400 and the Airbus A380.\n")
        #expect(models.contains("Boeing 747-400"))
        #expect(models.contains("Airbus A380"))
    }

    @Test("a participle after a plural ends the phrase")
    func participles() {
        let phrases = minedPhrases("Many buyers experienced delivery delays. Crews tested aerial refueling tankers.\n")
        #expect(phrases.contains("delivery delays"))
        #expect(!phrases.contains { $0.contains("experienced") })
        #expect(phrases.contains("aerial refueling tankers"))
    }

    @Test("a run is trimmed at its ends only where a small word has a suffix, and kept whole otherwise")
    func trimmedEnds() {
        let phrases = minedPhrases("Sharply rising fuel costs hurt airlines. Officials admitted fuel costs mattered.\n")
        #expect(phrases.contains("fuel costs"))
        #expect(!phrases.contains { $0.contains("rising") || $0.contains("Sharply") })
        // Ends with no suffix to trim: a run longer than `maxWords` is dropped whole.
        let long = minedPhrases("They studied border fence construction cost estimate documents.\n")
        #expect(!long.contains { $0.split(separator: " ").count > PhraseMiner.maxWords })
        #expect(!long.contains("border fence construction cost estimate documents"))
    }

    @Test("amounts and bare numbers are not phrases")
    func amounts() {
        let phrases = minedPhrases("Profits rose to $269m in 2005 across 230 stores.\n")
        #expect(!phrases.contains { $0.contains("269m") || $0.contains("2005") || $0.contains("230") })
    }

    @Test("singular and plural forms are one phrase")
    func plurals() {
        let input = topicInput("They ordered more passenger jets. Pilots like the passenger jet.\n")
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
        let surfaces = evidence.occurrences.map { input.text.slice($0.span) }
        let jets = evidence.occurrences.filter { ["passenger jets", "passenger jet"].contains(input.text.slice($0.span)) }
        #expect(jets.count == 2, "mined: \(surfaces)")
        #expect(Set(jets.map(\.phrase)).count == 1)
    }

    @Test("a person's name alone never becomes a topic")
    func namesAreNotTopics() {
        let topics = topicsOf("""
            Ryanair orders jets

            Michael O'Leary said the airline would order more aircraft. O'Leary said Michael O'Leary \
            had approved the aircraft order for the airline.
            """)
        #expect(!topics.contains { $0.label.contains("O'Leary") || $0.label.contains("Michael") })
        #expect(topics.contains { $0.id == "aviation" })
    }
}
