import Testing
@testable import BriefingCore

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    @Test func plainStops() {
        #expect(sentenceTexts("It rained. Then it stopped! Did it? Yes.")
                == ["It rained.", "Then it stopped!", "Did it?", "Yes."])
    }

    @Test func titlesAndHonorifics() {
        #expect(sentenceTexts("Mr. Smith met Dr. Jones at St. Paul's. They talked.")
                == ["Mr. Smith met Dr. Jones at St. Paul's.", "They talked."])
    }

    @Test func dottedAcronymsInsideAndAtTheEnd() {
        #expect(sentenceTexts("The U.S. and U.K. agreed. Talks moved to the U.S. The deal holds.")
                == ["The U.S. and U.K. agreed.", "Talks moved to the U.S.", "The deal holds."])
    }

    @Test func monthsAndNumbers() {
        #expect(sentenceTexts("It opened on Jan. 5 at No. 10 Downing Street. Visitors came.")
                == ["It opened on Jan. 5 at No. 10 Downing Street.", "Visitors came."])
    }

    @Test func wordsWithoutLettersEndSentences() {
        #expect(sentenceTexts("The record was set in 2010. Ten years on, it stands at $5,400. Fans cheered 3-1. It rained.")
                == ["The record was set in 2010.", "Ten years on, it stands at $5,400.", "Fans cheered 3-1.", "It rained."])
    }

    @Test func latinAbbreviations() {
        #expect(sentenceTexts("Some allies, e.g. France, agreed, i.e. most did. Others did not, etc. The vote followed.")
                == ["Some allies, e.g. France, agreed, i.e. most did.", "Others did not, etc.", "The vote followed."])
    }

    @Test func companySuffixes() {
        #expect(sentenceTexts("Apple Inc. Chief Tim Cook spoke. He was bought by Acme Corp. The deal closed.")
                == ["Apple Inc. Chief Tim Cook spoke.", "He was bought by Acme Corp.", "The deal closed."])
    }

    @Test func initials() {
        #expect(sentenceTexts("US Vice President J. D. Vance spoke. George W. Bush listened.")
                == ["US Vice President J. D. Vance spoke.", "George W. Bush listened."])
    }

    @Test func decimalsAndVersions() {
        #expect(sentenceTexts("Growth was 3.5 per cent in version 2.1.4 of the model. It fell.")
                == ["Growth was 3.5 per cent in version 2.1.4 of the model.", "It fell."])
    }

    @Test func ellipsesInsideASentence() {
        #expect(sentenceTexts("We are disappointed... Once we review it, we will decide. Fine.")
                == ["We are disappointed... Once we review it, we will decide.", "Fine."])
        #expect(sentenceTexts("It will be felt for years to come.... I will miss him.")
                == ["It will be felt for years to come....", "I will miss him."])
    }

    @Test func closingQuotesAndBracketsGoWithTheStop() {
        #expect(sentenceTexts("He said, \u{201C}We will win.\u{201D} The crowd cheered. (It was loud.) Then quiet.")
                == ["He said, \u{201C}We will win.\u{201D}", "The crowd cheered.", "(It was loud.)", "Then quiet."])
    }

    @Test func quotedQuestionRunsOnWithLowercase() {
        #expect(sentenceTexts("\"Why now?\" she asked. Nobody knew.") == ["\"Why now?\" she asked.", "Nobody knew."])
    }

    @Test func camelCaseNamesOpenSentences() {
        #expect(sentenceTexts("Apple showed the phone. iPhone sales rose.") == ["Apple showed the phone.", "iPhone sales rose."])
    }

    @Test func headlineWithoutStopIsItsOwnSentence() {
        #expect(sentenceTexts("Ryanair buys five Boeing jets\nRyanair said on Monday it would buy five jets.")
                == ["Ryanair buys five Boeing jets", "Ryanair said on Monday it would buy five jets."])
    }

    @Test func titleAndDatelineParagraphs() {
        #expect(sentenceTexts("Airbus wins order\n\nJune 13, 2005\n\nAirbus won an order. It was big.")
                == ["Airbus wins order", "June 13, 2005", "Airbus won an order.", "It was big."])
    }

    @Test func lineBreakAfterATitleRunsOn() {
        #expect(sentenceTexts("Talks went on.\nUS President\nDonald Trump is reportedly making efforts.")
                == ["Talks went on.", "US President\nDonald Trump is reportedly making efforts."])
    }

    @Test func hardWrappedProseRunsOn() {
        let text = "The minister said the government would continue to support\nthe plan and would review it in\nSeptember. Critics disagreed."
        #expect(sentenceTexts(text) == [
            "The minister said the government would continue to support\nthe plan and would review it in\nSeptember.",
            "Critics disagreed.",
        ])
    }

    @Test func bullets() {
        let text = "Key points:\n- Rates held at 4.5%\n- Inflation eased\n* Jobs grew. Wages too.\n1. First item\n2) Second item"
        #expect(sentenceTexts(text) == [
            "Key points:", "- Rates held at 4.5%", "- Inflation eased", "* Jobs grew.", "Wages too.",
            "1. First item", "2) Second item",
        ])
    }

    @Test func blankLinesMakeParagraphs() {
        let briefing = BriefingAnalyzer.analyze("One. Two.\n\n\nThree.\n \nFour.")
        #expect(briefing.paragraphs.count == 3)
        #expect(briefing.sentences.indices.map { briefing.paragraphIndex(ofSentence: $0) } == [0, 0, 1, 2])
    }

    @Test func sentencesNeverEndInsideALowercaseRun() {
        #expect(sentenceTexts("Prices rose approx. five per cent. Sales fell.")
                == ["Prices rose approx. five per cent.", "Sales fell."])
    }
}

@Suite("Sentence splitting: text without stops")
struct LongRunTests {
    @Test func aRunWithoutStopsIsCutAtSpacesIntoBoundedPieces() {
        let text = String(repeating: "alpha beta gamma, delta ", count: 2_000) // 48,000 characters, no stop
        let briefing = BriefingAnalyzer.analyze(text)
        #expect(briefing.sentences.count >= 10)
        for sentence in briefing.sentences {
            #expect(sentence.span.length <= SentenceSplitter.maxSentenceLength)
            let scalars = briefing.source.scalars
            #expect(sentence.span.end == scalars.count || scalars[sentence.span.end].isSpace, "cut inside a word")
        }
        #expect(briefing.invariantViolations() == [])
    }

    @Test func aRunWithoutSpacesIsCutAnyway() {
        let text = String(repeating: "x", count: 12_001)
        let briefing = BriefingAnalyzer.analyze(text)
        #expect(briefing.sentences.map(\.span.length) == [5_000, 5_000, 2_001])
    }
}
