import Testing
@testable import BriefingCore

/// `DocumentEvidence.loneOpeners` marks the sentences whose one capitalised word opens them,
/// and those with none, and the candidate reader skips those it opens with a dropped word and
/// those with none: a skipped sentence must be one whose full reading gives nothing.
@Suite("Actor stage lone openers")
struct LoneOpenersTests {
    private let text = """
        The board met on Monday. However, nobody came. Apple said it would grow. \
        "The plan failed," he said. Monday was quiet. the rest is lowercase. \
        Reuters reported the deal. He spoke to Tim Cook in Paris. Monday. However it rained. \
        42 people came.
        """

    private func evidence(_ source: SourceText, _ sentences: [Sentence]) -> DocumentEvidence {
        var evidence = DocumentEvidence()
        source.scalars.withView { view in
            for sentence in sentences { evidence.add(view, source.scalars, sentence) }
        }
        return evidence
    }

    @Test func marksSentencesWhoseOnlyCapitalIsTheirFirstWord() {
        let source = SourceText(text)
        let sentences = BriefingAnalyzer.segment(source, date: nil).sentences
        let openers = evidence(source, sentences).loneOpeners
        #expect(openers.count == sentences.count)
        for (sentence, opener) in zip(sentences, openers) {
            let words = Tokenizer.tokens(source.scalars, in: sentence.span).filter { $0.kind == .word }
            let capitalised = words.indices.filter { ScalarCase.isUpper(source.scalars, words[$0].start) }
            let first = Tokenizer.tokens(source.scalars, in: sentence.span).first!
            let expected = capitalised.isEmpty ? Int(DocumentEvidence.noCapitals)
                : capitalised == [0] && first.kind == .word && first.start == sentence.span.start ? first.span.length : 0
            #expect(Int(opener) == expected, "\(SourceText.string(source.scalars, sentence.span))")
        }
        // "The board met on Monday." has a second capital; "However, nobody came." has none.
        #expect(openers[0] == 0)
        #expect(openers[1] == 7)
        // "42 people came." has none at all.
        #expect(openers.last == DocumentEvidence.noCapitals)
    }

    @Test func aSkippedSentenceGivesNothingWhenReadInFull() {
        let source = SourceText(text)
        let sentences = BriefingAnalyzer.segment(source, date: nil).sentences
        let evidence = evidence(source, sentences)
        var skipped = 0
        for (position, sentence) in sentences.enumerated() where evidence.loneOpeners[position] > 0 {
            var probe = CandidateReader(source.scalars, evidence: evidence)
            probe.read(sentence, loneOpener: Int(evidence.loneOpeners[position]))
            var full = CandidateReader(source.scalars, evidence: evidence)
            full.read(sentence)
            #expect(probe.candidates.count == full.candidates.count)
            #expect(probe.rejectedKeys == full.rejectedKeys)
            if full.candidates.isEmpty && full.rejectedKeys.isEmpty { skipped += 1 }
        }
        // "However, nobody came.", "Monday was quiet.", "Monday.", "However it rained."
        #expect(skipped >= 3)
    }
}
