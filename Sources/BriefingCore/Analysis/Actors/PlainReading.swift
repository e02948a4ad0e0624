/// What `CandidateReader.readPlain` makes of a name's words, which depends on nothing
/// around them: worked out the first time a name is read and kept with its `NameFacts`, so
/// each later mention costs no word-list lookup. Kept in the facts and read there field by
/// field (`NameFacts.plain`): as an object of its own, each mention retained and released it,
/// and the facts it holds, several times.
struct PlainReading {
    /// Worked out: the fields below hold the reading.
    var isRead = false
    /// The first word is a demonym left out of the name ("Chinese Huawei" → "Huawei"):
    /// the facts of the words after it, which name the candidate. Nil when the name is all the words.
    var shortened: NameFacts?
    /// Capitalised common words ("Joint Strike Fighter"), whose first and last words the
    /// reader notes (`CandidateReader.commonRuns`).
    var isCommonPhrase = false
    /// The words name an actor.
    var isActor = false
    /// A country's abbreviation opening the name, a mention of its own ("US Air Force").
    var nestedCountry: NameFacts?
    /// Key of the country the name belongs to: the nested country's, or the dropped demonym's.
    var affiliation: String?
    /// Evidence from the words of the name (`CandidateReader.kindVotes`).
    var votes = KindVotes()
}

/// Evidence for each kind, added up before a candidate holds it.
struct KindVotes {
    var person = 0.0
    var organization = 0.0
    var place = 0.0

    mutating func vote(_ kind: ActorKind, _ weight: Double) {
        switch kind {
        case .person: person += weight
        case .organization: organization += weight
        case .place: place += weight
        }
    }
}

/// How `RoleReader.split` cuts a name's words, by the number of prefix and title words,
/// kept with its `NameFacts`.
enum SplitCounts {
    case unread
    case noTitle
    case split(prefix: Int, title: Int)
}
