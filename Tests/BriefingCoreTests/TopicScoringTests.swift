import Testing
@testable import BriefingCore

@Suite("Topic scoring")
struct TopicScoringTests {
    /// The score of one theme when the text is ranked.
    func themeScore(_ string: String, _ id: String) -> Double {
        let input = topicInput(string)
        let evidence = TopicScanner.scan(input.text, sentences: input.sentences)
        let tallies = TopicRanking.tallyThemes(evidence, hits: evidence.hits.indices, lexicon: .shared)
        guard let index = TopicLexicon.shared.themes.firstIndex(where: { $0.id == id }) else { return -1 }
        return tallies[index].score
    }

    @Test("a term in the headline weighs more than the same term deep in the body")
    func position() {
        let filler = "The committee met on Monday. Members spoke at length. The meeting ended late.\n"
        let headline = themeScore("Tariff row deepens\n\n" + filler, "trade")
        let body = themeScore("Committee meets\n\n" + filler + "Someone mentioned a tariff.\n", "trade")
        #expect(headline > body)
        #expect(body > 0)
    }

    @Test("rare words weigh more than common ones")
    func specificity() {
        #expect(TopicVocabulary.specificity(zipf: 33) > TopicVocabulary.specificity(zipf: 50))
        #expect(TopicVocabulary.specificity(zipf: 77) >= 0.15)
        #expect(TopicVocabulary.specificity(zipf: WordFrequencyTable.floor) <= 1.6)
        let vocabulary = TopicVocabulary.shared
        let the = vocabulary.entry(WordKey.key("the"))
        let ceasefire = vocabulary.entry(WordKey.key("ceasefire"))
        #expect(the != nil && ceasefire != nil)
        #expect((the?.zipf ?? 0) > (ceasefire?.zipf ?? 99))
        #expect(the?.isStop == true)
    }

    @Test("inflected and multi-word forms count for the theme")
    func inflections() {
        let score = themeScore("Officials discussed new sanctions. The bloc sanctioned three banks.\n", "sanctions")
        let once = themeScore("Officials discussed new sanctions. The bloc met three banks.\n", "sanctions")
        #expect(score > once)
        #expect(themeScore("The Bank of England held interest rates.\n", "monetary") > 0)
    }

    @Test("several distinct keywords make a theme surer than one repeated")
    func diversity() {
        let varied = themeScore("Inflation rose. Interest rates rose. The central bank met.\n", "monetary")
        let repeated = themeScore("Inflation rose. Inflation rose. Inflation rose.\n", "monetary")
        #expect(varied > repeated)
    }

    @Test("a top-level subject needs evidence of its own, not only its themes'")
    func subjects() {
        let aviation = ranked("The airline ordered ten jets. The aircraft will fly long-haul routes from the airport.\n")
        #expect(aviation.contains { $0.id == "aviation" })
        #expect(!aviation.contains { $0.id == "economy" })
    }

    @Test("a single passing mention in the body does not make a topic")
    func threshold() {
        let topics = ranked("""
            Airline orders jets

            The airline ordered ten jets for its fleet. The aircraft arrive next year. \
            A spokesman mentioned the weather in passing.
            """)
        #expect(!topics.contains { $0.id == "weather" })
    }
}

@Suite("Topic ranking")
struct TopicRankingTests {
    let sample = BriefingAnalyzer.sampleText

    @Test("heaviest first, weights in 0…1 with the top at 1")
    func order() {
        let topics = topicsOf(sample)
        #expect(!topics.isEmpty)
        #expect(topics.first?.weight == 1)
        for (a, b) in zip(topics, topics.dropFirst()) { #expect(a.weight >= b.weight) }
        #expect(topics.allSatisfy { $0.weight > 0 && $0.weight <= 1 })
        #expect(Set(topics.map(\.id)).count == topics.count)
    }

    @Test("limits hold")
    func limits() {
        var limits = TopicRanking.Limits()
        limits.maxTopics = 5
        limits.maxPhrases = 1
        let topics = ranked(sample, limits: limits)
        #expect(topics.count <= 5)
        let themeIDs = Set(TopicLexicon.shared.themes.map(\.id))
        #expect(topics.filter { !themeIDs.contains($0.id) }.count <= 1)
    }

    @Test("every keyword occurs in the text and every sentence index names a sentence with one")
    func keywordsOccur() {
        let input = topicInput(sample)
        let lower = sample.lowercased()
        for topic in TopicModel.topics(input.text, sentences: input.sentences, stories: input.stories) {
            #expect(!topic.keywords.isEmpty)
            for keyword in topic.keywords { #expect(lower.contains(keyword.lowercased()), "\(keyword)") }
            #expect(!topic.sentences.isEmpty)
            #expect(topic.sentences == topic.sentences.sorted())
            #expect(topic.sentences.allSatisfy { $0 >= 0 && $0 < input.sentences.count })
        }
    }

    @Test("a phrase that repeats a listed theme's term is left out")
    func phraseDeduplication() {
        let topics = ranked("""
            Central bank holds interest rates

            The central bank held interest rates as inflation stayed high. Interest rates \
            will stay put while inflation eases, the central bank said.
            """)
        #expect(topics.contains { $0.id == "monetary" })
        #expect(!topics.contains { $0.label.lowercased() == "interest rates" })
    }

    @Test("text outside the taxonomy still gets key phrases")
    func phrasesOutsideTaxonomy() {
        let topics = ranked("""
            Beekeepers report hive losses

            Beekeepers across the valley report heavy hive losses this spring. The hive losses \
            follow a wet winter, and beekeepers blame varroa mites for most of them.
            """)
        #expect(!topics.isEmpty)
        #expect(topics.contains { $0.label.lowercased().contains("hive losses") })
    }

    @Test("topics per story say what each story is about")
    func perStory() {
        let input = topicInput(sample)
        #expect(input.stories.count > 1)
        let byStory = TopicModel.topicsByStory(input.text, sentences: input.sentences, stories: input.stories)
        #expect(byStory.count == input.stories.count)
        for (story, topics) in zip(input.stories, byStory) {
            for topic in topics {
                #expect(topic.stories == [story.index])
                #expect(topic.sentences.allSatisfy { story.sentences.contains($0) })
            }
        }
        let whole = TopicModel.topics(input.text, sentences: input.sentences, stories: input.stories)
        #expect(whole.contains { $0.stories.count > 1 })
    }

    @Test("the topics of one story of an analysed briefing")
    func oneStory() throws {
        let briefing = BriefingAnalyzer.analyze(sample)
        let story = try #require(briefing.stories.last)
        #expect(story.index > 0)
        let topics = TopicModel.topics(for: story, in: briefing)
        #expect(!topics.isEmpty)
        #expect(topics.allSatisfy { $0.stories == [story.index] && $0.sentences.allSatisfy(story.sentences.contains) })
        let input = topicInput(sample)
        let byStory = TopicModel.topicsByStory(input.text, sentences: input.sentences, stories: input.stories)
        #expect(topics.map(\.id) == byStory[story.index].map(\.id))
    }

    @Test("empty and wordless text has no topics")
    func empty() {
        #expect(topicsOf("").isEmpty)
        #expect(topicsOf("... !!! 123 456\n").isEmpty)
    }
}
