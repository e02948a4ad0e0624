import Testing
@testable import BriefingCore

/// The resolver's one-word rules when a word could name more than one group: the key tables
/// mark such a word ambiguous, and it then joins none of them. And ids that two names share.
@Suite("Actors: ambiguous short names and shared ids")
struct AmbiguousNameTests {
    private func actors(_ text: String) -> (actors: [Actor], text: SourceText) {
        let briefing = BriefingAnalyzer.analyze(text)
        return (briefing.actors, briefing.source)
    }

    private func mentionTexts(_ actor: Actor?, _ text: SourceText) -> [String] {
        (actor?.mentions ?? []).map { text.slice($0.span) }
    }

    @Test("a surname two people share joins neither of them")
    func sharedSurnameJoinsNeither() {
        let (found, text) = actors("John Smith met Anna Smith in Leeds on Monday. Smith said the talks went well.")
        #expect(mentionTexts(found.first { $0.name == "John Smith" }, text) == ["John Smith"])
        #expect(mentionTexts(found.first { $0.name == "Anna Smith" }, text) == ["Anna Smith"])
    }

    @Test("a surname one person has joins that person, even where it is also a place's name")
    func surnameThatIsAPlaceJoinsThePerson() {
        let (found, text) = actors("Jesse Jackson spoke in Chicago on Monday. Jackson said he would return.")
        let jackson = found.first { $0.name == "Jesse Jackson" }
        #expect(jackson?.kind == .person)
        #expect(mentionTexts(jackson, text) == ["Jesse Jackson", "Jackson"])
        #expect(!found.contains { $0.name == "Jackson" })
    }

    @Test("a first word two organisations share joins neither of them")
    func sharedFirstWordJoinsNeither() {
        let (found, text) = actors("Lockheed Martin and Lockheed Aircraft bid for the deal. Lockheed said it would win.")
        #expect(mentionTexts(found.first { $0.name == "Lockheed Martin" }, text) == ["Lockheed Martin"])
        #expect(mentionTexts(found.first { $0.name == "Lockheed Aircraft" }, text) == ["Lockheed Aircraft"])
    }

    @Test("names whose slugs are the same get ids numbered from 2, each id once")
    func sharedSlugsAreNumbered() {
        let (found, _) = actors("The firm AT-T sued AT&T on Monday. Officials at AT T said nothing.")
        let ids = found.filter { ["AT-T", "AT&T", "AT T"].contains($0.name) }.map(\.id)
        #expect(ids.sorted() == ["at-t", "at-t-2", "at-t-3"])
        #expect(Set(found.map(\.id)).count == found.count)
    }
}
