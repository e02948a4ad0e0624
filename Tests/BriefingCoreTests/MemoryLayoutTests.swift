import Testing
@testable import BriefingCore

/// The records a text holds one of per sentence, mention or phrase occurrence: their sizes
/// are what keeps a million one-word sentences within 8× the input + 30 MB
/// (`briefing-bench --hostile`), so a field added to one shows up here first.
@Suite("Memory layout of per-sentence records")
struct MemoryLayoutTests {
    @Test func perSentenceRecords() {
        #expect(MemoryLayout<Sentence>.stride == 16)
        #expect(MemoryLayout<SentenceSplitter.Segment>.stride == 16)
    }

    @Test func perMentionRecords() {
        #expect(MemoryLayout<Mention>.stride == 12)
        #expect(MemoryLayout<ActorMention>.stride == 12)
        #expect(MemoryLayout<PhraseOccurrence>.stride == 12)
        #expect(MemoryLayout<ActorCandidate>.stride == 48)
    }

    /// A text of many names holds an actor and, while names merge, a group for each name.
    @Test func perActorRecords() {
        #expect(MemoryLayout<Mentions>.stride == 16)
        #expect(MemoryLayout<Actor>.stride == 40)
        #expect(MemoryLayout<GroupMembers>.stride == 8)
        #expect(MemoryLayout<AliasResolver.GroupTraits>.stride == 1)
    }

    @Test func phraseOccurrenceKeepsWhatItPacks() {
        for (phrase, position, namelike, ambiguous) in [(Int32(0), 1.0, false, false), (65_535, 2.5, true, true),
                                                        (1 << 27, 1.75, true, false), (7, 2.0, false, true)] {
            var occurrence = PhraseOccurrence(phrase: phrase, positionCode: PhraseOccurrence.positionCode(of: position),
                                              span: TextSpan(40, 52),
                                              namelike: namelike, ambiguousCase: ambiguous)
            #expect(occurrence.phrase == phrase && occurrence.position == position)
            #expect(PhraseOccurrence.positionWeights[occurrence.positionCode] == position)
            #expect(occurrence.namelike == namelike && occurrence.ambiguousCase == ambiguous)
            #expect(occurrence.span == TextSpan(40, 52))
            occurrence.phrase = 3
            #expect(occurrence.phrase == 3 && occurrence.position == position && occurrence.namelike == namelike)
        }
    }
}
