/// What the words around a name say about it being a product or an actor.
///
/// A name right before a product noun ("the X laptop", "Intel chips", "Airbus jets") names
/// a product, or the maker as a mere modifier of one: that mention is no actor's. Other
/// cues make the name a product ("unveiled the new X", "a beta version of X", "X, its
/// video calling application,", "sold 13 million Xs") or an actor ("X's", "X said", "rival
/// X", "X introduced"). Each mention adds to its name's tallies (`NameFacts`); a name with
/// at least one product cue of the second sort, and more product cues of both sorts than
/// actor cues, is dropped everywhere unless a table knows it (`CandidateReader.rejectProducts`).
/// A maker only ever written before its products keeps its other mentions.
enum ProductEvidence {
    /// Nouns a product name stands before, or in apposition with: "the X laptop",
    /// "X, its operating system,", "X users".
    static let productNouns: WordSet = [
        "laptop", "laptops", "notebook", "notebooks", "computer", "computers", "desktop", "desktops",
        "tablet", "tablets", "smartphone", "smartphones", "phone", "phones", "handset", "handsets",
        "software", "application", "applications", "app", "apps", "browser", "operating",
        "processor", "processors", "chip", "chips", "console", "consoles", "device", "devices",
        "gadget", "gadgets", "camera", "cameras", "jet", "jets", "jetliner", "jetliners", "airliner",
        "airliners", "superjumbo", "airplane", "airplanes", "aircraft", "plane", "planes", "car", "cars",
        "sedan", "truck", "trucks", "vehicle", "vehicles", "version", "versions",
    ]

    /// Verbs a product is the object of: "released the new X", "upgraded to X".
    static let productVerbs: WordSet = [
        "release", "releases", "released", "releasing", "unveil", "unveils", "unveiled", "unveiling",
        "introduce", "introduces", "introduced", "introducing", "launch", "launches", "launched",
        "launching", "ship", "ships", "shipped", "shipping", "upgrade", "upgraded", "install",
        "installed", "installing", "run", "runs", "running", "preview", "previewed", "demonstrated",
        "debuted", "unwrapped", "discontinued", "update", "updated",
    ]

    /// Verbs after a name that make it an actor: its sayings ("X said") and what firms do
    /// ("X merged", "X introduced the ...").
    static let actorVerbs: WordSet = ActorLexicon.speechVerbs.union(productVerbs).union([
        "merged", "merges", "acquired", "acquires", "hired", "agreed", "agrees", "signed", "ordered",
        "sued", "employs", "plans", "planned", "owns", "owned", "reported", "posted", "earned",
        "invested", "filed", "denied", "confirmed", "decided", "expects", "expected",
    ])

    /// Words that may stand between such a verb, or a comma of apposition, and the product:
    /// "released the new X", "upgraded to its latest X".
    static let productModifiers: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "new", "latest", "updated", "upcoming",
        "forthcoming", "next", "original", "first", "redesigned", "to", "beta",
    ]
}

extension CandidateReader {
    /// Whether the name ending at word `last` stands right before a product noun ("the X
    /// laptop"): the mention is then no actor's, and counts as a cue of the name's.
    @inline(__always) func modifiesProduct(_ last: Int, in w: SentenceWords) -> Bool {
        w.lowerKey(last + 1, isIn: .productNouns)
    }

    /// Counts a mention of `facts` before a product noun (`modifiesProduct`).
    mutating func countModifier(_ facts: NameFacts) {
        if facts.productCues == 0 && facts.modifierCues == 0 { productNames.append(facts) }
        facts.modifierCues += 1
    }

    /// Adds the cues around the mention of `facts` ending at word `last`, a candidate, to
    /// its tallies. `contextVotes` hands down what it looked up: the word `before` the name
    /// (before "the", if that stands there) and its lists if lowercase, the length of the
    /// possessive after the name, and the lists of the lowercase word after that.
    @inline(__always)
    mutating func weighProduct(_ facts: NameFacts, last: Int, before: Int, listsBefore: WordLists, possessive: Int,
                               listsAfter: WordLists, in w: SentenceWords) {
        // "Apple's" (an owner, most often of a product), "X said", "X introduced", "rival X".
        if possessive > 0 || listsAfter.contains(.actorVerbs) || listsAfter.contains(.companyAfterCues)
            || listsBefore.contains(.companyCues) {
            facts.actorCues += 1
            return
        }
        guard w.namesProduct(last: last, before: before, listsBefore: listsBefore) else { return }
        if facts.productCues == 0 && facts.modifierCues == 0 { productNames.append(facts) }
        facts.productCues += 1
    }

    /// Adds to `rejectedKeys` the names `ProductEvidence` finds products.
    mutating func rejectProducts() {
        for facts in productNames where facts.fixedIndex == nil && facts.productCues > 0
            && facts.productCues + facts.modifierCues > facts.actorCues {
            rejectedKeys.insert(facts.key)
        }
    }
}

/// The tests `CandidateReader.weighProduct` asks of the words around a name, asked of the
/// words: as the reader's own, each call from the mutating reader took a copy of the whole
/// reader (a memcpy of its 300 bytes) to pass it, made before the branch that asks.
extension SentenceWords {
    /// Whether the words around the name ending at word `last` name it as a product, asked
    /// by `weighProduct` with its arguments. Out of line: its tests, inlined into the
    /// mutating reader when it read its own words, each took a copy of them (90 bytes) for
    /// its call, made ahead of the branch that asks.
    @inline(never)
    func namesProduct(last: Int, before: Int, listsBefore: WordLists) -> Bool {
        let after = last + 1
        var isProduct = false
        if listsBefore.contains(.productVerbs) {
            isProduct = true
        } else if listsBefore.contains(.productModifiers) {
            // "released the new X", "upgraded to its latest X", "the new X uses".
            isProduct = productVerb(before: before) || isNewModel(before)
        } else if let p = punct(before) {
            // "its operating system, Mac OS X.": the name alone between marks, not a clause's
            // subject ("with new features, Jobs showed").
            isProduct = p == "," && lowerKey(before - 1, isIn: .productNouns) && (after >= count || punct(after) != nil)
        } else if isLowercase(before) {
            // "a beta version of X", "sold 13.7 million Macs".
            isProduct = (key(before, is: "of") && lowerKey(before - 1, isIn: .productNouns))
                || (endsInS(last) && isQuantity(before))
        }
        // "FaceTime, Apple's video calling application,".
        if !isProduct, punct(after) == "," { isProduct = appositionEndsInProduct(after + 1) }
        return isProduct
    }

    /// Whether a product verb stands at `before`, a modifier, or behind one or two more.
    func productVerb(before: Int) -> Bool {
        var k = before - 1
        if lowerKey(k, isIn: .productModifiers) { k -= 1 }
        if lowerKey(k, isIn: .productModifiers) { k -= 1 }
        return lowerKey(k, isIn: .productVerbs)
    }

    /// "the new", "its latest", "an updated", "the original" at `before`, right before a name.
    func isNewModel(_ before: Int) -> Bool {
        (key(before, is: "new") || key(before, is: "latest") || key(before, is: "updated")
            || key(before, is: "original") || key(before, is: "redesigned"))
            && lowerKey(before - 1, isIn: .productModifiers)
    }

    /// Whether the words from `start`, after a comma behind a name, are an appositive ending
    /// in a product noun: "X, Apple's video calling application,". It opens with a modifier
    /// or a capitalised owner, and ends at the next mark, within eight words.
    func appositionEndsInProduct(_ start: Int) -> Bool {
        guard lowerKey(start, isIn: .productModifiers) || isCapitalised(start) else { return false }
        var k = start
        while k < count, k < start + 8 {
            if let p = punct(k), !p.isApostrophe { break }
            // "X, Y and Z chips": a list, not an appositive.
            if lowerKey(k, is: "and") || lowerKey(k, is: "or") { return false }
            k += 1
        }
        return k - 1 > start && lowerKey(k - 1, isIn: .productNouns)
    }

    /// A word of more than two letters ending in a lowercase "s": "Macs".
    func endsInS(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.span.length > 2 && scalars.units[t.end - 1] == 0x73
    }

    /// "million", "thousand", "billion" or "hundred".
    func isQuantity(_ i: Int) -> Bool {
        lowerKey(i, is: "million") || lowerKey(i, is: "thousand") || lowerKey(i, is: "billion")
            || lowerKey(i, is: "hundred")
    }
}
