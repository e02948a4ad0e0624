import Testing
@testable import BriefingCore

@Suite("Hyphen parts")
struct HyphenPartsTests {
    /// The parts of `word` read one after another, as strings.
    private func parts(_ word: String) -> [String] {
        let text = PackedScalars(word)
        return HyphenParts(units: text.units, start: 0, end: text.count).map { part in
            String(decoding: text.units[part.0..<part.1], as: UTF16.self)
        }
    }

    @Test("splits a word at each hyphen, empty parts included, and reads a word without one whole")
    func splits() {
        #expect(parts("fifty-year") == ["fifty", "year"])
        #expect(parts("twenty-five-year-old") == ["twenty", "five", "year", "old"])
        #expect(parts("long") == ["long"])
        #expect(parts("a--b") == ["a", "", "b"])
        #expect(parts("-x") == ["", "x"])
        #expect(parts("x-") == ["x", ""])
    }

    @Test("reads only the word's own span of the text")
    func span() {
        let text = PackedScalars("the mid-2011 plan")
        let read = HyphenParts(units: text.units, start: 4, end: 12).map { [$0.0, $0.1] }
        #expect(read == [[4, 7], [8, 12]])
    }
}
