/// The word lists the actor rules ask about, as bits: one table gives each word the bits of
/// every list that holds it, and `SentenceWords` looks a token up once, however many lists
/// the rules then ask about. Asked one by one, each list was a lookup of its own, in a table
/// of its own, most often not in the cache.
struct WordLists: OptionSet {
    let rawValue: UInt64

    static let orgSuffixes = WordLists(rawValue: 1 << 0)
    static let placeSuffixes = WordLists(rawValue: 1 << 1)
    static let notActors = WordLists(rawValue: 1 << 2)
    static let calendarWords = WordLists(rawValue: 1 << 3)
    static let honorifics = WordLists(rawValue: 1 << 4)
    static let keptHonorifics = WordLists(rawValue: 1 << 5)
    static let lowercaseRoleNouns = WordLists(rawValue: 1 << 6)
    static let commonCapitalised = WordLists(rawValue: 1 << 7)
    static let functionWords = WordLists(rawValue: 1 << 8)
    static let possessiveInside = WordLists(rawValue: 1 << 9)
    static let numberedThings = WordLists(rawValue: 1 << 10)
    static let nameParticles = WordLists(rawValue: 1 << 11)
    static let companyCues = WordLists(rawValue: 1 << 12)
    static let companyAfterCues = WordLists(rawValue: 1 << 13)
    static let placePrepositions = WordLists(rawValue: 1 << 14)
    static let ofHeads = WordLists(rawValue: 1 << 15)
    static let forHeads = WordLists(rawValue: 1 << 16)
    static let strongOrgHeads = WordLists(rawValue: 1 << 17)
    static let legalSuffixes = WordLists(rawValue: 1 << 18)
    static let holidayEnds = WordLists(rawValue: 1 << 19)
    static let indexEnds = WordLists(rawValue: 1 << 20)
    static let indexWordsAfter = WordLists(rawValue: 1 << 21)
    static let placeNounsAfter = WordLists(rawValue: 1 << 22)
    static let articles = WordLists(rawValue: 1 << 23)
    static let lookbackWords = WordLists(rawValue: 1 << 24)
    static let appositiveBreakers = WordLists(rawValue: 1 << 25)
    static let appositiveEnders = WordLists(rawValue: 1 << 26)
    static let headsOfModifiers = WordLists(rawValue: 1 << 27)
    static let titleHeads = WordLists(rawValue: 1 << 28)
    static let dotted = WordLists(rawValue: 1 << 29)
    static let companyTails = WordLists(rawValue: 1 << 30)
    static let givenNames = WordLists(rawValue: 1 << 31)
    static let productNouns = WordLists(rawValue: 1 << 32)
    static let productVerbs = WordLists(rawValue: 1 << 33)
    static let productModifiers = WordLists(rawValue: 1 << 34)
    static let actorVerbs = WordLists(rawValue: 1 << 35)

    /// `RoleReader.wordClass`, in two bits above the lists: 0 other, 1 modifier, 2 head, 3 honorific.
    static let classShift: UInt64 = 36

    var wordClass: RoleReader.WordClass {
        switch rawValue >> Self.classShift & 3 {
        case 1: return .modifier
        case 2: return .head
        case 3: return .honorific
        default: return .other
        }
    }

    /// Each list with its bit.
    static let sources: [(list: WordSet, bit: WordLists)] = [
        (ActorLexicon.orgSuffixes, .orgSuffixes), (ActorLexicon.placeSuffixes, .placeSuffixes),
        (ActorLexicon.notActors, .notActors), (ActorLexicon.calendarWords, .calendarWords),
        (ActorLexicon.honorifics, .honorifics), (ActorLexicon.keptHonorifics, .keptHonorifics),
        (ActorLexicon.lowercaseRoleNouns, .lowercaseRoleNouns), (ActorLexicon.commonCapitalised, .commonCapitalised),
        (ActorLexicon.functionWords, .functionWords), (ActorLexicon.possessiveInside, .possessiveInside),
        (ActorLexicon.numberedThings, .numberedThings), (ActorLexicon.nameParticles, .nameParticles),
        (ActorLexicon.companyCues, .companyCues), (ActorLexicon.companyAfterCues, .companyAfterCues),
        (ActorLexicon.placePrepositions, .placePrepositions), (ActorLexicon.ofHeads, .ofHeads),
        (ActorLexicon.forHeads, .forHeads), (NameTables.strongOrgHeads, .strongOrgHeads),
        (NameTables.legalSuffixes, .legalSuffixes), (CandidateReader.holidayEnds, .holidayEnds),
        (CandidateReader.indexEnds, .indexEnds), (CandidateReader.indexWordsAfter, .indexWordsAfter),
        (CandidateReader.placeNounsAfter, .placeNounsAfter), (RoleReader.articles, .articles),
        (RoleReader.lookbackWords, .lookbackWords), (RoleReader.appositiveBreakers, .appositiveBreakers),
        (RoleReader.appositiveEnders, .appositiveEnders), (RoleReader.headsOfModifiers, .headsOfModifiers),
        (RoleReader.titleHeads, .titleHeads), (NameRunFinder.dotted, .dotted),
        (NameRunFinder.companyTails, .companyTails), (Gazetteer.shared.givenNames, .givenNames),
        (ProductEvidence.productNouns, .productNouns), (ProductEvidence.productVerbs, .productVerbs),
        (ProductEvidence.productModifiers, .productModifiers), (ProductEvidence.actorVerbs, .actorVerbs),
    ]

    /// Each list's bits by word.
    static let table: WordMap<UInt64> = {
        // From the longest list's own table (the given names), the others merged into it.
        var bits = WordMap(Gazetteer.shared.givenNames, value: WordLists.givenNames.rawValue)
        for (list, bit) in sources where bit != .givenNames { bits.merge(list) { ($0 ?? 0) | bit.rawValue } }
        // The classes (`RoleReader.wordClass`): a word in several lists takes honorific
        // before head before modifier.
        func setClass(_ words: WordSet, _ value: UInt64) {
            bits.merge(words) { ($0 ?? 0) & ~(3 << classShift) | value << classShift }
        }
        setClass(ActorLexicon.titleModifiers, 1)
        setClass(RoleReader.titleHeads, 2)
        setClass(ActorLexicon.honorifics, 3)
        return bits
    }()
}
