extension AliasResolver {
    /// What the resolver knows of a group besides its members (`GroupMemberLists`), in an array
    /// beside theirs, not in one struct with them: a text of many names makes a group for
    /// nearly every candidate, and the struct took 16 bytes a group, the members and these 5.
    /// One byte: the kind in the low two bits, then `hasTableKinds`, then the cues. The
    /// evidence the kind is decided from is summed from the members when asked
    /// (`GroupEvidence`).
    struct GroupTraits {
        private var bits: UInt8 = 0

        private static let kindBits: UInt8 = 0b11
        private static let tableKindsBit: UInt8 = 0b100
        private static let cuesShift: UInt8 = 3

        /// Organisation until decided (code 0).
        var kind: ActorKind {
            get {
                switch bits & Self.kindBits {
                case 0: .organization
                case 1: .person
                default: .place
                }
            }
            set {
                let code: UInt8 = switch newValue {
                case .organization: 0
                case .person: 1
                case .place: 2
                }
                bits = bits & ~Self.kindBits | code
            }
        }

        /// Whether a table names a member, its kinds then counted in `TableKindCounts`.
        var hasTableKinds: Bool {
            get { bits & Self.tableKindsBit != 0 }
            set { bits = newValue ? bits | Self.tableKindsBit : bits & ~Self.tableKindsBit }
        }

        /// What its names say of its kind beyond its members' evidence.
        var cues: NameCues {
            get { NameCues(rawValue: bits >> Self.cuesShift) }
            set { bits = bits & (Self.kindBits | Self.tableKindsBit) | newValue.rawValue << Self.cuesShift }
        }
    }
}
