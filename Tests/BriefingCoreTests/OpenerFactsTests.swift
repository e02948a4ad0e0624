import Testing
@testable import BriefingCore

/// The candidate reader keeps the facts of run-opening words by number (`OpenerFactsMemo`):
/// kept or not, numbered or not, they must be the facts worked out afresh.
@Suite("Actor opener facts by word number")
struct OpenerFactsTests {
    private func same(_ a: OpenerFacts, _ b: OpenerFacts) -> Bool {
        a.fixedIndex == b.fixedIndex && a.midSentence == b.midSentence && a.seenLowercase == b.seenLowercase
            && a.repeated == b.repeated
    }

    @Test("the memo gives back what it keeps")
    func roundTrip() {
        let memo = OpenerFactsMemo()
        #expect(memo.facts(1) == nil)
        var kept: [OpenerFacts] = []
        for (k, fixed) in [nil, 0, 1, 12_345, Int32.max - 1].enumerated() {
            for flags in 0..<8 {
                kept.append(OpenerFacts(fixedIndex: fixed, midSentence: flags & 1 != 0, seenLowercase: flags & 2 != 0,
                                        repeated: flags & 4 != 0))
                memo.keep(kept[kept.count - 1], 1 + 8 * k + flags)
            }
        }
        for (n, facts) in kept.enumerated() { #expect(same(memo.facts(n + 1)!, facts)) }
    }

    @Test("each word's facts, kept by number or worked out, are those worked out afresh", arguments: [false, true])
    func asWorkedOut(numbered: Bool) {
        let source = SourceText(BriefingAnalyzer.sampleText + " Zürich said. Zürich met Apple. Apple rose. apple pie.")
        let sentences = BriefingAnalyzer.segment(source, date: nil).sentences
        let store = numbered ? TokenStore(length: source.count, sentenceCount: sentences.count) : TokenStore()
        var evidence = DocumentEvidence()
        source.scalars.withView { view in
            for sentence in sentences { evidence.add(view, source.scalars, sentence, tokens: store) }
        }
        evidence.finish()
        var reader = CandidateReader(source.scalars, evidence: evidence, tokens: store)
        var kept = 0
        for sentence in sentences {
            reader.read(sentence)
            for i in 0..<reader.w.count where reader.w.isCapitalised(i) {
                let fresh = reader.workOutOpenerFacts(i, in: reader.w)
                #expect(same(reader.openerFacts(i, in: reader.w), fresh), "\(reader.w.text(i))")
                #expect(same(reader.openerFacts(i, in: reader.w), fresh), "\(reader.w.text(i))")
                if reader.w.number(i) != 0 { kept += 1 }
            }
        }
        #expect(numbered ? kept > 100 : kept == 0)
    }
}
