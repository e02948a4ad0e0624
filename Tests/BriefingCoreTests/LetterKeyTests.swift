import Testing
@testable import BriefingCore

/// A word's `LetterKey` packed from the text's units (four letters at a time where it can)
/// must be the key of its `NameKey`.
@Suite("Letter keys from the text")
struct LetterKeyTests {
    @Test func unitsPackAsTheWordsKey() {
        let words = [
            "a", "Ab", "abc", "abcd", "Abcde", "ABCDEFGH", "abcdefghijk", "abcdefghijkl", "abcdefghijklm",
            "zzzzzzzzzzzz", "Zzzzzzzzzzzzz", "McDonald", "U.S", "U.S.A", "a.b.c.d.e.f.g.h.i.j.k.l", "a.b.c.d.e.f.g.h.i.j.k.l.m",
            "O'Leary", "co-operation", "abc1", "abcd1234", "Zürich", "élysée", "@abc", "ab[c", "abc`", "{abc", "ABCD@",
        ]
        for word in words {
            let scalars = PackedScalars(word)
            let packed = scalars.withView { LetterKey.of(units: $0.units, 0, scalars.count) }
            #expect(packed == LetterKey.of(NameKey.make(word)), "\(word)")
        }
    }

    /// Inside a longer text the last letters are read as one group of four, with units
    /// beyond the word: whatever those are, the key is the word's own.
    @Test func unitsAfterTheWordDoNotChangeItsKey() {
        let words = ["a", "Ab", "abc", "abcde", "Abcdefg", "abcdefghijk", "U.S", "ab1", "abc`", "zZ", "é", "abcdefghijklm"]
        for word in words {
            let length = PackedScalars(word).count
            for after in ["", " abcd", "abcd", "@@@@", "{{{{", "ZZZZ", "\u{E9}xyz", "...."] {
                let scalars = PackedScalars(word + after)
                let packed = scalars.withView { LetterKey.of(units: $0.units, 0, length) }
                #expect(packed == LetterKey.of(NameKey.make(word)), "\(word) before \(after)")
            }
        }
    }

    @Test func keysOfDifferentWordsDiffer() {
        let words = ["abcd", "abce", "bacd", "abcda", "dcba", "abcdabcd", "abcdabce"]
        let keys = words.map { word in
            let scalars = PackedScalars(word)
            return scalars.withView { LetterKey.of(units: $0.units, 0, scalars.count) }
        }
        #expect(Set(keys).count == words.count)
    }
}
