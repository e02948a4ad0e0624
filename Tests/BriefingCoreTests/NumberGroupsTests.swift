import Testing
@testable import BriefingCore

@Suite("Number groups")
struct NumberGroupsTests {
    private func groups(_ text: String, _ separator: Unicode.Scalar) -> NumberGroups? {
        let source = SourceText(text)
        let t = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        return NumberGroups(t[0], source.scalars, separator: separator)
    }

    @Test func splitsAtTheSeparator() throws {
        let g = try #require(groups("27.03.2008", "."))
        #expect(g.count == 3)
        #expect((g.value(0), g.value(1), g.value(2)) == (27, 3, 2008))
        #expect((g.width(0), g.width(1), g.width(2)) == (2, 2, 4))
        let iso = try #require(groups("2008-03", "-"))
        #expect(iso.count == 2 && iso.value(0) == 2008 && iso.value(1) == 3 && iso.width(1) == 2)
        #expect(try #require(groups("1990", ".")).count == 1)
    }

    /// Past the third group only the count goes on.
    @Test func countsGroupsPastTheThird() throws {
        let g = try #require(groups("1.2.3.4.5", "."))
        #expect(g.count == 5)
        #expect(g.value(2) == 3 && g.width(2) == 1)
    }

    @Test func refusesOtherCharacters() {
        #expect(groups("1,000", ".") == nil)
        #expect(groups("2008-03-27", ".") == nil)
    }
}
