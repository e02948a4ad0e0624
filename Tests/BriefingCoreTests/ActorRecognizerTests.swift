import Testing
@testable import BriefingCore

/// The actor recogniser, one suite per rule family, on small real-style snippets.
private func analyse(_ text: String) -> (actors: [Actor], text: SourceText) {
    let briefing = BriefingAnalyzer.analyze(text)
    return (briefing.actors, briefing.source)
}

private func actor(_ actors: [Actor], _ name: String) -> Actor? {
    actors.first { $0.name == name }
}

private func mentions(_ a: Actor?, _ text: SourceText) -> [String] {
    (a?.mentions ?? []).map { text.slice($0.span) }
}

@Suite("Actors: titles and roles")
struct ActorTitleTests {
    @Test func preModifyingTitleGivesRoleAndAffiliation() {
        let (actors, _) = analyse("UK Foreign Secretary David Lammy met officials in Paris.")
        let lammy = actor(actors, "David Lammy")
        #expect(lammy?.kind == .person)
        #expect(lammy?.roles.first == "UK Foreign Secretary")
        #expect(lammy?.affiliation == "united-kingdom")
        #expect(actor(actors, "United Kingdom")?.kind == .place)
    }

    /// The second titled mention repeats the first (same name, title and evidence) and is
    /// kept as its place only: the actor must read as if both had been read in full.
    @Test func aTitledMentionSaidAgainKeepsEachPlaceAndTheRoleOnce() {
        let text = "Defence Secretary John Healey met officials. Later, Defence Secretary John Healey left. Healey spoke."
        let (actors, source) = analyse(text)
        let healey = actor(actors, "John Healey")
        #expect(healey?.kind == .person)
        #expect(mentions(healey, source).filter { $0 == "John Healey" }.count == 2)
        #expect(mentions(healey, source).contains("Healey"))
        #expect(healey?.roles.filter { $0 == "Defence Secretary" }.count == 1)
        #expect(healey?.aliases.filter { $0 == "John Healey" }.count == 1)
    }

    @Test func titleAcrossALineBreak() {
        let (actors, _) = analyse("Talks resumed.\nUS President\nDonald Trump is expected to call.")
        let trump = actor(actors, "Donald Trump")
        #expect(trump?.kind == .person)
        #expect(trump?.roles.contains("US President") == true)
        #expect(trump?.affiliation == "united-states")
    }

    @Test func coordinatedTitlesShareTheirModifier() {
        let (actors, _) = analyse(
            "Kallas will meet UK Foreign Secretary David Lammy and Defence Secretary John Healey on Monday.")
        let healey = actor(actors, "John Healey")
        #expect(healey?.roles == ["Defence Secretary"])
        #expect(healey?.affiliation == "united-kingdom")
    }

    @Test func appositiveBeforeTheName() {
        let (actors, text) = analyse("The EU’s foreign affairs chief, Kaja Kallas, is scheduled to speak.")
        let kallas = actor(actors, "Kaja Kallas")
        #expect(kallas?.roles == ["foreign affairs chief"])
        #expect(kallas?.affiliation == "european-union")
        #expect(mentions(kallas, text).contains("Kaja Kallas"))
    }

    @Test func appositiveAfterTheName() {
        let (actors, _) = analyse("Todd Tiahrt, a Kansas representative, said he was shocked.")
        let tiahrt = actor(actors, "Todd Tiahrt")
        #expect(tiahrt?.kind == .person)
        #expect(tiahrt?.roles == ["Kansas representative"])
        #expect(tiahrt?.affiliation == "kansas")
    }

    @Test func possessiveOwnerIsTheAffiliation() {
        let (actors, _) = analyse("Starmer welcomed Canada's new Prime Minister Mark Carney to London.")
        let carney = actor(actors, "Mark Carney")
        #expect(carney?.roles == ["Prime Minister"])
        #expect(carney?.affiliation == "canada")
    }

    @Test func possessiveBeforeAPersonGivesTheAffiliation() {
        let (actors, _) = analyse("Ford Motor Co. cut jobs. Ford's Alan Mulally flew to Dearborn, Michigan.")
        #expect(actor(actors, "Alan Mulally")?.affiliation == "ford-motor-co")
        #expect(actor(actors, "Ford Motor Co.")?.mentions.count == 2)
        #expect(actor(actors, "Dearborn")?.affiliation == "michigan")
    }

    @Test func lowercaseRoleBeforeAName() {
        let (actors, _) = analyse("The deal was late, Boeing spokesman William Barksdale said on Monday.")
        let barksdale = actor(actors, "William Barksdale")
        #expect(barksdale?.kind == .person)
        #expect(barksdale?.roles == ["spokesman"])
        #expect(barksdale?.affiliation == "boeing")
        #expect(actor(actors, "Boeing")?.kind == .organization)
    }

    @Test func sirIsATitleNotPartOfTheName() {
        let (actors, _) = analyse("Later, UK Prime Minister Sir Keir Starmer spoke. Starmer said little.")
        let starmer = actor(actors, "Keir Starmer")
        #expect(starmer?.roles.contains("UK Prime Minister") == true)
        #expect(starmer?.roles.contains("Sir") == true)
        #expect(starmer?.mentions.count ?? 0 >= 2)
        #expect(actors.allSatisfy { !$0.name.hasPrefix("Sir") })
    }

    @Test func unknownNameAfterAnHonorificIsAPerson() {
        let (actors, _) = analyse("Mr Oluwaseun Adebayo said the port would reopen.")
        let adebayo = actor(actors, "Oluwaseun Adebayo")
        #expect(adebayo?.kind == .person)
        #expect(adebayo?.roles.isEmpty == true)
    }

    @Test func bareTitlesAreNoActors() {
        let (actors, _) = analyse(
            "Kallas will receive a briefing from the Chief of the Defence Staff. The President and the Prime Minister agreed.")
        let names = Set(actors.map(\.name))
        for word in ["Chief", "Defence", "Chief of the Defence Staff", "President", "Prime Minister", "Sir"] {
            #expect(!names.contains(word))
        }
    }
}

@Suite("Actors: merging names")
struct ActorMergeTests {
    @Test func surnameJoinsTheFullName() {
        let (actors, text) = analyse("David Lammy arrived. Later, Lammy emphasized unity. Lammy's aides agreed.")
        let lammy = actor(actors, "David Lammy")
        #expect(mentions(lammy, text) == ["David Lammy", "Lammy", "Lammy"])
        #expect(lammy?.aliases.contains("Lammy") == true)
        #expect(actors.filter { $0.name.contains("Lammy") }.count == 1)
    }

    @Test func acronymInBracketsJoinsItsExpansion() {
        let (actors, text) = analyse(
            "The Organisation for Economic Co-operation and Development (OECD) cut its forecast. The OECD said growth would slow.")
        let oecd = actors.first { $0.aliases.contains("OECD") }
        #expect(oecd?.name == "Organisation for Economic Co-operation and Development")
        #expect(oecd?.kind == .organization)
        #expect(mentions(oecd, text) == ["Organisation for Economic Co-operation and Development", "OECD", "OECD"])
    }

    @Test func countryAbbreviationsAndEverydayNames() {
        let (actors, _) = analyse("The UK and Britain's allies met U.S. and US officials. The EU agreed.")
        #expect(actor(actors, "United Kingdom")?.mentions.count == 2)
        #expect(actor(actors, "United States")?.mentions.count == 2)
        let eu = actor(actors, "European Union")
        #expect(eu?.kind == .organization)
        #expect(eu?.aliases == ["EU"])
    }

    @Test func possessivesJoinTheirName() {
        let (actors, text) = analyse("Russia's illegal invasion drew a response from Canada and Russia.")
        #expect(mentions(actor(actors, "Russia"), text) == ["Russia", "Russia"])
    }

    @Test func aNameRepeatedByItsLastWordIsAPerson() {
        let (actors, text) = analyse("Oluwaseun Adebayo opened the port. Adebayo said it would stay open.")
        let adebayo = actor(actors, "Oluwaseun Adebayo")
        #expect(adebayo?.kind == .person)
        #expect(mentions(adebayo, text) == ["Oluwaseun Adebayo", "Adebayo"])
    }

    @Test func organisationFirstWordJoinsIt() {
        let (actors, _) = analyse("The contract went to Lockheed Martin, with Lockheed winning again in 2006.")
        #expect(actor(actors, "Lockheed Martin")?.mentions.count == 2)
    }

    @Test func kremlinAndMoscowBelongToRussia() {
        let (actors, _) = analyse(
            "Pressure on Moscow grew. Russia refused, and the Kremlin resisted a ceasefire.")
        #expect(actor(actors, "Kremlin")?.kind == .organization)
        #expect(actor(actors, "Kremlin")?.affiliation == "russia")
        #expect(actor(actors, "Moscow")?.kind == .place)
        #expect(actor(actors, "Moscow")?.affiliation == "russia")
    }

    @Test func salienceOrdersByMentionsThenFirstAppearance() {
        let (actors, _) = analyse("France met Germany. Germany and Spain agreed. Germany, Spain and Italy signed.")
        #expect(actors.map(\.name) == ["Germany", "Spain", "France", "Italy"])
    }
}

@Suite("Actors: kinds and lexicons")
struct ActorKindTests {
    @Test func organisationCues() {
        let (actors, _) = analyse(
            "The Bank of England held rates. Acme Widgets Inc. and the Ministry of Defence disagreed, said Qantas Airways.")
        #expect(actor(actors, "Bank of England")?.kind == .organization)
        #expect(actor(actors, "Acme Widgets Inc.")?.kind == .organization)
        #expect(actor(actors, "Ministry of Defence")?.kind == .organization)
        #expect(actor(actors, "Qantas Airways")?.kind == .organization)
    }

    @Test func placesFromTheGazetteerAndFromContext() {
        let (actors, _) = analyse(
            "The aircraft will be assembled in Toulouse, France and in Wexburgh, Alabama.")
        #expect(actor(actors, "Toulouse")?.kind == .place)
        #expect(actor(actors, "Toulouse")?.affiliation == "france")
        #expect(actor(actors, "Wexburgh")?.kind == .place)
        #expect(actor(actors, "Wexburgh")?.affiliation == "alabama")
    }

    @Test func sentenceOpenersMonthsWeekdaysAndDemonymsAreNoActors() {
        let (actors, _) = analyse("""
            Moreover, British officials met on Monday. Additionally, Russian hackers struck in March. \
            Analysts expect more. Further talks follow on Friday with European partners.
            """)
        let names = Set(actors.map(\.name))
        for word in ["Moreover", "Additionally", "Analysts", "Further", "British", "Russian", "European",
                     "Monday", "Friday", "March"] {
            #expect(!names.contains(word))
        }
    }

    @Test func productsAndCurrenciesAreNoActors() {
        let (actors, _) = analyse(
            "Airbus delivered an Airbus A380 and three 787 Dreamliner jets for a US$40 billion deal.")
        let airbus = actor(actors, "Airbus")
        #expect(airbus?.mentions.count == 1)
        #expect(actor(actors, "Dreamliner") == nil)
        #expect(actor(actors, "United States") == nil)
    }

    @Test func capitalisedCommonWordsAreNoNames() {
        let (actors, _) = analyse(
            "Costs rose for Maintenance, Repair and Overhaul (MRO) since the Joint Strike Fighter program began.")
        #expect(actors.isEmpty)
    }

    @Test func aSentenceOpenerThatIsANameElsewhereIsKept() {
        let (actors, _) = analyse("Shares of Intel rose. Intel said sales grew.")
        #expect(actor(actors, "Intel")?.mentions.count == 2)
    }
}

@Suite("Actors: the sample briefing")
struct ActorSampleTests {
    @Test func everyMentionSlicesToANameOrRoleOfItsActor() {
        let briefing = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)
        #expect(briefing.actors.count >= 15)
        for a in briefing.actors {
            for m in a.mentions {
                let s = briefing.source.slice(m.span)
                #expect(briefing.sentences[m.sentence].span.contains(m.span))
                #expect(a.aliases.contains(s) || a.roles.contains { s.hasSuffix($0) || s.contains($0) }
                        || s.hasPrefix("The") || s.hasPrefix("UK") || s.hasPrefix("US"),
                        "\(a.name): \(s)")
            }
        }
        let ids = briefing.actors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for a in briefing.actors { if let aff = a.affiliation { #expect(ids.contains(aff)) } }
    }

    @Test func workGrowsLinearlyWithTheText() {
        let one = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)
        let ten = BriefingAnalyzer.analyze(String(repeating: BriefingAnalyzer.sampleText + "\n\n", count: 10))
        let count = { (b: Briefing) in b.actors.reduce(0) { $0 + $1.mentions.count } }
        #expect(count(ten) == 10 * count(one))
    }
}

@Suite("Actors: any input")
struct ActorRobustnessTests {
    /// Deterministic pseudo-random texts of names, titles, connectors and punctuation:
    /// every mention lies inside its sentence and the text, and ids are unique.
    @Test func mentionsStayInsideTheirSentences() {
        let pieces = ["UK", "Foreign", "Secretary", "David", "Lammy", "of", "and", "the", "Bank", "England",
                      "(OECD)", "'s", "’s", ",", ".", "\n", "\n\n", "Mr", "Sir", "President", "said", "in",
                      "Moscow", "Kremlin", "US$40", "A380", "787", "\"", "-", "Inc.", "U.S.", "Ölçek", "東京",
                      "Chief", "Executive", "a", "spokesman", "X", "I", "We've", "Analysts", "May", "Monday"]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<random.next(60) {
                text += random.pick(pieces)
                if random.next(4) != 0 { text += " " }
            }
            let briefing = BriefingAnalyzer.analyze(text)
            let ids = briefing.actors.map(\.id)
            #expect(Set(ids).count == ids.count)
            for a in briefing.actors {
                #expect(!a.mentions.isEmpty)
                if let aff = a.affiliation { #expect(ids.contains(aff) && aff != a.id) }
                for m in a.mentions {
                    #expect(m.span.start >= 0 && m.span.end <= briefing.source.count && m.span.start < m.span.end)
                    #expect(briefing.sentences[m.sentence].span.contains(m.span), "\(text)")
                }
            }
        }
    }
}

@Suite("Actors: lexicons")
struct ActorLexiconTests {
    @Test func commonWordsAreFoundByBinarySearch() {
        let words = Gazetteer.shared.commonWords
        #expect(words.count > 30_000)
        for w in ["maintenance", "apple", "store", "aardvark", "zoo"] { #expect(words.contains(w), "\(w)") }
        for w in ["boeing", "airbus", "", "zzzzzz", "Apple"] { #expect(!words.contains(w), "\(w)") }
        let small = SortedWords("alpha beta\ngamma")
        #expect(small.contains("alpha") && small.contains("beta") && small.contains("gamma"))
        #expect(!small.contains("alph") && !small.contains("betas") && !small.contains("delta"))
    }

    @Test func gazetteerKnowsCountriesCapitalsDemonymsAndGivenNames() {
        let g = Gazetteer.shared
        #expect(g.places["uk"]?.name == "United Kingdom")
        #expect(g.places["us"]?.name == "United States")
        #expect(g.places["russia"]?.isCountry == true)
        #expect(g.places["moscow"]?.country == "Russia")
        #expect(g.demonym("british") == "United Kingdom")
        #expect(g.demonym("singaporeans") == "Singapore")
        #expect(g.isGivenName("steve") && !g.isGivenName("paris"))
    }

    /// Keys that pack into a `LetterKey` are asked by it, the others by string: both give
    /// the same answers, plurals of names of several words and one-letter keys included.
    @Test func demonymsAnswerTheSameByPackedKeyAndByString() {
        let g = Gazetteer.shared
        #expect(g.demonym("costa ricans") == "Costa Rica")
        #expect(g.demonym("new zealander") == g.demonym("new zealanders"))
        #expect(g.demonym("s") == nil && g.demonym("") == nil && g.demonym("britishs") == "United Kingdom")
        for key in ["british", "britons", "french", "ss", "kenyans", "boeing"] {
            let byString = g.demonyms[key] ?? (key.hasSuffix("s") ? g.demonyms[String(key.dropLast())] : nil)
            #expect(g.demonym(packed: LetterKey.of(key)) == byString, "\(key)")
            #expect(g.demonym(key) == byString, "\(key)")
        }
    }
}

@Suite("Actors: one-word sentences")
struct ActorOneWordSentenceTests {
    @Test func aLoneUnknownWordIsNoActor() {
        let (actors, _) = analyse("Dadvlw. Gakhqcr. Bwwxh. Talks resumed in Paris.")
        #expect(actors.map(\.name) == ["Paris"])
    }

    @Test func aLoneWordMetElsewhereOrKnownStays() {
        let (actors, text) = analyse("Dadvlw. Officials said Dadvlw would sign. Ukraine.")
        #expect(mentions(actor(actors, "Dadvlw"), text) == ["Dadvlw", "Dadvlw"])
        #expect(actor(actors, "Ukraine")?.kind == .place)
    }

    @Test func aLoneWordOpeningSeveralSentencesStays() {
        let (actors, _) = analyse("Microsoft. Microsoft. Microsoft.")
        #expect(actor(actors, "Microsoft")?.mentions.count == 3)
    }
}

@Suite("Actors: repeated mentions")
struct ActorRepeatedMentionTests {
    @Test func everyRepeatKeepsItsPlaceAndSentence() {
        let sentence = "Officials in Kowloon met Dadvlw Gakhqcr. "
        let (actors, text) = analyse("Talks began. " + String(repeating: sentence, count: 500) + "Gakhqcr left Kowloon.")
        let person = actor(actors, "Dadvlw Gakhqcr")
        #expect(person?.kind == .person)
        #expect(person?.mentions.count == 501)
        #expect(mentions(person, text).suffix(1) == ["Gakhqcr"])
        let place = actor(actors, "Kowloon")
        #expect(place?.mentions.count == 501)
        for a in [person, place] {
            let spans = (a?.mentions ?? []).map(\.span)
            #expect(spans == spans.sorted())
            #expect((a?.mentions ?? []).map(\.sentence) == Array(1...501))
        }
    }

    @Test func aRepeatWithARoleIsNoBareRepeat() {
        let (actors, _) = analyse("Dadvlw Gakhqcr spoke. Dadvlw Gakhqcr spoke. Foreign Minister Dadvlw Gakhqcr spoke.")
        let person = actor(actors, "Dadvlw Gakhqcr")
        #expect(person?.mentions.count == 3)
        #expect(person?.roles == ["Foreign Minister"])
    }

    @Test func aCandidatesMentionsStartWithItsOwnAndFollowItsRepeats() {
        var candidates = [ActorCandidate(span: TextSpan(3, 9), sentence: 0, key: "dadvlw", severalWordKeys: nil,
                                         surface: "Dadvlw"),
                          ActorCandidate(span: TextSpan(12, 19), sentence: 0, key: "gakhqcr", severalWordKeys: nil,
                                         surface: "Gakhqcr"),
                          ActorCandidate(span: TextSpan(25, 30), sentence: 1, key: "kowlo", severalWordKeys: nil,
                                         surface: "Kowlo")]
        #expect(candidates[0].mentionCount == 1)
        var repeats = RepeatedMentions()
        // Repeats of the first and the third, interleaved in text order, then gathered.
        for (index, start, sentence) in [(0, 40, 2), (2, 50, 3), (0, 90, 5), (2, 99, 6), (2, 120, 7)] {
            repeats.add(start: start, sentence: sentence, repeating: index)
        }
        // Counted as they are placed.
        #expect(candidates.map(\.mentionCount) == [1, 1, 1])
        repeats.place(&candidates)
        #expect(candidates.map(\.mentionCount) == [3, 1, 4])
        var taken = [Mention(span: TextSpan(0, 1), sentence: 0)]
        candidates[0].takeMentions(into: &taken, from: &repeats)
        #expect(taken.map(\.sentence) == [0, 0, 2, 5])
        #expect(taken.map(\.span) == [TextSpan(0, 1), TextSpan(3, 9), TextSpan(40, 46), TextSpan(90, 96)])
        #expect(candidates[0].mentionCount == 1)
        var others: [Mention] = []
        candidates[1].takeMentions(into: &others, from: &repeats)
        candidates[2].takeMentions(into: &others, from: &repeats)
        #expect(others.map(\.span.start) == [12, 25, 50, 99, 120])
        #expect(others.map(\.span.length) == [7, 5, 5, 5, 5])
        #expect(others.map(\.sentence) == [0, 1, 3, 6, 7])
    }

    @Test func mentionsOfSeveralNamesMergeInTextOrderWithoutOverlaps() {
        var mentions = [Mention(span: TextSpan(50, 56), sentence: 3), Mention(span: TextSpan(10, 22), sentence: 1),
                        Mention(span: TextSpan(16, 22), sentence: 1), Mention(span: TextSpan(30, 36), sentence: 2)]
        AliasResolver.putInTextOrder(&mentions)
        #expect(mentions.map(\.span.start) == [10, 30, 50])
    }
}
