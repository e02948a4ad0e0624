/// Splits text into paragraphs and sentences in one linear pass.
///
/// A sentence ends at a stop (`.` `!` `?` `…`, with closing quotes or brackets
/// after it) that the rules accept, at a heading line, or before a bullet. A
/// line break alone does not end a sentence: "US President\nDonald Trump is…"
/// is one sentence.
public enum SentenceSplitter {
    /// 16 bytes, its paragraph stored in 32 bits: a text of a million one-word sentences
    /// holds a million of these beside the sentences made from them.
    public struct Segment: Hashable, Sendable {
        public let span: TextSpan
        private let storedParagraph: Int32
        /// A line of its own without a stop: a headline, a heading, a dateline.
        public let isHeading: Bool
        /// Opens with a story's cue (`StorySegmenter.opensStory`). Read while the splitter has
        /// the sentence's text in cache: the story segmenter, reading it later, missed once a sentence.
        let opensWithCue: Bool

        public var paragraph: Int { Int(storedParagraph) }

        init(_ view: ScalarView, span: TextSpan, paragraph: Int, isHeading: Bool) {
            self.span = span
            storedParagraph = Int32(paragraph)
            self.isHeading = isHeading
            opensWithCue = !isHeading && StorySegmenter.opensStory(view, span)
        }
    }

    public struct Result: Sendable {
        public let paragraphs: [Paragraph]
        public let segments: [Segment]
    }

    /// The longest sentence, in characters; longer runs without a stop are cut (see `close`).
    public static let maxSentenceLength = 5_000

    public static func split(_ text: PackedScalars) -> Result {
        text.withView { split(text, $0) }
    }

    private static func split(_ text: PackedScalars, _ view: ScalarView) -> Result {
        var paragraphs: [Paragraph] = []
        var segments: [Segment] = []
        // Room for a sentence every 64 scalars (news has one every 120 or so), so the array
        // is not copied at each doubling as it grows: the room never written to is address
        // space only, with no memory behind it.
        segments.reserveCapacity(view.count / 64)
        var lines: [TextSpan] = []

        func flushParagraph() {
            guard !lines.isEmpty else { return }
            let index = paragraphs.count
            let span = TextSpan(lines.first!.start, lines.last!.end)
            paragraphs.append(Paragraph(index: index, span: span))
            splitParagraph(text, view, lines: lines, paragraph: index, into: &segments)
            lines.removeAll(keepingCapacity: true)
        }

        var lineStart = 0
        let count = view.count
        while lineStart <= count {
            let lineEnd = view.firstLineBreak(from: lineStart, to: count)
            if let trimmed = trim(view, TextSpan(lineStart, lineEnd)) {
                lines.append(trimmed)
            } else {
                flushParagraph()
            }
            lineStart = lineEnd + 1
        }
        flushParagraph()
        return Result(paragraphs: paragraphs, segments: segments)
    }

    /// The span without leading and trailing whitespace, nil when nothing is left.
    static func trim(_ text: PackedScalars, _ span: TextSpan) -> TextSpan? {
        text.withView { trim($0, span) }
    }

    /// The same through the view, ASCII read off the units: the splitter trims every line and
    /// sentence, and each scalar read through `PackedScalars` was checked against its bounds.
    /// Inlined: a call's prologue and its optional span's packing were most of its work.
    @inline(__always) static func trim(_ view: ScalarView, _ span: TextSpan) -> TextSpan? {
        var start = span.start
        var end = span.end
        while start < end && view.isSpace(at: start) { start += 1 }
        while end > start && view.isSpace(at: end - 1) { end -= 1 }
        return start < end ? TextSpan(start, end) : nil
    }

    private static func splitParagraph(_ text: PackedScalars, _ view: ScalarView, lines: [TextSpan], paragraph: Int,
                                       into segments: inout [Segment]) {
        let longestLine = lines.map(\.length).max() ?? 0
        var sentenceStart = lines[0].start
        var previousLineEndedSentence = true

        func close(at end: Int, heading: Bool) {
            var start = sentenceStart
            // Text without stops (a 20 MB line, a table dump) is cut into pieces of at most
            // `maxSentenceLength`, at a space where there is one, so no stage works on a
            // "sentence" the size of the document.
            while end - start > maxSentenceLength {
                let hardCut = start + maxSentenceLength
                var cut = hardCut
                while cut > start + maxSentenceLength / 2 && !text[cut - 1].isSpace { cut -= 1 }
                if !text[cut - 1].isSpace { cut = hardCut }
                if let span = trim(view, TextSpan(start, cut)) {
                    segments.append(Segment(view, span: span, paragraph: paragraph, isHeading: false))
                }
                start = cut
            }
            if let span = trim(view, TextSpan(start, end)) {
                segments.append(Segment(view, span: span, paragraph: paragraph, isHeading: heading))
            }
            sentenceStart = end
        }

        // The classes of the scalar at `k`, ASCII read off the unit: a stop and what follows
        // it are nearly always ASCII, and each scalar read through the view was first checked
        // for the astral mark.
        @inline(__always) func isStop(_ k: Int) -> Bool {
            let unit = view.units[k]
            return unit < 128 ? ASCIIUnit.isSentenceStop(unit) : view[k].isSentenceStop
        }
        @inline(__always) func isStopOrClosing(_ k: Int) -> Bool {
            let unit = view.units[k]
            if unit < 128 { return ASCIIUnit.isClosingPunctuation(unit) || ASCIIUnit.isSentenceStop(unit) }
            return view[k].isClosingPunctuation || view[k].isSentenceStop
        }

        for (number, line) in lines.enumerated() {
            let next = number + 1 < lines.count ? lines[number + 1] : nil
            if isBullet(text, line) { close(at: line.start, heading: false) }

            var lastStopEnd = -1
            var i = line.start
            while true {
                i = view.firstSentenceStop(from: i, to: line.end)
                guard i < line.end else { break }
                var stopEnd = i
                while stopEnd < line.end && isStop(stopEnd) { stopEnd += 1 }
                var end = stopEnd
                while end < line.end && isStopOrClosing(end) { end += 1 }
                let followedBySpace = end == line.end || view.isSpace(at: end)
                if followedBySpace && endsSentence(text, view, stop: TextSpan(i, stopEnd), after: end,
                                                   paragraphEnd: lines.last!.end) {
                    close(at: end, heading: false)
                    lastStopEnd = end
                }
                i = end
            }

            guard let next else { continue }
            let lineEndedSentence = lastStopEnd == line.end
            if lineEndedSentence {
                previousLineEndedSentence = true
                continue
            }
            let wholeLine = sentenceStart <= line.start
            if isBullet(text, next) || (isBullet(text, line) && wholeLine) {
                close(at: line.end, heading: false)
                previousLineEndedSentence = true
            } else if wholeLine && previousLineEndedSentence
                        && isHeading(text, line, next: next, longestLine: longestLine,
                                     first: number == 0) {
                close(at: line.end, heading: true)
                previousLineEndedSentence = true
            } else {
                previousLineEndedSentence = false
            }
        }
        let last = lines.last!
        let isWholeLine = sentenceStart <= last.start
        let endsWithStop = text[last.end - 1].isSentenceStop || text[last.end - 1].isClosingPunctuation
        close(at: last.end, heading: isWholeLine && !endsWithStop && lines.count == 1)
    }

    /// Decides whether a stop followed by space (or the end of the line) ends the sentence.
    private static func endsSentence(_ text: PackedScalars, _ view: ScalarView, stop: TextSpan, after: Int,
                                     paragraphEnd: Int) -> Bool {
        guard let nextStart = nextWordStart(view, from: after, limit: paragraphEnd) else { return true }
        // The next word's end within its first n characters, found only where they are asked
        // for: at most stops its first letter decides.
        func nextEnd(within n: Int) -> Int { wordEnd(view, from: nextStart, limit: min(paragraphEnd, nextStart + n)) }
        let nextFirst = view[nextStart]
        if nextFirst.isLower && !isCamelCase(text, nextStart..<nextEnd(within: 3)) { return false }

        // An ellipsis inside a paragraph marks a pause or an omission, not an end:
        // "We are very disappointed... Once we have reviewed…" is one sentence.
        // Four dots are a full stop after an ellipsis ("to come.... I will"), and do end it.
        let isEllipsis = (2...3).contains(stop.length) && view[stop.start] == "." || view[stop.start] == "\u{2026}"
        if isEllipsis { return false }
        if view[stop.start] != "." || stop.length > 1 { return true }

        let word = StopWord(view, before: stop.start)
        if word.count == 0 { return true }
        if word.count <= 3 && word.allDigits && startsLine(text, word.start) {
            return false // a numbered bullet: "1. First item"
        }
        // Every listed abbreviation is short; longer words end the sentence without a lookup.
        if word.count > 8 && !word.innerDot { return true }
        var opensSentence: Bool {
            let nextKey = LowercaseLetters(lettersOf: view, nextStart..<nextEnd(within: 16))
            return Abbreviations.sentenceOpeners.contains(nextKey)
        }

        if word.count == 1 && view[word.start].isUpper { return opensSentence } // an initial: "J. D. Vance"
        // A word without letters ("2010", "$5") has the empty key, which no list holds, and
        // is no dotted acronym: it ends the sentence, without the key's slow loop (its
        // digits are no letters, so the vector path cannot pack it).
        if !word.hasLetter { return true }
        // The letters of the first 16 characters, lowercased: "U.S." → "us", "“The" → "the".
        let key = word.letters ?? LowercaseLetters(lettersOf: view, word.start..<min(word.end, word.start + 16))
        // Most words at a stop are in no list: one lookup tells, instead of one a list.
        if Abbreviations.beforeStops.contains(key) {
            if Abbreviations.numbering.contains(key) { return !nextFirst.isDigit && opensSentence }
            if Abbreviations.neverFinal.contains(key) { return false }
            if Abbreviations.maybeFinal.contains(key) { return opensSentence }
        }
        if word.innerDot && word.hasLetter {
            // A dotted acronym: "U.S.", "a.m."
            return Abbreviations.latinLinks.contains(key) ? false : opensSentence
        }
        return true
    }

    /// The word that ends just before a full stop, without opening quotes, and what
    /// `endsSentence` asks of it, read in one pass.
    struct StopWord {
        let start: Int
        let end: Int
        var count: Int { end - start }
        /// Digits only (true of no characters).
        private(set) var allDigits = true
        /// A dot before its last character: "U.S", "e.g".
        private(set) var innerDot = false
        private(set) var hasLetter = false
        /// The word's key (`LowercaseLetters(lettersOf:)`), when the vectors that found it show
        /// it all ASCII letters (most words at a stop): made from them, not read again.
        private(set) var letters: LowercaseLetters? = nil

        /// Inlined into `endsSentence` with its vector path, so the word's answers stay in
        /// registers (returned from a call, the word and its key went through memory twice).
        @inline(__always) init(_ view: ScalarView, before offset: Int) {
            self = Self(sixteenBefore: view, offset) ?? Self(unitByUnit: view, before: offset)
        }

        /// The same, unit by unit: ASCII is read off the units; a scalar only for the rare unit ≥ 128.
        @inline(never) private init(unitByUnit view: ScalarView, before offset: Int) {
            var start = offset
            while start > 0 && !view.isSpace(at: start - 1) { start -= 1 }
            while start < offset && (view[start].isOpeningPunctuation || view[start] == "-") { start += 1 }
            self.start = start
            end = offset
            for i in start..<offset {
                let u = view.units[i]
                if u < 128 {
                    if !ASCIIUnit.isDigit(u) { allDigits = false }
                    if u == 0x2E && i < offset - 1 { innerDot = true }
                    if (u | 0x20) &- 97 < 26 { hasLetter = true }
                } else {
                    allDigits = false
                    if view[i].isLetter { hasLetter = true }
                }
            }
        }

        /// The same from the sixteen units before `offset` in two vectors, when they are all
        /// ASCII, a space among them starts the word, and no opening quote or dash follows it
        /// (nearly every word at a full stop): each unit classed at once, the word found from
        /// the last space's mark, and its questions answered from the marks inside it, where
        /// the loops took about twenty instructions a unit. Nil otherwise, for the loops.
        @inline(__always) private init?(sixteenBefore view: ScalarView, _ offset: Int) {
            guard offset >= 16 else { return nil }
            let first = ASCIIUnit.eight(view.units, at: offset &- 16)
            let second = ASCIIUnit.eight(view.units, at: offset &- 8)
            /// The marks of a test's lanes in both vectors, unit k of the sixteen at bit 2k + 1.
            /// The tests are static functions, not closures: passed as closures, two of them
            /// were left as calls, two a word.
            @inline(__always) func marks(_ test: (SIMD8<Int16>) -> SIMD8<Int16>) -> Int {
                ASCIIUnit.marks(test(first)) | ASCIIUnit.marks(test(second)) << 16
            }
            guard marks(ASCIIUnit.nonASCIILanes) == 0 else { return nil }
            let spaces = marks(Self.spaceLanes)
            guard spaces != 0 else { return nil }
            // The word's units: those after the last space.
            let word = ~0 << (Int.bitWidth &- spaces.leadingZeroBitCount) & 0xFFFF_FFFF
            let start = offset &- 16 &+ (Int.bitWidth &- spaces.leadingZeroBitCount) >> 1
            if start < offset {
                let unit = view.units[start]
                guard !Unicode.Scalar(UInt8(truncatingIfNeeded: unit)).isOpeningPunctuation && unit != 0x2D else { return nil }
            }
            self.start = start
            end = offset
            let odd = 0xAAAA_AAAA & word
            let letterMarks = marks(Self.letterLanes) & odd
            if letterMarks == odd && odd != 0 {
                // Letters alone (most words at a stop): no digit, no dot, and the key from the
                // vectors, without classing the units for digits and dots.
                allDigits = false
                hasLetter = true
                letters = LowercaseLetters(lastLettersOf: first | SIMD8(repeating: 0x20), second | SIMD8(repeating: 0x20),
                                           count: offset &- start)
            } else {
                allDigits = marks(Self.digitLanes) & odd == odd
                // A dot before the last unit (unit 15, at bit 31).
                innerDot = marks(Self.dotLanes) & odd & ~(1 << 31) != 0
                hasLetter = letterMarks != 0
            }
        }

        /// Space, and \t \n \v \f \r.
        @inline(__always) private static func spaceLanes(_ eight: SIMD8<Int16>) -> SIMD8<Int16> {
            ASCIIUnit.equalLanes(eight, 0x20) | ASCIIUnit.lanesBelow(eight &- SIMD8(repeating: 9), 5)
        }
        @inline(__always) private static func digitLanes(_ eight: SIMD8<Int16>) -> SIMD8<Int16> {
            ASCIIUnit.lanesBelow(eight &- SIMD8(repeating: 0x30), 10)
        }
        @inline(__always) private static func dotLanes(_ eight: SIMD8<Int16>) -> SIMD8<Int16> {
            ASCIIUnit.equalLanes(eight, 0x2E)
        }
        @inline(__always) private static func letterLanes(_ eight: SIMD8<Int16>) -> SIMD8<Int16> {
            ASCIIUnit.lanesBelow((eight | SIMD8(repeating: 0x20)) &- SIMD8(repeating: 97), 26)
        }
    }

    /// Whether only spaces stand between the offset and the start of its line.
    private static func startsLine(_ text: PackedScalars, _ offset: Int) -> Bool {
        var i = offset
        while i > 0 && text[i - 1].isSpace && !text[i - 1].isLineBreak { i -= 1 }
        return i == 0 || text[i - 1].isLineBreak
    }

    /// "iPhone", "iOS", "eBay": a lowercase start that still opens a sentence.
    private static func isCamelCase(_ text: PackedScalars, _ word: Range<Int>) -> Bool {
        let head = text[word.lowerBound..<min(word.upperBound, word.lowerBound + 3)]
        return head.dropFirst().contains(where: \.isUpper)
    }

    /// Where the next whitespace-delimited word starts, without opening quotes and brackets.
    /// Inlined into `endsSentence`, its one caller, at every stop: a unit or two read, beside a call's prologue.
    @inline(__always) private static func nextWordStart(_ text: ScalarView, from offset: Int, limit: Int) -> Int? {
        var start = offset
        while start < limit && text[start].isSpace { start += 1 }
        while start < limit && text[start].isOpeningPunctuation { start += 1 }
        return start < limit ? start : nil
    }

    /// Where the word from `start` ends: at the first space, or at `limit`.
    private static func wordEnd(_ text: ScalarView, from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit && !text[end].isSpace { end += 1 }
        return end
    }

    /// "- item", "* item", "• item", "1. item", "2) item".
    static func isBullet(_ text: PackedScalars, _ line: TextSpan) -> Bool {
        let first = text[line.start]
        let second = line.length > 1 ? text[line.start + 1] : " "
        switch first {
        case "-", "*", "+", "\u{2022}", "\u{2023}", "\u{25E6}", "\u{00B7}", "\u{2013}", "\u{2014}":
            return second.isSpace
        default:
            var i = line.start
            while i < line.end && i - line.start < 3 && text[i].isDigit { i += 1 }
            guard i > line.start, i + 1 < line.end else { return false }
            return (text[i] == "." || text[i] == ")") && text[i + 1].isSpace
        }
    }

    /// A line without a stop that stands on its own: a title, a heading, a dateline.
    private static func isHeading(_ text: PackedScalars, _ line: TextSpan, next: TextSpan,
                                  longestLine: Int, first: Bool) -> Bool {
        let last = text[line.end - 1]
        if last == "," || last == ";" || last == "-" || last == "\u{2013}" || last == "\u{2014}" {
            return false
        }
        let nextFirst = text[next.start]
        if nextFirst.isLower { return false }
        guard let lastWord = lastOfAtMost14Words(text, line) else { return false }
        let key = text.withView { LowercaseLetters(lettersOf: $0, lastWord) }
        if Abbreviations.continuing.contains(key) || Abbreviations.titles.contains(key) { return false }
        // Hard-wrapped prose fills its lines; a heading is short beside them.
        return first || line.length * 10 < longestLine * 6
    }

    /// The last whitespace-delimited word of a line of at most 14 words, else nil.
    private static func lastOfAtMost14Words(_ text: PackedScalars, _ line: TextSpan) -> Range<Int>? {
        var words = 0
        var i = line.end
        var lastWord: Range<Int>? = nil
        while i > line.start {
            while i > line.start && text[i - 1].isSpace { i -= 1 }
            let wordEnd = i
            while i > line.start && !text[i - 1].isSpace { i -= 1 }
            guard i < wordEnd else { break }
            words += 1
            if words > 14 { return nil }
            if lastWord == nil { lastWord = i..<wordEnd }
        }
        return lastWord
    }
}
