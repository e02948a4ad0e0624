/// Finds what the briefing is about, per briefing and per story (issue 6).
///
/// Two layers, ranked together: themes of a news taxonomy (`TopicTaxonomy`, the
/// IPTC Media Topics top level and finer themes) found through a stemmed lexicon
/// of single- and multi-word terms, and key phrases mined from the text itself
/// (`PhraseMiner`) and weighed against how common their words are in English
/// (`WordFrequencyTable`). One linear scan finds the evidence (`TopicScanner`);
/// `TopicRanking` scores and ranks it for the whole text or for one story.
public enum TopicModel {
    /// The briefing's topics, heaviest first; each lists the sentences and stories it covers.
    public static func topics(_ text: SourceText, sentences: [Sentence], stories: [Story]) -> [Topic] {
        topics(text, sentences: sentences, tokens: TokenStore(), progress: .silent)
    }

    /// The same, reading the sentences' tokens through `tokens` and reporting its scan's
    /// progress (`BriefingAnalyzer`). Out of line, as the other stages are, so a profile
    /// shows the stage (`scripts/count-instructions.sh`).
    @inline(never)
    static func topics(_ text: SourceText, sentences: [Sentence], tokens: TokenStore, progress: StageProgress) -> [Topic] {
        let evidence = TopicScanner.scan(text, sentences: sentences, tokens: tokens, progress: progress)
        return TopicRanking.rank(evidence, text, hits: evidence.hits.indices,
                                 occurrences: evidence.occurrences.indices)
    }

    /// The topics of each story on its own, indexed like `stories`: what each story of a
    /// multi-story briefing is about. Weights are relative within the story.
    public static func topicsByStory(_ text: SourceText, sentences: [Sentence], stories: [Story]) -> [[Topic]] {
        let evidence = TopicScanner.scan(text, sentences: sentences)
        var result: [[Topic]] = []
        result.reserveCapacity(stories.count)
        var h = 0, o = 0
        for story in stories {
            // Evidence is in text order, so each story's evidence is one contiguous run.
            while h < evidence.hits.count && evidence.sentence(of: evidence.hits[h]).index < story.sentences.lowerBound { h += 1 }
            var hEnd = h
            while hEnd < evidence.hits.count
                && evidence.sentence(of: evidence.hits[hEnd]).index < story.sentences.upperBound { hEnd += 1 }
            while o < evidence.occurrences.count && evidence.sentence(of: evidence.occurrences[o]).index < story.sentences.lowerBound { o += 1 }
            var oEnd = o
            while oEnd < evidence.occurrences.count && evidence.sentence(of: evidence.occurrences[oEnd]).index < story.sentences.upperBound { oEnd += 1 }
            result.append(TopicRanking.rank(evidence, text, hits: h..<hEnd, occurrences: o..<oEnd))
            h = hEnd
            o = oEnd
        }
        return result
    }

    /// Convenience: the topics of one story of an analysed briefing.
    public static func topics(for story: Story, in briefing: Briefing) -> [Topic] {
        let sentences = Array(briefing.sentences[story.sentences])
        let evidence = TopicScanner.scan(briefing.source, sentences: sentences)
        return TopicRanking.rank(evidence, briefing.source, hits: evidence.hits.indices,
                                 occurrences: evidence.occurrences.indices)
    }
}
