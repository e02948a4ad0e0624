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
        guard word.count > 2 else { return }
        for byte in word where byte >= 0x80 { _ = byte; return }
        step1a(&word)
        step1b(&word)
        step1c(&word)
    }

    /// Convenience for tests and table building.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: steps

    static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies") { w.removeLast(2) }
        else if ends(w, "ss") { }
        else if ends(w, "s"), w.count > 3 || !ends(w, "us") && !ends(w, "is") { w.removeLast() }
    }

    static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var cut = 0
        if ends(w, "ed"), hasVowel(w, w.count - 2) { cut = 2 }
        else if ends(w, "ing"), hasVowel(w, w.count - 3) { cut = 3 }
        guard cut > 0 else { return }
        w.removeLast(cut)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(0x65)
        } else if doubleConsonant(w), let last = w.last, last != 0x6C, last != 0x73, last != 0x7A {
            w.removeLast()
        } else if measure(w, w.count) == 1, cvc(w) {
            w.append(0x65)
        }
    }

    static func step1c(_ w: inout [UInt8]) {
        if w.count > 2, w[w.count - 1] == 0x79, hasVowel(w, w.count - 1) { w[w.count - 1] = 0x69 }
    }

    // MARK: helpers (Porter's definitions)

    @inline(__always) static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let base = w.count - n
        return suffix.withUTF8Buffer { s in
            for i in 0..<n where w[base + i] != s[i] { return false }
            return true
        }
    }

    /// Whether `w[i]` is a consonant; "y" is one after a vowel or at the start.
    static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
        case 0x79: return i == 0 ? true : !isConsonant(w, i - 1)
        case 0x61...0x7A: return true
        default: return true
        }
    }

    /// m in [C](VC)^m[V] over w[0..<end].
    static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var m = 0
        var i = 0
        while i < end && isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end && !isConsonant(w, i) { i += 1 }
            guard i < end else { break }
            m += 1
            while i < end && isConsonant(w, i) { i += 1 }
        }
        return m
    }

    static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool {
        for i in 0..<end where !isConsonant(w, i) { return true }
        return false
    }

    static func doubleConsonant(_ w: [UInt8]) -> Bool {
        let n = w.count
        return n >= 2 && w[n - 1] == w[n - 2] && isConsonant(w, n - 1)
    }

    /// Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow").
    static func cvc(_ w: [UInt8]) -> Bool {
        let n = w.count
        guard n >= 3, isConsonant(w, n - 3), !isConsonant(w, n - 2), isConsonant(w, n - 1) else { return false }
        let last = w[n - 1]
        return last != 0x77 && last != 0x78 && last != 0x79
    }
}
