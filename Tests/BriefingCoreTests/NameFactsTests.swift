import Testing
@testable import BriefingCore

/// The per-document memo of names' facts must answer as facts made afresh at each mention,
/// and the per-sentence token tables as tables made afresh for each sentence.
@Suite("Actor stage memo")
struct NameFactsTests {
    /// Each run of every sentence: its words, the memo's facts and facts made afresh.
    /// `sized`: the memo made for the document's size, as the reader makes it, not grown from the smallest.
    private func read(_ text: String, sized: Bool = false, _ check: (SentenceWords, NameWords, NameFacts, NameFacts) -> Void) {
        let source = SourceText(text)
        let scalars = source.scalars
        let sentences = BriefingAnalyzer.segment(source, date: nil).sentences
        var evidence = DocumentEvidence()
        scalars.withView { view in
            for sentence in sentences { evidence.add(view, scalars, sentence) }
        }
        var memo = sized ? NameFactsMemo(capitalisedWords: evidence.capitalisedWords) : NameFactsMemo()
        var words = SentenceWords(scalars)
        let runs = NameRuns()
        for sentence in sentences {
            words.load(sentence)
            NameRunFinder.runs(words, into: runs)
            for run in runs.runs {
                let all = runs.words[run.words]
                // The run, and its words without the first or last, as the reader asks.
                for part in [all, all.dropFirst(), all.dropLast()] where !part.isEmpty {
                    // As `CandidateReader.facts` asks: the form's kept facts first, else the memo's.
                    let form = NameFactsMemo.oneWordForm(words, part)
                    let remembered = form.flatMap { words.oneWordName($0) }
                        ?? memo.facts(words, part, evidence: evidence, keptWith: form)
                    check(words, part, remembered, NameFacts(words, part, evidence: evidence))
                }
            }
        }
    }

    private func same(_ a: NameFacts, _ b: NameFacts) -> Bool {
        a.key == b.key && a.keyHash == b.keyHash && a.fixedIndex == b.fixedIndex && a.isNotActor == b.isNotActor
            && a.demonym == b.demonym && a.names.wordKeys == b.names.wordKeys && a.surface == b.surface
            && a.candidateBits == b.candidateBits
            && a.documentCount == b.documentCount && a.isAcronym == b.isAcronym && a.keepsDot == b.keepsDot
            && a.lastIsAcronym == b.lastIsAcronym && a.endsHolidayOrIndex == b.endsHolidayOrIndex
    }

    @Test func memoAnswersAsFactsMadeAfresh() {
        let text = """
            Bank of England officials met U.S. envoys. The U.S. Air Force and Apple Inc. agreed. \
            Élysée Palace aides met Bank of England staff in Paris, France. Smith. Mr. Smith left. \
            US Steel rose. Chinese Huawei grew. Martin Luther King Day passed. Nasdaq Composite Index fell. \
            Alpha Beta Gamma Delta Epsilon Zeta met the U.S. team. Emoji 😀 Corp said Emoji Corp. \
            Bank of\nEngland and Bank of  England met. Élysée Palace answered Paris.
            """
        var checked = 0
        read(text) { w, words, memo, fresh in
            #expect(same(memo, fresh), "\(fresh.surface)")
            // The word keys, kept as places in the name's key, are each word's own key.
            #expect(fresh.names.wordKeys == (words.count == 1 ? [fresh.key] : words.map { w.key($0) }), "\(fresh.surface)")
            checked += 1
        }
        #expect(checked > 40)
    }

    @Test func aNameReadAgainGetsTheSameFacts() {
        let text = String(repeating: "Dadvlw Gakhqcr met Kowloon officials and the U.S. Navy. ", count: 20)
        var bySurface: [String: NameFacts] = [:]
        read(text) { _, words, memo, _ in
            guard words.count <= NameFactsMemo.maxWords else { return }
            if let first = bySurface[memo.surface] { #expect(first === memo, "\(memo.surface)") }
            bySurface[memo.surface] = memo
        }
        #expect(bySurface.count >= 4)
    }

    /// Facts hold strings of their own, which every mention made from them shares
    /// (`NameStrings.lastKept` is noted in them): facts made again elsewhere share none.
    @Test func factsHoldStringsOfTheirOwn() {
        let text = String(repeating: "Dadvlw Gakhqcr met Kowloon officials and the U.S. Navy. ", count: 3)
        var bySurface: [String: NameStrings] = [:]
        read(text) { _, words, memo, fresh in
            #expect(fresh.names !== memo.names)
            guard words.count <= NameFactsMemo.maxWords else { return }
            if let other = bySurface[memo.surface] { #expect(other === memo.names, "\(memo.surface)") }
            bySurface[memo.surface] = memo.names
        }
        #expect(bySurface.count >= 4)
    }

    /// More distinct names than the memo holds: the ones it dropped are made again, right.
    @Test func manyDistinctNamesStillAnswerRight() {
        let names = (0..<(NameFactsMemo.maxSlots + 500)).map { n in
            "Zq" + String(n, radix: 26).map { c in Character(Unicode.Scalar(c.asciiValue! % 26 + 97)) }
        }
        let text = names.map { "Officials met \($0) Group." }.joined(separator: " ")
            + " " + names.prefix(2_000).map { "Officials met \($0) Group." }.joined(separator: " ")
        for sized in [false, true] {
            var checked = 0
            read(text, sized: sized) { _, _, memo, fresh in
                if !same(memo, fresh) { Issue.record("\(fresh.surface)") }
                checked += 1
            }
            #expect(checked > names.count)
        }
    }

    @Test func tokenTablesStartEachSentenceEmpty() {
        var tables = TokenTables()
        tables.reset(count: 5)
        tables[.endingAt, 4] = 7
        tables[.runStartingAt, 0] = 2
        #expect(tables[.endingAt, 4] == 7)
        #expect(tables[.startingAt, 4] == nil)
        #expect(tables[.runStartingAt, 0] == 2)
        #expect(tables[.endingAt, 5] == nil)
        #expect(tables[.endingAt, -1] == nil)
        // Shorter, then longer than any before: nothing of an earlier sentence is left.
        tables.reset(count: 3)
        #expect((0..<3).allSatisfy { tables[.endingAt, $0] == nil && tables[.runStartingAt, $0] == nil })
        #expect(tables[.endingAt, 4] == nil)
        tables[.startingAt, 2] = 1
        tables.reset(count: 12)
        #expect((0..<12).allSatisfy { t in [.endingAt, .startingAt, .runStartingAt].allSatisfy { tables[$0, t] == nil } })
        tables[.startingAt, 11] = 3
        tables.reset(count: 12)
        #expect(tables[.startingAt, 11] == nil)
    }

    /// The memo's slots: one cache line each, and every entry kept when they are moved into a larger table.
    @Test func nameFactsSlotsAreLinesAndMoveWhole() {
        #expect(MemoryLayout<NameFactsSlots.Slot>.stride == 64)
        let small = NameFactsSlots(count: 16)
        #expect(Int(bitPattern: UnsafeRawPointer(small.base)) % 64 == 0)
        for k in 0..<8 { small.base[k].hash = UInt64(k) << 7 | 1 }
        small.base[3].units.set(5, 0x41)
        let large = NameFactsSlots(count: 32)
        #expect(small.moveAll(into: large) == 8)
        #expect((0..<16).allSatisfy { small.base[$0].hash == 0 })
        #expect((0..<8).allSatisfy { large.base[$0].hash == UInt64($0) << 7 | 1 })
        var units = NameFactsSlots.Units()
        units.set(5, 0x41)
        #expect(large.base[3].units == units && large.base[4].units == NameFactsSlots.Units())
        #expect(NameFactsSlots.Units(0, 0x41 << 16, 0) == units)
    }
}
