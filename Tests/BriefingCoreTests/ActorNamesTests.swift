import Testing
@testable import BriefingCore

@Suite("Actor names for events")
struct ActorNamesTests {
    private func actor(_ id: String, _ name: String, _ kind: ActorKind = .person) -> Actor {
        Actor(id: id, name: name, kind: kind, aliases: [], roles: [], affiliation: nil, mentions: [])
    }

    /// A person's short name, read off the bytes of an ASCII name, is the last word that
    /// `split(separator:)` gives, for any name; anything else is its name.
    @Test func shortNamesAreTheLastWordSplitGives() {
        let names = ["David Lammy", "Lammy", "Kaja  Kallas ", "  ", "", " Vance", "JD Vance\r\n", "Jean-Luc Picard",
                     "José Manuel Barroso", "Zoë Ä", "Anne \u{301}Marie", "Ngozi Okonjo-Iweala\u{300}"]
        for name in names {
            let expected = name.split(separator: " ").last.map(String.init) ?? name
            #expect(ActorNames.shortName(actor("x", name)) == expected)
            #expect(ActorNames.shortName(actor("x", name, .organization)) == name)
        }
    }

    /// Actors sharing an id list under the first of them; persons sharing a surname have
    /// the same short form.
    @Test func sharedIdsAndSurnamesGoToTheFirst() {
        let actors = [actor("a", "David Lammy"), actor("b", "Kaja Kallas"), actor("a", "D. Lammy"),
                      actor("c", "Anna Lammy"), actor("d", "Lammy Group", .organization)]
        let names = ActorNames(actors)
        #expect(actors.indices.map(names.idOwner) == [0, 1, 0, 3, 4])
        let distinct = ActorNames(Array(actors[0..<2]))
        #expect([0, 1].map(distinct.idOwner) == [0, 1])
        let text = SourceText("Lammy Group").scalars
        let m = (0..<actors.count).map { ActorMention(span: TextSpan(0, 5), actor: $0) }
        #expect(names.sameShort(m[0], m[2], text) && names.sameShort(m[0], m[3], text))
        #expect(!names.sameShort(m[0], m[1], text))
        #expect(names.sameShort(m[0], m[4], text)) // the mention's own words, "Lammy"
    }

    /// A mention is written as its person's surname, whatever the scalars of the names
    /// before it (astral, accented, empty), or in its own words for any other actor.
    @Test func mentionsAreWrittenAsSurnamesOrTheirWords() {
        let actors = [actor("a", "Zoë Ä"), actor("b", "Ann 😀Smith"), actor("c", "Lammy Group", .organization),
                      actor("d", ""), actor("e", "José Manuel Barroso"), actor("f", "David Lammy")]
        let names = ActorNames(actors)
        let text = SourceText("Lammy Group met").scalars
        let out = UTF8Buffer()
        var written: [String] = []
        for a in actors.indices {
            out.beginText()
            names.write(ActorMention(span: TextSpan(0, 11), actor: a), text, into: out)
            written.append(out.string(out.current))
        }
        #expect(written == ["Ä", "😀Smith", "Lammy Group", "", "Barroso", "Lammy"])
        let m = actors.indices.map { ActorMention(span: TextSpan(0, 5), actor: $0) }
        #expect(names.sameShort(m[5], m[2], text) && !names.sameShort(m[4], m[2], text))
    }
}
