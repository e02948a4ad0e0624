import Testing
@testable import BriefingCore

/// The strings a candidate holds through one shared object (`NameStrings`): read back as
/// given, and compared by value when two candidates hold different objects.
@Suite("Actor candidates' shared name strings")
struct NameStringsTests {
    @Test func candidatesReadTheirStringsBack() {
        let one = ActorCandidate(span: TextSpan(0, 6), sentence: 0, key: "lammy", severalWordKeys: nil, surface: "Lammy")
        #expect(one.key == "lammy" && one.surface == "Lammy" && one.wordKeys == ["lammy"])
        #expect(one.wordCount == 1 && !one.hasSeveralWords)
        let two = ActorCandidate(span: TextSpan(0, 12), sentence: 0, key: "david lammy",
                                 severalWordKeys: ["david", "lammy"], surface: "David Lammy")
        #expect(two.key == "david lammy" && two.surface == "David Lammy" && two.wordKeys == ["david", "lammy"])
        #expect(two.wordCount == 2 && two.hasSeveralWords)
    }

    @Test func sameStringsWhetherSharedOrNot() {
        func strings(_ key: String, _ words: [String]?, _ surface: String) -> NameStrings {
            NameStrings.make(key: key, severalWordKeys: words, surface: surface, keyHash: KeyHash.of(key))
        }
        let a = strings("bank of england", ["bank", "england"], "Bank of England")
        let b = strings("bank of england", ["bank", "england"], "Bank of England")
        #expect(NameStrings.same(a, a) && NameStrings.same(a, b))
        let otherSurface = strings("bank of england", ["bank", "england"], "BANK OF ENGLAND")
        let otherWords = strings("bank of england", nil, "Bank of England")
        let otherKey = strings("bank of engand", ["bank", "england"], "Bank of England")
        #expect(!NameStrings.same(a, otherSurface) && !NameStrings.same(a, otherWords) && !NameStrings.same(a, otherKey))
    }

    /// Word keys are kept as their places in the key when found there in order, and read
    /// back as given whichever way they are kept.
    @Test func wordKeysReadBackFromTheirPlacesInTheKey() {
        func words(_ key: String, _ words: [String]) -> (NameStrings, WordKeyPlaces) {
            (NameStrings.make(key: key, severalWordKeys: words, surface: key, keyHash: KeyHash.of(key)),
             WordKeyPlaces(words, in: key))
        }
        let long = String(repeating: "x", count: 300)
        for (key, keys, packed) in [
            ("bank of england", ["bank", "england"], true),
            ("jean-pierre raffarin", ["jean", "pierre", "raffarin"], true),
            ("café crème", ["café", "crème"], true),
            ("ab ab", ["ab", "ab"], true),
            ("a b c d", ["a", "b", "c", "d"], true),
            // More words than are packed, a key too long for a byte's offsets, a word not in the key.
            ("a b c d e", ["a", "b", "c", "d", "e"], false),
            (long + " y", [long, "y"], false),
            ("us", ["u", "k"], false),
            ("b a", ["a", "b"], false),
        ] {
            let (names, places) = words(key, keys)
            #expect(names.wordKeys == keys && names.wordCount == keys.count)
            if case .packed = places { #expect(packed) } else { #expect(!packed) }
        }
        let one = NameStrings.make(key: "lammy", severalWordKeys: nil, surface: "Lammy", keyHash: 0)
        #expect(one.wordKeys == ["lammy"] && one.wordCount == 1)
        #expect(MemoryLayout<WordKeyPlaces>.size <= 10)
    }

    /// Word keys kept as strings once a name is said again read back the same, and the
    /// strings compare the same as a copy that keeps only their places.
    @Test func keptWordKeysReadTheSame() {
        let kept = NameStrings.make(key: "bank of england", severalWordKeys: ["bank", "england"], surface: "Bank of England",
                               keyHash: 0)
        let lean = NameStrings.make(key: "bank of england", severalWordKeys: ["bank", "england"], surface: "Bank of England",
                               keyHash: 0)
        kept.keepStrings()
        kept.keepStrings()
        #expect(kept.wordKeys == ["bank", "england"] && kept.wordCount == 2)
        #expect(NameStrings.same(kept, lean) && NameStrings.same(lean, kept))
    }

    /// A long surface that is its key title-cased is made from the key, and reads back the
    /// same before and after it is kept; any other surface is kept as given.
    @Test func surfacesReadBackAsGiven() {
        for (key, surface) in [
            ("emubcrd sbqgbcn", "Emubcrd Sbqgbcn"),
            ("chcrnbsd uusbss ltd", "Chcrnbsd Uusbss Ltd"),
            ("bank of england", "Bank of England"),
            ("jean-claude van damme", "Jean-Claude Van Damme"),
            ("mcdonald's corporation", "McDonald's Corporation"),
            ("the united states", "The United States"),
            ("u.s. army corps", "U.S. Army Corps"),
            ("3m company holdings", "3m Company Holdings"),
            ("élysée palace guards", "élysée Palace Guards"),
        ] {
            let words = key.split(separator: " ").map(String.init)
            let names = NameStrings.make(key: key, severalWordKeys: words, surface: surface, keyHash: 0)
            #expect(names.surface == surface)
            names.keepStrings()
            #expect(names.surface == surface && names.wordKeys == words)
            let lean = NameStrings.make(key: key, severalWordKeys: words, surface: surface, keyHash: 0)
            #expect(NameStrings.same(names, lean))
        }
        #expect(TitledKey.matches("Chcrnbsd Uusbss Ltd", "chcrnbsd uusbss ltd"))
        #expect(TitledKey.of("jean-claude van damme") == "Jean-claude Van Damme")
        #expect(!TitledKey.matches("Jean-Claude Van Damme", "jean-claude van damme"))
        #expect(!TitledKey.matches("Bank of England", "bank of england"))
        #expect(!TitledKey.matches("Emubcrd  Sbqgbcn", "emubcrd sbqgbcn"))
        #expect(MemoryLayout<WordKeyPlaces>.size + MemoryLayout<Bool>.size <= 12)
    }

    /// What setting repeats aside reads of a candidate's name: its key's hash; and what the
    /// resolver reads, the document's count of the key, kept in a byte.
    @Test func candidatesCarryTheirKeysHashAndCount() {
        var mentions = [
            ActorCandidate(span: TextSpan(0, 5), sentence: 0, key: "kowlo", severalWordKeys: nil, surface: "Kowlo"),
            ActorCandidate(span: TextSpan(20, 25), sentence: 1, key: "kowlo", severalWordKeys: nil, surface: "Kowlo"),
            ActorCandidate(span: TextSpan(40, 46), sentence: 2, key: "dadvlw", severalWordKeys: nil, surface: "Dadvlw"),
        ]
        mentions.withUnsafeMutableBufferPointer { m in
            let base = m.baseAddress!
            #expect(ActorCandidate.repeatHash(base) == ActorCandidate.repeatHash(base + 1))
            #expect(ActorCandidate.repeatHash(base) != ActorCandidate.repeatHash(base + 2))
        }
        let names = NameStrings.make(key: "kowlo", severalWordKeys: nil, surface: "Kowlo", keyHash: KeyHash.of("kowlo"),
                                documentCount: 6)
        #expect(names.keyHash == UInt32(truncatingIfNeeded: KeyHash.of("kowlo") >> 32) && names.documentCount == 6)
        #expect(NameStrings.make(key: "kowlo", severalWordKeys: nil, surface: "Kowlo", keyHash: 0).documentCount == 0)
    }

    /// A key of 16 to 31 bytes is kept in the object's own memory, the others as strings:
    /// each reads back as given, with its word keys, surface and count, before and after its
    /// strings are kept (`keepStrings`).
    @Test func keysReadBackWhereverTheyAreKept() {
        for key in ["abcdefghijklmno", "abcdefghijklmnop", "élysée palace guards", "abcdefghijklmnopqrstuvwxyz abcd",
                    "abcdefghijklmnopqrstuvwxyz abcde", "lammy"] {
            let words = key.split(separator: " ").map(String.init)
            let surface = TitledKey.of(key)
            let several = words.count >= 2 ? words : nil
            let names = NameStrings.make(key: key, severalWordKeys: several, surface: surface, keyHash: 0, documentCount: 5)
            let other = NameStrings.make(key: key, severalWordKeys: several, surface: surface, keyHash: 0)
            for _ in 0..<2 {
                #expect(names.key == key && names.surface == surface && names.wordKeys == words, "\(key)")
                #expect(names.documentCount == 5 && other.documentCount == 0)
                #expect(NameStrings.same(names, other))
                names.keepStrings()
            }
        }
    }

    /// A later mention repeats an earlier one with the same strings, held apart or not, and
    /// not one written otherwise.
    @Test func repeatsCompareTheStrings() {
        var mentions = [
            ActorCandidate(span: TextSpan(0, 5), sentence: 0, key: "kowlo", severalWordKeys: nil, surface: "Kowlo"),
            ActorCandidate(span: TextSpan(20, 25), sentence: 1, key: "kowlo", severalWordKeys: nil, surface: "Kowlo"),
            ActorCandidate(span: TextSpan(40, 45), sentence: 2, key: "kowlo", severalWordKeys: nil, surface: "KOWLO"),
        ]
        mentions.withUnsafeMutableBufferPointer { m in
            let base = m.baseAddress!
            #expect(ActorCandidate.repeats(base + 1, base))
            #expect(!ActorCandidate.repeats(base + 2, base))
        }
    }
}
