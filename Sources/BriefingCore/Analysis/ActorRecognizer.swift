/// Finds the people, organisations and places a briefing names (issue 4).
///
/// Steps, each linear in the text:
/// 1. `DocumentEvidence` notes which words the text capitalises mid-sentence or writes in lowercase;
/// 2. `NameRunFinder` cuts each sentence into runs of capitalised words;
/// 3. `CandidateReader` reads each run with `RoleReader` (titles, roles, appositives) and the
///    lexicons (`Gazetteer`, `ActorLexicon`: organisation and place cues, context words)
///    into candidates with evidence for each kind;
/// 4. `AliasResolver` merges candidates that name the same thing ("Lammy" and "David
///    Lammy", "OECD" and its expansion, "UK" and "Britain") into actors.
public enum ActorRecognizer {
    public static func recognize(_ text: SourceText, sentences: [Sentence]) -> [Actor] {
        recognize(text, sentences: sentences, tokens: TokenStore(length: text.count, sentenceCount: sentences.count),
                  progress: .silent)
    }

    /// The same, reading the sentences' tokens through `tokens` and reporting the progress
    /// of its second pass, the longest (`BriefingAnalyzer`).
    static func recognize(_ text: SourceText, sentences: [Sentence], tokens: TokenStore, progress: StageProgress) -> [Actor] {
        let (read, readRepeats, rejected) = readCandidates(text, sentences: sentences, tokens: tokens, progress: progress)
        var candidates = read, repeats = readRepeats
        // Before any candidate moves: the repeats were noted by the candidates' indexes.
        repeats.place(&candidates)
        // Names seen as products or common-noun phrases somewhere are dropped everywhere:
        // the kept ones moved down in place, so no second array is made.
        if !rejected.isEmpty {
            var newIndex = [Int?](repeating: nil, count: candidates.count)
            var kept = 0
            for i in candidates.indices where !(rejected.contains(candidates[i].key) && candidates[i].fixedKind == nil) {
                newIndex[i] = kept
                if kept != i { candidates.swapAt(kept, i) }
                kept += 1
            }
            candidates.removeLast(candidates.count - kept)
            for i in candidates.indices { candidates[i].expansion = candidates[i].expansion.flatMap { newIndex[$0] } }
        }
        return AliasResolver.resolve(&candidates, repeats: &repeats)
    }

    /// Steps 1 to 3: the candidates, their repeats set aside, and the keys of names seen as
    /// products or common-noun phrases. A function of its own, so that what reading them
    /// holds (the document's evidence, the earlier candidates' table, the reader's tables:
    /// some 20 MB on a text of 200,000 distinct names) is freed before names are merged.
    private static func readCandidates(_ text: SourceText, sentences: [Sentence], tokens: TokenStore,
                                       progress: StageProgress) -> ([ActorCandidate], RepeatedMentions, Set<String>) {
        // Two passes, each holding one sentence's tokens at a time (the second in arrays
        // reused from sentence to sentence): holding every sentence's tokens at once cost
        // ~8 bytes of memory per byte of text.
        var evidence = DocumentEvidence()
        text.scalars.withView { view in
            for sentence in sentences { evidence.add(view, text.scalars, sentence, tokens: tokens) }
        }
        evidence.finish()
        var reader = CandidateReader(text.scalars, evidence: evidence, tokens: tokens)
        // Room for them all at once: grown by doubling, the array was copied a dozen times
        // and, at the last copy, held twice its size.
        reader.candidates.reserveCapacity(evidence.capitalisedWords)
        var earlier = EarlierCandidates()
        var repeats = RepeatedMentions()
        var moved: [Int] = []
        // The words each sentence is read into, held here and lent to the reader (`read`).
        var words = reader.w
        for (position, sentence) in sentences.enumerated() {
            progress.reached(sentence.index)
            let before = reader.candidates.count
            // The reader appends to the document's array in place: copying each sentence's
            // candidates over would retain and release every string they hold.
            reader.read(sentence, loneOpener: Int(evidence.loneOpeners[position]), words: &words)
            if reader.candidates.count > before {
                setAsideRepeats(&reader.candidates, from: before,
                                earlier: &earlier, repeats: &repeats, moved: &moved)
            }
        }
        reader.rejectProducts()
        let rejected = reader.rejectedKeys
        var candidates: [ActorCandidate] = []
        swap(&candidates, &reader.candidates)
        return (candidates, repeats, rejected)
    }

    /// Moves the sentence's candidates from `start` on that repeat an earlier candidate
    /// (`ActorCandidate.repeats`) out of the array, their places into `repeats`; the rest move
    /// down in place, and expansions pointing into the sentence follow them.
    /// - `earlier`: candidates kept so far that others may repeat, by `repeatHash`, those the
    ///   last kept with their strings does not stand for (`ActorCandidate.lastKeptAlike`,
    ///   which tells most repeats without a read of the one they repeat, which in a long
    ///   document has left the cache): those with a summary of 0, and those a later one
    ///   of their strings displaced. Asked only for a candidate not alike the last kept with
    ///   its strings. Not every candidate kept is found: a mention whose strings are another
    ///   object than an earlier one's alike (facts made again, their memo slot taken) is then
    ///   kept, and the resolver gives it the same group as the earlier one (a one-word name
    ///   not weak joins the group its key names once one has it), with the same evidence.
    /// - `moved`: a buffer reused from sentence to sentence, where each candidate went,
    ///   filled only when one of them has an expansion to follow (few do: an acronym after
    ///   its name).
    static func setAsideRepeats(_ candidates: inout [ActorCandidate], from start: Int,
                                earlier: inout EarlierCandidates, repeats: inout RepeatedMentions, moved: inout [Int]) {
        // Through pointers: methods called on elements of the array copied them whole.
        let (kept, remaps) = candidates.withUnsafeMutableBufferPointer { candidates in
            let base = candidates.baseAddress!
            let remaps = (start..<candidates.count).contains { ActorCandidate.hasExpansion(base + $0) }
            if remaps { moved.removeAll(keepingCapacity: true) }
            var kept = start
            for i in start..<candidates.count {
                if ActorCandidate.mayRepeat(base + i) {
                    let summary = ActorCandidate.repeatSummary(base + i)
                    if let first = ActorCandidate.lastKeptAlike(base + i, summary: summary) {
                        repeats.add(start: candidates[i].span.start, sentence: candidates[i].sentence, repeating: first)
                        if remaps { moved.append(first) }
                        continue
                    }
                    if let first = earlier.index(hash: ActorCandidate.repeatHash(base + i),
                                                 where: { ActorCandidate.repeats(base + i, base + $0) }) {
                        repeats.add(start: candidates[i].span.start, sentence: candidates[i].sentence, repeating: first)
                        if remaps { moved.append(first) }
                        continue
                    }
                    if summary == 0 {
                        earlier.insert(hash: ActorCandidate.repeatHash(base + i), kept)
                    } else if let displaced = ActorCandidate.noteKept(base + i, at: kept, summary: summary) {
                        earlier.insert(hash: ActorCandidate.repeatHash(base + displaced), displaced)
                    }
                }
                if remaps { moved.append(kept) }
                if kept != i { candidates.swapAt(kept, i) }
                kept += 1
            }
            return (kept, remaps)
        }
        // One by one: removed together, they were destroyed through the generic value
        // witnesses, at several times the cost.
        while candidates.count > kept { candidates.removeLast() }
        guard remaps else { return }
        for i in start..<kept {
            if let e = candidates[i].expansion, e >= start { candidates[i].expansion = moved[e - start] }
        }
    }
}
