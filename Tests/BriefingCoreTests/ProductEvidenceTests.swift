import Testing
@testable import BriefingCore

/// Product names told from organisations by the words around them (`ProductEvidence`), on
/// made-up names.
@Suite("Actors: products")
struct ProductEvidenceTests {
    private func names(_ text: String) -> Set<String> {
        Set(BriefingAnalyzer.analyze(text).actors.map(\.name))
    }

    @Test func aNameBeforeAProductNounIsNoActor() {
        let found = names("Zentrix unveiled the new Volta Pad on Monday. The Volta Pad tablet costs less. Zentrix said sales grew.")
        #expect(!found.contains("Volta Pad"))
        #expect(found.contains("Zentrix"))
    }

    @Test func aProductInAppositionOrCountedIsNoActor() {
        let found = names(
            "Norda sold two million Vexos last year. The Vexo, Norda's reading device, runs for weeks. Critics liked the Vexo.")
        #expect(!found.contains("Vexo"))
        #expect(!found.contains("Vexos"))
        #expect(found.contains("Norda"))
    }

    @Test func aVersionOfANameIsAProduct() {
        let found = names("Tomas Berg said a beta version of Lumio Writer will ship soon.")
        #expect(!found.contains("Lumio Writer"))
        #expect(found.contains("Tomas Berg"))
    }

    /// A maker named before its product is an actor wherever else it stands: only the
    /// mention before the product noun is dropped.
    @Test func aMakerBeforeItsProductStaysAnOrganisation() {
        let briefing = BriefingAnalyzer.analyze(
            "Halden sold more trucks this year. The Halden trucks are built in Ohio. Halden's chief executive said demand grew.")
        let halden = briefing.actors.first { $0.name == "Halden" }
        #expect(halden?.kind == .organization)
        #expect(halden?.mentions.count == 2)
    }

    @Test func anAirlineAfterALaunchVerbStays() {
        let found = names("Pelora Air launched the route in May. Pelora Air said the carrier would add flights.")
        #expect(found.contains("Pelora Air"))
    }
}
