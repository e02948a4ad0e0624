extension AliasResolver {
    /// What a group's members and names say it is (`AliasResolver.GroupTraits`), summed when its
    /// kind is decided (`init(of:_:)`): kept for each group as its members joined, it took 24
    /// bytes a group while names merged. The table kinds of the few groups with members a
    /// table names are counted beside the groups (`TableKindCounts`).
    struct GroupEvidence {
        var person = 0.0
        var organization = 0.0
        var place = 0.0

        init() {}

        /// The evidence of each of a group's members, then its names' cues. The sums are
        /// exact (whole numbers of halves), so the order they are added in changes nothing.
        init(of members: GroupMembers, cues: NameCues, _ candidates: [ActorCandidate]) {
            for m in members { add(m, candidates) }
            if cues.contains(.surnameAlone) { person += 1.5 }
            if cues.contains(.firstWordAlone) { organization += 1 }
        }

        /// Takes the array and an index, not a candidate: reading a candidate out of the
        /// array would copy it, retaining each of its strings.
        /// Each of the candidate's mentions (its own and its repeats) counts as a member
        /// with the same evidence.
        mutating func add(_ index: Int, _ candidates: [ActorCandidate]) {
            let weight = Double(candidates[index].mentionCount)
            person += candidates[index].person * weight
            organization += candidates[index].organization * weight
            place += candidates[index].place * weight
        }

        /// The kind with the most evidence, for a group without table kinds.
        var kind: ActorKind {
            if person > organization && person >= place && person > 0 { return .person }
            if place > organization && place > person { return .place }
            return .organization
        }
    }

    /// What a group's name of several words says of its kind, when the text also writes a
    /// word of it alone: its last word, as a person is named again by the surname ("Nicolas
    /// Sarkozy … Sarkozy"), or its first, as an organisation ("Lockheed Martin … Lockheed").
    struct NameCues: OptionSet {
        let rawValue: UInt8
        static let surnameAlone = NameCues(rawValue: 1)
        static let firstWordAlone = NameCues(rawValue: 2)
    }

    /// How many members of a group have each table kind (mentions counted): counters, not a
    /// dictionary hashed per member.
    struct TableKindCounts {
        var people: Int32 = 0
        var organizations: Int32 = 0
        var places: Int32 = 0

        mutating func add(_ kind: ActorKind, mentions: Int) {
            switch kind {
            case .person: people += Int32(mentions)
            case .organization: organizations += Int32(mentions)
            case .place: places += Int32(mentions)
            }
        }

        /// The table kind most members have; on a tie, the first by name (organization,
        /// person, place: each taken only over more).
        var kind: ActorKind {
            var kind = ActorKind.organization
            var most = organizations
            if people > most { kind = .person; most = people }
            if places > most { kind = .place }
            return kind
        }
    }
}
