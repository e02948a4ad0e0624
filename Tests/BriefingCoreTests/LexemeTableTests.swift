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
        let table = LexemeTable(entries)
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
        let table = LexemeTable(entries)
        for n in 1...300 { #expect(table.entry(UInt64(n) << 44).pointee.numberValue == Int32(n)) }
        #expect(table.entry(UInt64(301) << 44) == table.none)
        #expect(table.entry(0) == table.none)
    }
}
