import BriefingCore
import Foundation

/// Lazily built indexes over one briefing's text, so a frame costs in proportion to
/// the screen and not to the document.
///
/// - Hard lines (split at line breaks) are found once, in one pass over the scalars.
/// - Each hard line is word-wrapped only when it is first shown at a width; wrapped rows
///   are cached per width (the cache is dropped when the width changes).
/// - Per-sentence lists of actors, times, timeline entries and topics are built once,
///   on first use.
///
/// A reference type used as a memo inside the value-typed state: it never changes what
/// any function returns, only how fast.
public final class SourceIndex: @unchecked Sendable {
    public let briefing: Briefing
    /// Start offset of each hard line; a line runs to the next line break (exclusive).
    public let lineStarts: [Int]
    public let lineEnds: [Int]

    private let lock = NSLock()
    private var wrapWidth = -1
    private var wrapped: [Int: [Int]] = [:]
    private var perSentence: SentenceItems?

    public init(_ briefing: Briefing) {
        self.briefing = briefing
        var starts = [0]
        var ends: [Int] = []
        // Through the buffer: on a 100 MB text this pass is on the way to the first frame.
        briefing.source.scalars.withView { scalars in
            for i in scalars.indices where scalars[i].value == 0x0A {
                ends.append(i)
                starts.append(i + 1)
            }
            ends.append(scalars.count)
        }
        lineStarts = starts
        lineEnds = ends
    }

    /// An index for another analysis of the same text: the line table and the wrapped rows
    /// depend on the text alone, so they are taken over, not rebuilt.
    public init(_ briefing: Briefing, reusing old: SourceIndex, sentenceItems: SentenceItems? = nil) {
        self.briefing = briefing
        perSentence = sentenceItems
        lineStarts = old.lineStarts
        lineEnds = old.lineEnds
        old.lock.lock()
        wrapWidth = old.wrapWidth
        wrapped = old.wrapped
        old.lock.unlock()
    }

    public var lineCount: Int { lineStarts.count }

    /// The hard line holding an offset (the last line for the end of the text).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Start offsets of the wrapped rows of a hard line at a width (at least one row).
    public func rows(line: Int, width: Int) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if wrapWidth != width {
            wrapWidth = width
            wrapped.removeAll(keepingCapacity: true)
        }
        if let rows = wrapped[line] { return rows }
        let rows = SourceIndex.wrap(briefing.source.scalars, lineStarts[line], lineEnds[line], width: width)
        if wrapped.count > 20_000 { wrapped.removeAll(keepingCapacity: true) }
        wrapped[line] = rows
        return rows
    }

    /// The end offset (exclusive) of a row.
    public func rowEnd(line: Int, row: Int, width: Int) -> Int {
        let rows = rows(line: line, width: width)
        return row + 1 < rows.count ? rows[row + 1] : lineEnds[line]
    }

    /// Greedy word wrap of scalars[start..<end] into rows of at most `width` columns,
    /// measuring grapheme clusters. Returns each row's start offset.
    static func wrap(_ scalars: PackedScalars, _ start: Int, _ end: Int, width: Int) -> [Int] {
        guard start < end, width > 0 else { return [start] }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        var rows = [start]
        var offset = start
        var col = 0
        var breakAt = -1          // offset a new row may start at (after a space)
        var colAtBreak = 0
        for ch in text {
            let n = ch.unicodeScalars.count
            let w = Glyph.of(ch).width
            if ch == " " {
                col += w
                offset += n
                breakAt = offset
                colAtBreak = col
                continue
            }
            if col + w > width && col > 0 {
                if breakAt > rows[rows.count - 1] {
                    rows.append(breakAt)
                    col -= colAtBreak
                } else {
                    rows.append(offset)
                    col = 0
                }
                breakAt = -1
                if col + w > width && col > 0 {
                    rows.append(offset)
                    col = 0
                }
            }
            col += w
            offset += n
        }
        return rows
    }

    /// Item indexes per sentence, flattened: those of sentence `s` are
    /// `values[starts[s]..<starts[s + 1]]`. Two flat arrays rather than an array a
    /// sentence: a million sentences cost two allocations, not four million.
    public struct PerSentence: Sendable {
        let starts: [Int]
        let values: [Int]

        public subscript(s: Int) -> ArraySlice<Int> { values[starts[s]..<starts[s + 1]] }

        /// `pairs` calls its argument with each (sentence, item) in item order, twice
        /// (count, then fill); an item is kept once per sentence.
        init(sentences n: Int, pairs: ((Int, Int) -> Void) -> Void) {
            var counts = [Int](repeating: 0, count: n + 1)
            var last = [Int](repeating: -1, count: n)
            pairs { sentence, item in
                guard sentence >= 0, sentence < n, last[sentence] != item else { return }
                last[sentence] = item
                counts[sentence + 1] += 1
            }
            for i in 0..<n { counts[i + 1] += counts[i] }
            var fill = counts
            var values = [Int](repeating: 0, count: counts[n])
            for i in 0..<n { last[i] = -1 }
            pairs { sentence, item in
                guard sentence >= 0, sentence < n, last[sentence] != item else { return }
                last[sentence] = item
                values[fill[sentence]] = item
                fill[sentence] += 1
            }
            starts = counts
            self.values = values
        }
    }

    /// What each sentence carries: indexes into the briefing's actors, times, timeline, topics.
    public struct SentenceItems: Sendable {
        public let actors: PerSentence
        public let times: PerSentence
        public let timeline: PerSentence
        public let topics: PerSentence

        /// Built in passes over what was found: O(mentions + sentences).
        public init(_ briefing: Briefing) {
            let n = briefing.sentences.count
            actors = PerSentence(sentences: n) { add in
                for (i, actor) in briefing.actors.enumerated() { for m in actor.mentions { add(m.sentence, i) } }
            }
            times = PerSentence(sentences: n) { add in
                for (i, t) in briefing.times.enumerated() { add(t.sentence, i) }
            }
            timeline = PerSentence(sentences: n) { add in
                for (i, e) in briefing.timeline.enumerated() { add(e.sentence, i) }
            }
            topics = PerSentence(sentences: n) { add in
                for (i, topic) in briefing.topics.enumerated() { for s in topic.sentences { add(s, i) } }
            }
        }
    }

    /// Built on first use (for a text analysed in the background, on that thread).
    public var sentenceItems: SentenceItems {
        lock.lock()
        defer { lock.unlock() }
        if let perSentence { return perSentence }
        let items = SentenceItems(briefing)
        perSentence = items
        return items
    }

    /// A scalar of the text folded for case-insensitive search: one scalar per scalar,
    /// so offsets agree. Folded as it is read: a folded copy of a 100 MB text would cost
    /// 400 MB and a quarter of a second before the first search step.
    @inline(__always)
    public func folded(at i: Int) -> Unicode.Scalar { SourceIndex.fold(briefing.source.scalars[i]) }

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }

    public static let matchLimit = 100_000

    /// How many characters one search step looks through (a few milliseconds in a release
    /// build): a search of a huge text goes on over several steps, between keys, and the
    /// status bar shows how far it has got.
    public static let searchStep = 8_000_000

    /// The matches of a longer query, from those of a query it extends: only the places
    /// where the shorter one matched need looking at, so typing on costs per match.
    public func narrow(_ previous: [TextSpan], to query: String) -> [TextSpan] {
        let q = query.unicodeScalars.map(SourceIndex.fold)
        let count = briefing.source.count
        return previous.compactMap { m in
            guard m.start + q.count <= count else { return nil }
            for k in 0..<q.count where folded(at: m.start + k) != q[k] { return nil }
            return TextSpan(m.start, m.start + q.count)
        }
    }

    /// Case-insensitive occurrences of `query` that start in `from..<from + step`, in
    /// text order (at most `limit`), and the offset the next step starts at (the text's
    /// length when the search is done).
    public func find(_ query: String, from: Int = 0, step: Int = Int.max, limit: Int = SourceIndex.matchLimit)
        -> (matches: [TextSpan], next: Int) {
        let q = query.unicodeScalars.map(SourceIndex.fold)
        let text = briefing.source.scalars
        guard !q.isEmpty, text.count >= q.count, limit > 0 else { return ([], text.count) }
        var result: [TextSpan] = []
        let first = q[0]
        let last = text.count - q.count
        let stop = from > last - step ? last : from + step - 1
        var i = from
        while i <= stop {
            if SourceIndex.fold(text[i]) == first {
                var k = 1
                while k < q.count && SourceIndex.fold(text[i + k]) == q[k] { k += 1 }
                if k == q.count {
                    result.append(TextSpan(i, i + q.count))
                    i += q.count
                    if result.count >= limit { return (result, text.count) }
                    continue
                }
            }
            i += 1
        }
        return (result, i > last ? text.count : i)
    }
}
