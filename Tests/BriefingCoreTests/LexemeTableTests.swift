import Testing
@testable import BriefingCore

@Suite("Lexeme table")
struct LexemeTableTests {
    /// Every key finds its own lexeme, with the token flags worked out for it; any other
    /// key finds the empty one.
    @Test func findsEachKeyAndNoOther() {
        var entries: [UInt64: Lexeme] = [:]
        for word in ["monday", "said", "with", "twenty", "colour", "x"] {
            entries[PackedWord.pack(word)] = TimeLexicon.lookup(PackedWord.pack(word)) ?? Lexeme()
        }
        let table = Self.table(entries)
        for (key, lexeme) in entries {
            let found = table.entry(key)
            #expect(found != table.none)
            #expect(found.pointee.time == lexeme.time && found.pointee.verb == lexeme.verb)
            #expect(table.find(key) != nil)
        }
        #expect(table.entry(PackedWord.pack("monday")).pointee.tokenFlags.contains(.timeCandidate))
        #expect(table.entry(PackedWord.pack("said")).pointee.tokenFlags.contains(.opensGroup))
        #expect(table.entry(PackedWord.pack("with")).pointee.tokenFlags.contains(.with))
        #expect(table.entry(PackedWord.pack("twenty")).pointee.numberValue == 20)
        for word in ["tuesday", "spoke", "y", "zzzz"] {
            #expect(table.entry(PackedWord.pack(word)) == table.none)
            #expect(table.find(PackedWord.pack(word)) == nil)
        }
    }

    /// A table full of keys that share their first slot still finds each (linear probing).
    @Test func findsKeysThatCollide() {
        var entries: [UInt64: Lexeme] = [:]
        for n in 1...300 { entries[UInt64(n) << 44] = Lexeme(numberValue: Int32(n)) }
        let table = Self.table(entries)
        for n in 1...300 { #expect(table.entry(UInt64(n) << 44).pointee.numberValue == Int32(n)) }
        #expect(table.entry(UInt64(301) << 44) == table.none)
        #expect(table.entry(0) == table.none)
    }

    /// A table of `entries`, set one by one.
    private static func table(_ entries: [UInt64: Lexeme]) -> LexemeTable {
        LexemeTable(keys: entries.count) { lexeme in
            for (key, value) in entries { lexeme(key)?.pointee = value }
        }
    }

    /// The time lexicon holds what its words, set one by one into a dictionary, hold: the same
    /// keys, and each the same meanings, the last set of each kind winning.
    @Test func timeLexiconMatchesDictionary() {
        var rows: [UInt64: Int] = [:]
        let lexemes = UnsafeMutablePointer<Lexeme>.allocate(capacity: 4096)
        defer { lexemes.deallocate() }
        TimeLexicon.fill { key in
            if rows[key] == nil {
                (lexemes + rows.count).initialize(to: Lexeme())
                rows[key] = rows.count
            }
            return key == 0 ? nil : lexemes + rows[key]!
        }
        #expect(rows.keys.contains(0)) // a word too long to pack
        #expect(TimeLexicon.index.count == rows.count - 1)
        #expect(TimeLexicon.index.count < TimeLexicon.keys)
        // As many slots as a table sized for its keys (and the too long one) exactly.
        var exact = 16, sized = 16
        while exact < rows.count * 4 { exact *= 2 }
        while sized < TimeLexicon.keys * 4 { sized *= 2 }
        #expect(exact == sized)
        for (key, row) in rows where key != 0 {
            let expected = lexemes[row]
            guard let found = TimeLexicon.lookup(key) else {
                Issue.record("key \(key) missing")
                continue
            }
            #expect(found.time == expected.time && found.verb == expected.verb && found.spelling == expected.spelling
                    && found.classes == expected.classes)
            #expect(found.tokenFlags.contains(.timeCandidate) == (expected.time != nil))
            #expect(found.tokenFlags.contains(.opensGroup) == (expected.verb != nil))
            #expect(found.spellingVote == Int(expected.spelling?.rawValue ?? 0))
        }
    }

    /// A word's key read from its UTF-8 is the one its scalars give.
    @Test(arguments: ["", "a", "monday", "Monday", "WON'T", "won\u{2019}t", "caf\u{e9}", "twelveletter",
                      "thirteenchars", "organisations", "a-b", "x1", "'", "z", "zzzzzzzzzzzz", "ab\u{2019}",
                      "\u{2019}abcdefghijklm", "abc def", "@", "[", "`", "{"])
    func keyIsPackedWord(_ word: String) {
        let scalars = PackedScalars(word)
        #expect(PackedWord.pack(word) == PackedWord.pack(scalars, 0, scalars.count))
    }
}
