/// A light English stemmer: steps 1a, 1b and 1c of Porter's algorithm
/// (M. F. Porter, "An algorithm for suffix stripping", 1980).
///
/// It folds inflections (plurals, -ed, -ing) so one lexicon entry finds every
/// form: "sanctions", "sanctioned", "sanctioning" → "sanction"; "rates", "rated"
/// → "rate"; "economy", "economies" → "economi". It leaves derivations alone
/// ("military" and "militarily" stay apart), which keeps the lexicon precise.
///
/// Works in place on lowercase ASCII bytes; other words are left as they are.
enum Stemmer {
    /// Stems `word` (lowercase ASCII letters, maybe hyphens or apostrophes) in place.
    static func stem(_ word: inout [UInt8]) {
        let count = word.withUnsafeMutableBufferPointer { stem($0) }
        word.removeLast(word.count - count)
    }

    /// Stems the word in `buffer` in place and returns the stem's length: the stem is
    /// `buffer[..<length]`, never longer than the word.
    static func stem(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard mayChange(UnsafeBufferPointer(buffer)) else { return buffer.count }
        for byte in buffer where byte >= 0x80 { _ = byte; return buffer.count }
        let stem = stem(ascii: UnsafeBufferPointer(buffer))
        buffer[stem.length - 1] = stem.last
        return stem.length
    }

    /// The stem of an ASCII word that `mayChange`, without writing: the word's first `length - 1`
    /// bytes, then `last` (the stemmer changes at most the last byte of what it keeps).
    static func stem(ascii word: UnsafeBufferPointer<UInt8>) -> (length: Int, last: UInt8) {
        var w = Word(bytes: word.baseAddress!, count: word.count)
        w.step1a()
        w.step1b()
        w.step1c()
        return (w.count, w.replacement ?? w.bytes[w.count - 1])
    }

    /// Whether a word can stem to anything but itself: only words of three bytes or more that
    /// end in -s (not -ss), -ed, -ing or -y can.
    @inline(__always) static func mayChange(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n > 2 else { return false }
        return mayChange(tail: UInt32(word[n - 1]) | UInt32(word[n - 2]) << 8 | UInt32(word[n - 3]) << 16, count: n)
    }

    /// The same, of a word of `count` bytes whose last three are `tail`'s low bytes (the last
    /// lowest): what `WordForm.of` keeps of a word as it reads it.
    @inline(__always) static func mayChange(tail: UInt32, count: Int) -> Bool {
        guard count > 2 else { return false }
        let l1 = tail & 0xFF, l2 = tail >> 8 & 0xFF, l3 = tail >> 16 & 0xFF
        switch l1 {
        case 0x73: return l2 != 0x73
        case 0x64: return l2 == 0x65
        case 0x67: return l2 == 0x6E && l3 == 0x69
        case 0x79: return true
        default: return false
        }
    }

    /// Convenience for tests and table building.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The word being stemmed: `bytes[..<count]`, with `replacement` for its last byte once one
    /// is put back (an "e") or changed ("y" to "i"), which are the steps' last changes.
    private struct Word {
        let bytes: UnsafePointer<UInt8>
        var count: Int
        var replacement: UInt8?

        // MARK: steps

        mutating func step1a() {
            if ends("sses") { count -= 2 }
            else if ends("ies") { count -= 2 }
            else if ends("ss") { }
            else if ends("s"), count > 3 || !ends("us") && !ends("is") { count -= 1 }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(count - 3) > 0 { count -= 1 }
                return
            }
            var cut = 0
            if ends("ed"), hasVowel(count - 2) { cut = 2 }
            else if ends("ing"), hasVowel(count - 3) { cut = 3 }
            guard cut > 0 else { return }
            count -= cut
            if ends("at") || ends("bl") || ends("iz") {
                append(0x65)
            } else if doubleConsonant(), case let last = bytes[count - 1], last != 0x6C, last != 0x73, last != 0x7A {
                count -= 1
            } else if measure(count) == 1, cvc() {
                append(0x65)
            }
        }

        mutating func step1c() {
            if count > 2, (replacement ?? bytes[count - 1]) == 0x79, hasVowel(count - 1) { replacement = 0x69 }
        }

        /// Puts a byte back after a cut of at least two, so the stem stays no longer than the word.
        private mutating func append(_ byte: UInt8) {
            count += 1
            replacement = byte
        }

        // MARK: helpers (Porter's definitions)

        @inline(__always) func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard count >= n else { return false }
            let start = bytes + (count - n), s = suffix.utf8Start
            for i in 0..<n where start[i] != s[i] { return false }
            return true
        }

        /// Whether `bytes[i]` is a consonant; "y" is one after a vowel or at the start. Iterative:
        /// each "y" before it flips the answer.
        func isConsonant(_ i: Int) -> Bool {
            var i = i
            var flipped = false
            while bytes[i] == 0x79 {
                if i == 0 { return !flipped }
                flipped.toggle()
                i -= 1
            }
            return Self.isConsonantLetter(bytes[i]) != flipped
        }

        /// Whether a byte other than "y" is a consonant.
        @inline(__always) static func isConsonantLetter(_ byte: UInt8) -> Bool {
            byte != 0x61 && byte != 0x65 && byte != 0x69 && byte != 0x6F && byte != 0x75
        }

        /// m in [C](VC)^m[V] over bytes[0..<end]: the vowels followed by a consonant, in one pass.
        func measure(_ end: Int) -> Int {
            var m = 0
            var previous = true
            for i in 0..<end {
                let byte = bytes[i]
                let consonant = byte == 0x79 ? (i == 0 || !previous) : Self.isConsonantLetter(byte)
                if consonant && !previous { m += 1 }
                previous = consonant
            }
            return m
        }

        func hasVowel(_ end: Int) -> Bool {
            var previous = true
            for i in 0..<end {
                let byte = bytes[i]
                previous = byte == 0x79 ? (i == 0 || !previous) : Self.isConsonantLetter(byte)
                if !previous { return true }
            }
            return false
        }

        func doubleConsonant() -> Bool {
            count >= 2 && bytes[count - 1] == bytes[count - 2] && isConsonant(count - 1)
        }

        /// Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow").
        func cvc() -> Bool {
            guard count >= 3, isConsonant(count - 3), !isConsonant(count - 2), isConsonant(count - 1) else { return false }
            let last = bytes[count - 1]
            return last != 0x77 && last != 0x78 && last != 0x79
        }
    }
}
