extension AliasResolver {
    /// What a group's members say it is (`AliasResolver.Group`), summed as they join.
    struct GroupEvidence {
        var person = 0.0
        var organization = 0.0
        var place = 0.0
        /// How many members have each table kind: counters, not a dictionary hashed per member.
        /// In 32 bits: the evidence is then 40 bytes, not 48.
        var fixedPeople: Int32 = 0
        var fixedOrganizations: Int32 = 0
        var fixedPlaces: Int32 = 0

        /// Takes the array and an index, not a candidate: reading a candidate out of the
        /// array would copy it, retaining each of its strings.
        /// Each of the candidate's mentions (its own and its repeats) counts as a member
        /// with the same evidence.
        mutating func add(_ index: Int, _ candidates: [ActorCandidate]) {
            let mentions = candidates[index].mentionCount
            let weight = Double(mentions)
            person += candidates[index].person * weight
            organization += candidates[index].organization * weight
            place += candidates[index].place * weight
            guard let kind = candidates[index].fixedKind else { return }
            switch kind {
            case .person: fixedPeople += Int32(mentions)
            case .organization: fixedOrganizations += Int32(mentions)
            case .place: fixedPlaces += Int32(mentions)
            }
        }

        /// The table kind most members have; on a tie, the first by name (organization,
        /// person, place: each taken only over more). Else the kind with the most evidence.
        var kind: ActorKind {
            if fixedOrganizations > 0 || fixedPeople > 0 || fixedPlaces > 0 {
                var kind = ActorKind.organization
                var most = fixedOrganizations
                if fixedPeople > most { kind = .person; most = fixedPeople }
                if fixedPlaces > most { kind = .place }
                return kind
            }
            if person > organization && person >= place && person > 0 { return .person }
            if place > organization && place > person { return .place }
            return .organization
        }
    }
}
