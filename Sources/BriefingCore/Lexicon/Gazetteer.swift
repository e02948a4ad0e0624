/// Places and given names, parsed once from the generated tables in `GazetteerData`.
///
/// Keys are `NameKey.make` forms (lowercased, dots dropped), so "U.S." and "US" meet.
struct Gazetteer: Sendable {
    struct Place: Sendable {
        /// The canonical name ("United Kingdom").
        let name: String
        /// The canonical name of the country it lies in, for cities and states; nil for a country.
        let country: String?
        let isCountry: Bool
        /// `LetterKey.of(NameKey.make(name))` when the table read it from the name's bytes,
        /// else 0: the key's string is then made from it (`NameTables`) without reading the
        /// name again.
        let nameLetterKey: UInt64
    }

    /// Every name and alias of a country, city, US state or continent.
    let places: WordMap<Place>
    /// "british" → "United Kingdom".
    let demonyms: WordMap<String>
    /// "john", "mary": common given names.
    let givenNames: WordSet
    /// Common lowercase English words ("maintenance", "store", "apple").
    let commonWords: SortedWords

    /// The country a demonym points to, plurals included ("Singaporeans" → Singapore).
    func demonym(_ key: String) -> String? {
        // A key of two letters or more that packs is asked by its `LetterKey`: no string
        // is made for the key without its "s".
        let packed = LetterKey.of(key)
        if packed >> 5 != 0 { return demonym(packed: packed) }
        if let c = demonyms[key] { return c }
        // By its UTF-8: `hasSuffix` and `dropLast` compare and cut whole characters.
        if key.utf8.last == UInt8(ascii: "s"), let c = demonyms[String(decoding: key.utf8.dropLast(), as: UTF8.self)] {
            return c
        }
        return nil
    }

    /// `demonym` of a key of two letters or more by its `LetterKey` (`key >> 5` is not 0):
    /// no string is made for it, nor for it without a final "s".
    func demonym(packed key: UInt64) -> String? {
        if let c = demonyms[letterKey: key] { return c }
        // The last letter is the low five bits ("s" = 19); the bits above it pack the rest.
        return key & 31 == 19 ? demonyms[letterKey: key >> 5] : nil
    }

    /// A given name that is not also a place ("Paris") .
    func isGivenName(_ key: String) -> Bool { givenNames.contains(key) && places[key] == nil }

    static let shared = Gazetteer(
        countries: GazetteerData.countries, regions: GazetteerData.regions, cities: GazetteerData.cities,
        givenNames: GazetteerData.givenNames, commonWords: GazetteerData.commonWords)

    /// The tables parsed from texts in `GazetteerData`'s formats, with `ActorLexicon`'s
    /// extra places and demonyms. Read from the texts' bytes: a key that packs into a
    /// `LetterKey` is never made as a string, nor is a place name whose key is taken.
    init(countries: String, regions: String, cities: String, givenNames: String, commonWords: String) {
        // Indexes into `found` by key while the table grows: moving an index costs nothing,
        // moving a place retains and releases its strings.
        var indexes = WordMap<Int32>()
        var found: [Place] = []
        var demonyms = WordMap<String>()
        // Country names by `codeIndex`.
        var countryByCode: [String?] = .nils(26 * 26)
        TableRows.forEach(countries, cutAt: UInt8(ascii: "|")) { f in
            guard f.count == 5 else { return }
            let name = String(decoding: f[0], as: UTF8.self)
            guard let code = Self.codeIndex(f[2]) else { preconditionFailure("a country's code is not ISO alpha-2") }
            countryByCode[code] = name
            let (slot, key) = indexes.slot(nameKeyOf: f[0])
            let index = Int32(found.count)
            found.append(Place(name: name, country: nil, isCountry: true, nameLetterKey: key))
            indexes[slot] = index
            TableRows.forEachPart(of: f[1], cutAt: UInt8(ascii: ";")) { alias in
                let slot = indexes.slot(nameKeyOf: alias).slot
                if indexes[slot] == nil { indexes[slot] = index }
            }
            TableRows.forEachPart(of: f[3], cutAt: UInt8(ascii: ";")) { demonyms[demonyms.slot(nameKeyOf: $0).slot] = name }
        }
        for table in [regions, cities] {
            TableRows.forEach(table, cutAt: UInt8(ascii: "|")) { f in
                guard f.count == 2 else { return }
                let (slot, key) = indexes.slot(nameKeyOf: f[0])
                guard indexes[slot] == nil else { return }
                let country = Self.codeIndex(f[1]).flatMap { countryByCode[$0] }
                indexes[slot] = Int32(found.count)
                found.append(Place(name: String(decoding: f[0], as: UTF8.self), country: country, isCountry: false, nameLetterKey: key))
            }
        }
        for (name, country) in ActorLexicon.extraPlaces {
            let slot = indexes.slot(NameKey.make(name))
            guard indexes[slot] == nil else { continue }
            indexes[slot] = Int32(found.count)
            found.append(Place(name: name, country: country, isCountry: false, nameLetterKey: 0))
        }
        // Plural and generic demonyms the table lacks.
        for (word, country) in ActorLexicon.extraDemonyms { demonyms[demonyms.slot(word)] = country }
        var names = WordSet()
        TableRows.forEach(givenNames, cutAt: nil) { line in
            let key = LetterKey.of(lowercasing: line[0])
            if key != 0 { names.insert(letterKey: key) } else { names.insert(String(decoding: line[0], as: UTF8.self).lowercased()) }
        }
        places = indexes.mapValues({ found[Int($0)] }, overriddenBy: [:])
        self.demonyms = demonyms
        self.givenNames = names
        self.commonWords = SortedWords(commonWords)
    }

    /// The index of an ISO alpha-2 code (two capital letters) in a table of 26 × 26, or nil
    /// for any other text (a region's empty code).
    private static func codeIndex(_ code: UnsafeBufferPointer<UInt8>) -> Int? {
        guard code.count == 2, (65...90).contains(code[0]), (65...90).contains(code[1]) else { return nil }
        return Int(code[0] - 65) * 26 + Int(code[1] - 65)
    }
}

private extension WordMap {
    /// `slot(NameKey.make(name))` for a name's UTF-8, with no string made when the key packs
    /// into a `LetterKey`; with that key, 0 when the key was made as a string.
    mutating func slot(nameKeyOf utf8: UnsafeBufferPointer<UInt8>) -> (slot: Slot, letterKey: UInt64) {
        let key = LetterKey.of(nameKeyOf: utf8)
        return key != 0 ? (slot(letterKey: key), key) : (slot(NameKey.make(utf8: utf8)), 0)
    }
}

/// Normalised lookup keys for names: lowercased, dots and possessive marks dropped,
/// runs of spaces (including line breaks) made one space, curly apostrophes made straight.
enum NameKey {
    static func make(_ name: String) -> String {
        var name = name
        // ASCII straight from the string's bytes: no scalar array is made.
        if let key = name.withUTF8({ asciiKey($0) }) { return key }
        let scalars = PackedScalars(name)
        return makeSlow(scalars, 0, scalars.count)
    }

    /// The key of a name's UTF-8, made from the bytes when they are ASCII.
    static func make(utf8: UnsafeBufferPointer<UInt8>) -> String {
        asciiKey(utf8) ?? make(String(decoding: utf8, as: UTF8.self))
    }

    /// The key of a span of the text, without building the intermediate string.
    static func make(_ scalars: PackedScalars, _ start: Int, _ end: Int) -> String {
        // A unit below 128 is the ASCII scalar of that value. Through a pointer: iterating a
        // slice of the array checked bounds at every unit.
        scalars.units.withUnsafeBufferPointer { asciiKey(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            ?? makeSlow(scalars, start, end)
    }

    /// The key written straight into the string's storage, or nil when a character is not ASCII.
    @inline(__always)
    private static func asciiKey<Units: Collection>(_ units: Units) -> String? where Units.Element: FixedWidthInteger {
        var ascii = true
        let key = String(unsafeUninitializedCapacity: units.count) { buffer in
            var n = 0
            var space = false
            for unit in units {
                let v = UInt32(truncatingIfNeeded: unit)
                if unit >= 128 { ascii = false; return 0 }
                if v == 46 { continue }
                if v == 32 || (v >= 9 && v <= 13) {
                    space = n > 0
                    continue
                }
                if space { buffer[n] = 32; n += 1; space = false }
                buffer[n] = UInt8(v >= 65 && v <= 90 ? v | 0x20 : v)
                n += 1
            }
            return n
        }
        return ascii ? key : nil
    }

    private static func makeSlow(_ scalars: PackedScalars, _ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        var i = start
        while i < end {
            let s = scalars[i]
            i += 1
            if s == "." { continue }
            if s.isSpace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            if s.value == 0x2019 { out.append("'"); continue }
            if s.value < 128 {
                out.append(s.isUpper ? Unicode.Scalar(s.value | 0x20)! : s)
            } else {
                out.append(contentsOf: String(s).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }
}
