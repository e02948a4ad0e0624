import Testing
@testable import BriefingCore

@Suite("Slug")
struct SlugTests {
    @Test("ids from names", arguments: [
        ("David Lammy", "david-lammy"), ("Bank of England", "bank-of-england"), ("O'Leary", "oleary"),
        ("U.S. Army", "u-s-army"), ("  --Boeing 737-800--  ", "boeing-737-800"), ("...", "item"), ("", "item"),
        ("Zoë Ångström", "zoë-ångström"), ("Dan’s Café", "dans-café"), ("A-B C", "a-b-c"), ("x", "x"),
    ])
    func ids(name: String, id: String) {
        #expect(Slug.make(name) == id)
    }

    @Test("an ASCII name's id is the one the Unicode reading gives, for every ASCII character")
    func asciiAgreesWithUnicode() {
        var random = SeededRandom(seed: 7)
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        for _ in 0..<2_000 {
            let name = String((0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % 128)] })
            #expect(Slug.make(name) == Slug.unicode(name), "\(name.debugDescription)")
        }
    }
}
