import Testing
@testable import BriefingCore

/// The fast tables the analysis looks words up in must answer exactly as the
/// `Set`, `Dictionary` and `String` operations they replace.
@Suite("Lookup tables and text decoding")
struct LookupTableTests {
    @Test func wordSetAnswersAsASet() {
        let words = ["of", "president", "co-founder", "u s", "élysée", "abcdefghijklm", "&", "a"]
        let set = WordSet(words)
        for word in words { #expect(set.contains(word)) }
        // Near misses: case, a prefix, a longer word sharing the packed letters, the empty string.
        for word in ["Of", "presiden", "presidents", "abcdefghijkl", "", "cofounder", "us", "b"] {
            #expect(!set.contains(word))
        }
        #expect(set.union(["b"]).contains("b"))
        #expect(!set.subtracting(["of"]).contains("of"))
    }

    @Test func wordMapAnswersAsADictionary() {
        let entries = ["uk": "United Kingdom", "new york": "New York", "élysée": "France", "kremlin": "Russia"]
        let map = WordMap(entries)
        for (key, value) in entries { #expect(map[key] == value) }
        #expect(map["russia"] == nil)
        #expect(map["new"] == nil)
    }

    @Test func hashCountsCountThroughGrowth() {
        var counts = HashCounts()
        for n in 0..<5_000 { for _ in 0...(n % 3) { counts.add(UInt64(n) &* 0x9E37_79B9 &+ 1) } }
        for n in 0..<5_000 { #expect(counts.count(UInt64(n) &* 0x9E37_79B9 &+ 1) == n % 3 + 1) }
        #expect(counts.count(0xDEAD_BEEF_0000) == 0)
        // A count stops at 3 rather than running into the hash bits beside it, and hashes
        // that differ only in their lowest of the 46 bits kept are told apart.
        var many = HashCounts()
        for _ in 0..<70_000 { many.add(0xABCD_EF01_2345_0000) }
        many.add(0xABCD_EF01_2345_0000 ^ 1 << 18)
        #expect(many.count(0xABCD_EF01_2345_0000) == 3)
        #expect(many.count(0xABCD_EF01_2345_0000 ^ 1 << 18) == 1)
        #expect(many.count(0) == 0)
    }

    @Test func sourceTextDecodesAsUnicodeScalars() {
        for text in ["plain ASCII", "", "café “quoted” — 東京 😀 e\u{301}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"] {
            #expect(Array(SourceText(text).scalars) == Array(text.unicodeScalars))
        }
    }

    @Test func slicesAndNameKeysMatchTheStringForms() {
        let string = "Mr. O’Neill met the U.S.  Secretary in Zürich."
        let source = SourceText(string)
        #expect(source.slice(TextSpan(0, source.count)) == string)
        #expect(source.string == string)
        #expect(source.slice(TextSpan(4, 11)) == "O’Neill")
        #expect(NameKey.make("U.S.  Secretary") == "us secretary")
        #expect(NameKey.make(source.scalars, 39, 45) == NameKey.make("Zürich"))
        #expect(NameKey.make("Zürich") == "zürich")
    }
}
