import Testing
@testable import BriefingCore

@Suite struct PackedScalarsTests {
    /// Scalars from every width of UTF-8, astral ones (emoji, a ZWJ family) among them.
    static let pool: [Unicode.Scalar] = ["a", "Z", " ", "\n", "é", "ß", "’", "—", "日", "\u{FFFD}", "\u{FFFF}",
                                         "\u{10000}", "😀", "👩", "\u{200D}", "👧", "\u{10FFFF}", "\u{E000}"]

    @Test func holdsEveryScalarAtItsOffset() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let scalars = (0..<random.next(60)).map { _ in random.pick(Self.pool) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let text = SourceText(String(view))
            #expect(Array(text.scalars) == scalars)
            #expect(Array(PackedScalars(String(view))) == scalars)
            text.scalars.withView { unsafe in
                #expect(unsafe.indices.map { unsafe[$0] } == scalars)
            }
            #expect(text.slice(TextSpan(0, text.count)) == String(view))
        }
    }

    /// Runs of ASCII of every length between wider scalars, so decoding switches between
    /// eight bytes at a time and one scalar at a time at every alignment.
    @Test func holdsScalarsAmongASCIIRuns() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<200 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<random.next(12) {
                scalars += (0..<random.next(20)).map { _ in Unicode.Scalar(UInt8(32 + random.next(95))) }
                scalars.append(random.pick(Self.pool))
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let text = SourceText(String(view))
            #expect(Array(text.scalars) == scalars)
        }
    }

    @Test func storesTwoBytesAScalarAndOnlyAstralOnesAside() {
        let text = SourceText("Talks 😀 in 日本 — “quoted” 👩\u{200D}👧")
        #expect(text.scalars.units.count == text.count)
        #expect(text.scalars.astral.map(\.offset) == [6, 25, 27])
    }

    @Test func slicesAroundAstralScalars() {
        let text = SourceText("x😀y😀z")
        #expect(text.slice(1, 4) == "😀y😀")
        #expect(text.scalars[3] == "😀")
        #expect(text.scalars[4] == "z")
    }
}
