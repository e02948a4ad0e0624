extension TopicLexicon {
    /// Compiles the taxonomy's term lists into units and terms straight from their UTF-8:
    /// no `Substring`, `String` or dictionary per term or word. Unit ids are given in the
    /// order words first appear, and a term listed again (under the same or another theme)
    /// merges into the first, as the lexicon has always read them.
    struct Builder {
        /// Stem key or `WordKey.exact(word key)` → unit id.
        private(set) var unitTable = KeyTable(capacity: 4096)
        private(set) var terms: [Term] = []
        /// For each unit, the terms that start with it, in the order they were added.
        private(set) var byFirst: [[Int32]] = []
        /// The units of the term being read.
        private var units: [Int32] = []

        /// Adds one theme's terms: "term|term*weight|...", the words of a term separated by spaces
        /// or newlines.
        mutating func add(_ text: UnsafeBufferPointer<UInt8>, theme: Int32) {
            // Bytes stand for characters only in ASCII without "\r\n" (one Character in a String).
            precondition(!text.contains { $0 >= 0x80 || $0 == 0x0D }, "taxonomy terms must be ASCII, lines ending in \\n")
            var start = 0
            while start < text.count {
                var end = start
                while end < text.count && text[end] != 0x7C { end += 1 }
                addTerm(text, start..<end, theme: theme)
                start = end + 1
            }
        }

        /// "foreign minister*1.3": the words "foreign" and "minister", weight 1.3.
        private mutating func addTerm(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, theme: Int32) {
            var bodyEnd = range.upperBound
            var weight = 1.0
            if let star = text[range].firstIndex(of: 0x2A) {
                bodyEnd = star
                weight = Self.weight(text, star + 1 ..< range.upperBound)
            }
            units.removeAll(keepingCapacity: true)
            var i = range.lowerBound
            while i < bodyEnd {
                if text[i] == 0x20 || text[i] == 0x0A {
                    i += 1
                    continue
                }
                let start = i
                while i < bodyEnd && text[i] != 0x20 && text[i] != 0x0A { i += 1 }
                units.append(unit(text, start..<i))
            }
            guard let first = units.first else { return }
            for index in byFirst[Int(first)] where terms[Int(index)].units == units {
                let existing = Int(index)
                if let at = terms[existing].themes.firstIndex(where: { $0.theme == theme }) {
                    terms[existing].themes[at].weight = max(terms[existing].themes[at].weight, weight)
                } else {
                    terms[existing].themes.append((theme, weight))
                }
                return
            }
            byFirst[Int(first)].append(Int32(terms.count))
            terms.append(Term(units: units, themes: [(theme, weight)]))
        }

        /// The unit of a lexicon word: its lowercased stem, or with a leading "=" the exact
        /// form (lowercased, as `WordKey` folds it).
        private mutating func unit(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
            let exact = text[range.lowerBound] == 0x3D
            let word = UnsafeBufferPointer(rebasing: text[(exact ? range.lowerBound + 1 : range.lowerBound)..<range.upperBound])
            let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
                _ = buffer.initialize(from: word.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
                return exact ? WordKey.exact(WordKey.key(bytes: buffer)) : WordKey.key(bytes: buffer[..<Stemmer.stem(buffer)])
            }
            let unit = unitTable.insert(key, Int32(byFirst.count))
            if unit == byFirst.count { byFirst.append([]) }
            return unit
        }

        /// The weight after a term's "*": `Double` of the text without surrounding spaces and
        /// newlines, 1 where that is not a number. A plain decimal of up to 15 digits ("1.5", as
        /// the taxonomy writes them) is read here: its digits and the power of ten are exact
        /// doubles, so their quotient is the correctly rounded value `Double` parses too.
        static func weight(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper && (text[lower] == 0x20 || text[lower] == 0x0A) { lower += 1 }
            while upper > lower && (text[upper - 1] == 0x20 || text[upper - 1] == 0x0A) { upper -= 1 }
            var digits = 0, mantissa = 0
            /// Digits after the point; -1 before one.
            var decimals = -1
            var plain = true
            for i in lower..<upper {
                let byte = text[i]
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                    mantissa = mantissa &* 10 &+ Int(byte - 0x30)
                    if decimals >= 0 { decimals += 1 }
                } else if byte == 0x2E && decimals < 0 && digits > 0 {
                    decimals = 0
                } else {
                    plain = false
                    break
                }
            }
            guard plain, digits > 0, digits <= 15, decimals != 0 else {
                return Double(String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self)) ?? 1.0
            }
            var scale = 1.0
            for _ in 0..<max(decimals, 0) { scale *= 10 }
            return Double(mantissa) / scale
        }
    }
}
