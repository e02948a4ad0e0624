import Testing
@testable import BriefingCore

/// The lexicon tables are built from the literals' bytes, without a string per word: they
/// must hold exactly what the straightforward construction (split into strings, `Dictionary`,
/// `Set`) held, with the same precedence when a key comes twice.
@Suite("Lexicon tables built from bytes")
struct LexiconTableBuildTests {
    // MARK: The straightforward construction, as the tables were first built.

    /// The gazetteer's tables as dictionaries and sets, parsed through strings.
    struct Reference {
        var places: [String: Gazetteer.Place] = [:]
        var demonyms: [String: String] = [:]
        var givenNames: Set<String> = []
        var commonWords: Set<String> = []

        init(countries: String, regions: String, cities: String, givenNames: String, commonWords: String) {
            var countryByCode: [String: String] = [:]
            for f in Self.rows(countries) {
                guard f.count == 5 else { continue }
                let name = f[0]
                countryByCode[f[2]] = name
                let place = Gazetteer.Place(name: name, country: nil, isCountry: true, nameLetterKey: 0)
                places[NameKey.make(name)] = place
                for alias in Self.fields(f[1], ";") where !alias.isEmpty {
                    let key = NameKey.make(alias)
                    if places[key] == nil { places[key] = place }
                }
                for d in Self.fields(f[3], ";") where !d.isEmpty { demonyms[NameKey.make(d)] = name }
            }
            for table in [regions, cities] {
                for f in Self.rows(table) {
                    guard f.count == 2 else { continue }
                    let key = NameKey.make(f[0])
                    guard places[key] == nil else { continue }
                    let country = f[1].isEmpty ? nil : countryByCode[f[1]]
                    places[key] = Gazetteer.Place(name: f[0], country: country, isCountry: false, nameLetterKey: 0)
                }
            }
            for (name, country) in ActorLexicon.extraPlaces {
                let key = NameKey.make(name)
                if places[key] == nil { places[key] = Gazetteer.Place(name: name, country: country, isCountry: false, nameLetterKey: 0) }
            }
            for (word, country) in ActorLexicon.extraDemonyms { demonyms[word] = country }
            self.givenNames = Set(Self.fields(givenNames, "\n").filter { !$0.isEmpty }.map { $0.lowercased() })
            self.commonWords = Set(commonWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        }

        static func rows(_ table: String) -> [[String]] {
            fields(table, "\n").filter { !$0.isEmpty }.map { fields($0, "|") }
        }

        static func fields(_ text: String, _ separator: Unicode.Scalar) -> [String] {
            text.utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Every entry of `reference` is in `gazetteer` with the same value, and nothing else is.
    func expectSame(_ gazetteer: Gazetteer, _ reference: Reference, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(gazetteer.places.count == reference.places.count, sourceLocation: sourceLocation)
        for (key, place) in reference.places {
            let found = gazetteer.places[key]
            #expect(found?.name == place.name && found?.country == place.country && found?.isCountry == place.isCountry,
                    "\(key)", sourceLocation: sourceLocation)
        }
        #expect(gazetteer.demonyms.count == reference.demonyms.count, sourceLocation: sourceLocation)
        for (key, country) in reference.demonyms {
            #expect(gazetteer.demonyms[key] == country, "\(key)", sourceLocation: sourceLocation)
        }
        #expect(gazetteer.givenNames.words.count == reference.givenNames.count, sourceLocation: sourceLocation)
        #expect(Set(gazetteer.givenNames.words) == reference.givenNames, sourceLocation: sourceLocation)
        #expect(gazetteer.commonWords.count == reference.commonWords.count, sourceLocation: sourceLocation)
        for word in reference.commonWords { #expect(gazetteer.commonWords.contains(word), "\(word)", sourceLocation: sourceLocation) }
    }

    // MARK: Tests

    @Test func gazetteerEdgeCasesParseAsTheStrings() {
        // Names that do and do not pack, dots, non-ASCII, spaces at the ends, a Kelvin sign
        // (which lowercases to an ASCII "k"), a name again (the later one wins), an alias
        // again (the first wins), empty aliases and demonyms, rows with too few or too many
        // fields, empty lines, codes no country has.
        let countries = """
            Ruritania|Kingdom of Ruritania;;RU.R.;Ruritania|RR|Ruritanian;;Ruritanians|Strelsau

            Åland Islands|Ahvenanmaa; Åland |AX||Mariehamn
            Borduria|Ruritania;Bordurian Republic;U.S.|BD|Bordurian;Ruritanian|Szohod
            \u{212A}elvinia||KE|\u{212A}elvinian|
            Borduria|Second Borduria|BX|Bordurian|Szohod
            Too|Few|TF
            Too|Many|TM|x|y|z
             Spaced |  Far  Away ;|SP| Spacer |
            Abcdefghijklm|Abcdefghijkl;ABCDEFGHIJKL|AB|Abcdefghijklmn|
            """
        let regions = "Ruritania|RR\nNorth Region|BD\nContinent|\n"
        let cities = """
            Strelsau|RR
            Szohod|BX
            Zenda|ZZ
            Zürich|CH
            Strelsau|BD
            St. Louis|US
            Odd|
            Bad|Line|Here
            Élysée Town|RR
            """
        let givenNames = "Anna\n\nBOB\nMary Ann\nÉlodie\nSt.John\nabcdefghijklm\nAnna\n \n\u{212A}arl"
        let commonWords = "  alpha beta\n\ndelta  epsilon\ngamma"
        let gazetteer = Gazetteer(countries: countries, regions: regions, cities: cities,
                                  givenNames: givenNames, commonWords: commonWords)
        let reference = Reference(countries: countries, regions: regions, cities: cities,
                                  givenNames: givenNames, commonWords: commonWords)
        expectSame(gazetteer, reference)
        // A country's name wins over an earlier one's alias, and an alias over a later one.
        #expect(gazetteer.places["ruritania"]?.name == "Ruritania")
        #expect(gazetteer.places["us"]?.name == "Borduria")
        #expect(gazetteer.places["strelsau"]?.country == "Ruritania")
        #expect(gazetteer.places["szohod"]?.country == "Borduria")
        #expect(gazetteer.places["zenda"] != nil && gazetteer.places["zenda"]?.country == nil)
    }

    @Test func theWholeGazetteerIsWhatTheStringsGave() {
        let reference = Reference(
            countries: GazetteerData.countries, regions: GazetteerData.regions, cities: GazetteerData.cities,
            givenNames: GazetteerData.givenNames, commonWords: GazetteerData.commonWords)
        expectSame(Gazetteer.shared, reference)
    }

    @Test func sortedWordsFindEachWordAndNoOther() {
        for list in ["", " ", "a", "a b", "ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi",
                     "\n\nalpha  beta \n gamma\n", "aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp x y z"] {
            let words = SortedWords(list)
            let expected = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            #expect(words.count == expected.count, "\(list)")
            for word in expected { #expect(words.contains(word), "\(word) in \(list)") }
            for word in ["", "abcdefghij", "alph", "betas", "q"] where !expected.contains(word) {
                #expect(!words.contains(word), "\(word) in \(list)")
            }
        }
    }

    @Test func tableRowsCutAsSplitDoes() {
        let tables = ["", "\n", "a", "a|b\n\n|c|\nd||", "x|y\r\n|\n||\n", "Zürich|CH\nÅ|\n"]
        for table in tables {
            var rows: [[String]] = []
            TableRows.forEach(table, cutAt: UInt8(ascii: "|")) { fields in
                rows.append(fields.map { String(decoding: $0, as: UTF8.self) })
            }
            #expect(rows == Reference.rows(table), "\(table)")
            var lines: [String] = []
            TableRows.forEach(table, cutAt: nil) { line in
                #expect(line.count == 1)
                lines.append(String(decoding: line[0], as: UTF8.self))
            }
            #expect(lines == Reference.fields(table, "\n").filter { !$0.isEmpty }, "\(table)")
        }
        for field in ["", ";", "a;;b;", ";a", "abc", "a;b;c"] {
            var parts: [String] = []
            var bytes = field
            bytes.withUTF8 { utf8 in
                TableRows.forEachPart(of: utf8, cutAt: UInt8(ascii: ";")) { parts.append(String(decoding: $0, as: UTF8.self)) }
            }
            #expect(parts == Reference.fields(field, ";").filter { !$0.isEmpty }, "\(field)")
        }
    }

    @Test func letterKeysFromBytesAreTheStringsKeys() {
        let names = [
            "", ".", " ", "a", "Paris", "U.S.", "u.s.a.", " Spaced ", "two words", "a.b", "a .b", "Abcdefghijkl",
            "Abcdefghijklm", "abcdefghijkl.", "a.b.c.d.e.f.g.h.i.j.k.l.m", "Zürich", "Élysée", "co-operation", "abc1",
            "\u{212A}elvin", "@abc", "ab[c", "abc`", "{abc", "\tTab", "line\nbreak", "abc ", "O’Neill",
        ]
        for name in names {
            var copy = name
            let fromBytes = copy.withUTF8 { LetterKey.of(nameKeyOf: $0) }
            let expected = LetterKey.of(NameKey.make(name))
            // A non-ASCII name is keyed as a string, whatever its key.
            #expect(fromBytes == expected || (fromBytes == 0 && name.utf8.contains { $0 >= 128 }), "\(name)")
            #expect(copy.withUTF8 { NameKey.make(utf8: $0) } == NameKey.make(name), "\(name)")
            let lowered = copy.withUTF8 { LetterKey.of(lowercasing: $0) }
            #expect(lowered == LetterKey.of(name.lowercased()) || (lowered == 0 && name.utf8.contains { $0 >= 128 }), "\(name)")
        }
        for word in ["a", "z", "paris", "abcdefghijkl", "zzzzzzzzzzzz"] {
            #expect(LetterKey.word(LetterKey.of(word)) == word)
        }
    }

    @Test func wordSetsGrowAndCombineAsSets() {
        let many = (0..<3_000).map { "w\($0 % 2_500)" } + (0..<600).map { n in
            String((0..<(n % 12 + 1)).map { Character(Unicode.Scalar(UInt8(97 + (n * 7 + $0 * 3) % 26))) })
        } + ["new york", "élysée", "", "co-founder"]
        let set = WordSet(many)
        let expected = Set(many)
        #expect(set.words.count == expected.count)
        #expect(Set(set.words) == expected)
        for word in expected { #expect(set.contains(word), "\(word)") }
        for word in ["w2500", "new", "x y", "élysé"] { #expect(!set.contains(word), "\(word)") }
        let small: WordSet = ["of", "the", "new york", "co-op"]
        #expect(Set(set.union(small).words) == expected.union(small.words))
        #expect(Set(set.union(["of", "w1"]).words) == expected.union(["of", "w1"]))
        #expect(Set(set.subtracting(["w1", "new york", "absent"]).words) == expected.subtracting(["w1", "new york", "absent"]))
    }

    @Test func wordMapsKeepTheValueTheirUpdatesLeave() {
        var map = WordMap<Int>()
        var expected: [String: Int] = [:]
        let words = (0..<2_000).map { "k\($0 % 1_500)" } + ["two words", "kelvin", "\u{212A}elvin", "élysée", "élysée"]
        for (i, word) in words.enumerated() {
            // First wins for even positions, last wins for odd ones.
            if i % 2 == 0 {
                let slot = map.slot(word)
                if map[slot] == nil { map[slot] = i }
                if expected[word] == nil { expected[word] = i }
            } else {
                map[map.slot(word)] = i
                expected[word] = i
            }
        }
        #expect(map.count == expected.count)
        for (word, value) in expected { #expect(map[word] == value, "\(word)") }
        var merged = map
        merged.merge(["k1", "fresh", "two words", "other words"]) { ($0 ?? 0) + 1_000_000 }
        #expect(merged["k1"] == expected["k1"]! + 1_000_000 && merged["fresh"] == 1_000_000)
        #expect(merged["other words"] == 1_000_000 && merged["two words"] == expected["two words"]! + 1_000_000)
        #expect(merged.count == expected.count + 2)
        let mapped = map.mapValues({ -$0 }, overriddenBy: ["k2": 7, "brand new": 8])
        #expect(mapped.count == expected.count + 1)
        for (word, value) in expected where word != "k2" { #expect(mapped[word] == -value, "\(word)") }
        #expect(mapped["k2"] == 7 && mapped["brand new"] == 8)
        let set = WordSet(words)
        var fromSet = WordMap(set, value: 3)
        #expect(fromSet.count == expected.count)
        for word in expected.keys { #expect(fromSet[word] == 3, "\(word)") }
        fromSet.merge(["k1", "fresh"]) { ($0 ?? 0) + 10 }
        #expect(fromSet["k1"] == 13 && fromSet["fresh"] == 10 && set.contains("k1") && !set.contains("fresh"))
    }

    @Test func wordListsTableIsWhatTheDictionaryGave() {
        var bits: [String: UInt64] = [:]
        for (list, bit) in WordLists.sources {
            for word in list.words { bits[word, default: 0] |= bit.rawValue }
        }
        let classes: [(WordSet, UInt64)] = [(ActorLexicon.titleModifiers, 1), (RoleReader.titleHeads, 2), (ActorLexicon.honorifics, 3)]
        for (words, value) in classes {
            for word in words.words { bits[word, default: 0] = bits[word, default: 0] & ~(3 << WordLists.classShift) | value << WordLists.classShift }
        }
        #expect(WordLists.table.count == bits.count)
        for (word, value) in bits { #expect(WordLists.table[word] == value, "\(word)") }
    }
}
