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
        if let c = demonyms[key] { return c }
        if key.hasSuffix("s"), let c = demonyms[String(key.dropLast())] { return c }
        return nil
    }

    /// `demonym(word())` for a word whose `LetterKey` is already known: the string is made
    /// only when the key, or the key without a final "s", is 0.
    func demonym(letterKey key: UInt64, _ word: () -> String) -> String? {
        guard key != 0, key >> 5 != 0 else { return demonym(word()) }
        if let c = demonyms[letterKey: key] { return c }
        // The last letter is the low five bits ("s" = 19); the bits above it pack the rest.
        return key & 31 == 19 ? demonyms[letterKey: key >> 5] : nil
    }

    /// A given name that is not also a place ("Paris") .
    func isGivenName(_ key: String) -> Bool { givenNames.contains(key) && places[key] == nil }

    static let shared = Gazetteer()

    private init() {
        var places: [String: Place] = [:]
        var demonyms: [String: String] = [:]
        var countryByCode: [String: String] = [:]
        for f in Self.rows(GazetteerData.countries) {
            guard f.count == 5 else { continue }
            let name = f[0]
            countryByCode[f[2]] = name
            let place = Place(name: name, country: nil, isCountry: true)
            places[NameKey.make(name)] = place
            for alias in Self.fields(f[1], ";") where !alias.isEmpty {
                let key = NameKey.make(alias)
                if places[key] == nil { places[key] = place }
            }
            for d in Self.fields(f[3], ";") where !d.isEmpty {
                demonyms[NameKey.make(d)] = name
            }
        }
        for table in [GazetteerData.regions, GazetteerData.cities] {
            for f in Self.rows(table) {
                guard f.count == 2 else { continue }
                let key = NameKey.make(f[0])
                guard places[key] == nil else { continue }
                let country = f[1].isEmpty ? nil : countryByCode[f[1]]
                places[key] = Place(name: f[0], country: country, isCountry: false)
            }
        }
        for (name, country) in ActorLexicon.extraPlaces {
            let key = NameKey.make(name)
            if places[key] == nil { places[key] = Place(name: name, country: country, isCountry: false) }
        }
        // Plural and generic demonyms the table lacks.
        for (word, country) in ActorLexicon.extraDemonyms { demonyms[word] = country }
        self.places = WordMap(places)
        self.demonyms = WordMap(demonyms)
        self.givenNames = WordSet(Self.fields(GazetteerData.givenNames, "\n").filter { !$0.isEmpty }.map { $0.lowercased() })
        self.commonWords = SortedWords(GazetteerData.commonWords)
    }

    /// The table's lines, each cut into its fields at "|".
    private static func rows(_ table: String) -> [[String]] {
        fields(table, "\n").filter { !$0.isEmpty }.map { fields($0, "|") }
    }

    /// A text cut at an ASCII separator, empty fields kept. Cut by bytes: cutting by
    /// `Character` was most of the start-up time, which every run pays.
    private static func fields(_ text: String, _ separator: Unicode.Scalar) -> [String] {
        text.utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
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

    /// The key of a span of the text, without building the intermediate string.
    static func make(_ scalars: PackedScalars, _ start: Int, _ end: Int) -> String {
        // A unit below 128 is the ASCII scalar of that value.
        asciiKey(scalars.units[start..<end]) ?? makeSlow(scalars, start, end)
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

/// A sorted word list looked up by binary search over its bytes: loading it costs one
/// pass over the text, with no string or hash table made per word.
struct SortedWords: Sendable {
    private let bytes: [UInt8]
    /// Start of each word in `bytes`; a word ends at the next separator.
    private let starts: [Int32]

    /// Words separated by spaces or line breaks, in byte order.
    init(_ list: String) {
        var bytes = Array(list.utf8)
        bytes.append(10)
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 6)
        var inWord = false
        for (i, b) in bytes.enumerated() {
            let separator = b == 32 || b == 10
            if !separator && !inWord { starts.append(Int32(i)) }
            inWord = !separator
        }
        self.bytes = bytes
        self.starts = starts
    }

    var count: Int { starts.count }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { key in
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low + high) / 2
                var i = Int(starts[mid])
                var j = 0
                var order = 0
                while true {
                    let a = bytes[i]
                    let endA = a == 32 || a == 10
                    let endB = j == key.count
                    if endA && endB { order = 0; break }
                    if endA { order = -1; break }
                    if endB { order = 1; break }
                    let b = key[j]
                    if a != b { order = a < b ? -1 : 1; break }
                    i += 1
                    j += 1
                }
                if order == 0 { return true }
                if order < 0 { low = mid + 1 } else { high = mid }
            }
            return false
        }
    }
}
