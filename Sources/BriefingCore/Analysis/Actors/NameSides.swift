/// What `CandidateReader.contextVotes` reads of the words either side of a name, read in
/// one call (`SentenceWords.sides`): asked one by one from the mutating reader, each test's
/// call took a copy of the words (90 bytes), made ahead of the branch that asks.
struct NameSides {
    /// The word before the name, or before "the" when that stands there.
    var before: Int
    /// The lists of word `before` when it is lowercase, none otherwise.
    var listsBefore: WordLists
    /// The length of the possessive right after the name (0 for none).
    var possessive: Int
    /// The lists of the word after the name and its possessive when it is lowercase, none otherwise.
    var listsAfter: WordLists
}

extension SentenceWords {
    /// The `NameSides` of the name from word `first` to word `last`. Out of line, where the
    /// words are borrowed in place.
    @inline(never)
    func sides(first: Int, last: Int) -> NameSides {
        var before = first - 1
        // Whether the word before is lowercase, asked once for "the" and its lists.
        var lowercaseBefore = isLowercase(before)
        if lowercaseBefore && key(before, is: "the") {
            before -= 1
            lowercaseBefore = isLowercase(before)
        }
        let possessive = possessiveLength(after: last)
        let after = last + 1 + possessive
        return NameSides(before: before, listsBefore: lowercaseBefore ? lists(before) : [],
                         possessive: possessive, listsAfter: isLowercase(after) ? lists(after) : [])
    }
}
