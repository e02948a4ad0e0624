import Testing
@testable import BriefingCore

@Suite("Theme hit")
struct ThemeHitTests {
    @Test("a hit is 24 bytes")
    func size() {
        #expect(MemoryLayout<ThemeHit>.stride == 24)
    }

    @Test("a hit keeps what it packs, its weight is position × specificity rounded to a Float, and the lede and headline are prominent")
    func packs() {
        for (term, zipf, multiWord, position, isName) in [(Int32(0), UInt8(0), false, 1.0, false),
                                                         ((1 << 19) - 1, 80, true, 2.5, true),
                                                         (1234, 35, true, 1.75, false), (7, 52, false, 2.0, true)] {
            let hit = ThemeHit(term: term, sentenceSlot: 99, zipf: zipf, multiWord: multiWord,
                               positionCode: PhraseOccurrence.positionCode(of: position), span: TextSpan(40, 52),
                               surfaceKey: 0xDEAD_BEEF_0123_4567, isName: isName)
            #expect(hit.term == term && hit.isName == isName)
            #expect(hit.sentenceSlot == 99 && hit.span == TextSpan(40, 52) && hit.surfaceKey == 0xDEAD_BEEF_0123_4567)
            let specificity = min(1.4, max(0.6, (80.0 - Double(zipf)) / 40.0)) * (multiWord ? 1.25 : 1.0)
            #expect(ThemeHit.weights[hit.weightCode] == Double(Float(position * specificity)))
            #expect(hit.isProminent == (position >= 1.75))
        }
    }
}
