import Testing
@testable import BriefingCore

/// `SentenceWords.sides`: the words either side of a name that `CandidateReader.contextVotes`
/// weighs, read in one call.
@Suite("Actors: name sides")
struct NameSidesTests {
    /// The sides of the name from word `first` to word `last` of the text's one sentence.
    private func sides(_ text: String, first: Int, last: Int) -> NameSides {
        let source = SourceText(text)
        var words = SentenceWords(source.scalars)
        words.load(BriefingAnalyzer.segment(source, date: nil).sentences[0])
        return words.sides(first: first, last: last)
    }

    @Test func theBeforeANameIsSteppedOver() {
        // Words 2 "the", 3 "rival", 4 "Zentrix", 5 "said".
        let s = sides("They met the rival Zentrix said today.", first: 4, last: 4)
        #expect(s.before == 3)
        #expect(s.listsBefore.contains(.companyCues))
        #expect(s.possessive == 0)
        #expect(s.listsAfter.contains(.actorVerbs))
        // Words 2 "with", 3 "the", 4 "Zentrix".
        let stepped = sides("They met with the Zentrix board.", first: 4, last: 4)
        #expect(stepped.before == 2)
    }

    @Test func aPossessiveIsMeasuredAndTheWordAfterItRead() {
        let s = sides("Zentrix's airport opened.", first: 0, last: 0)
        #expect(s.before == -1 && s.listsBefore.isEmpty)
        #expect(s.possessive > 0)
        #expect(s.listsAfter.contains(.placeNounsAfter))
    }
}
