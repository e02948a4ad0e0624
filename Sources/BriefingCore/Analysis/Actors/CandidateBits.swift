/// An `ActorCandidate`'s one-bit facts and its table entry, in one 32-bit word: in fields of
/// their own (an `Int32` index, an optional kind, four `Bool`s and the rare fields' set) they
/// took 9 bytes of each candidate, and the candidate 8 more in padding.
///
/// The low 7 bits are the flags below, the next 2 the entry's kind (0 for none), the top 23
/// the entry's index plus one (0 for none).
///
/// Not an `OptionSet`: its set operations would treat the index and kind bits as members too
/// (a union of two candidates' bits would OR their indexes), so only the flag tests below.
struct CandidateBits: Equatable {
    private(set) var rawValue: UInt32

    private init(rawValue: UInt32) { self.rawValue = rawValue }
    init() { rawValue = 0 }

    /// Sentence-initial word with no other evidence (`ActorCandidate.weak`).
    static let weak = CandidateBits(rawValue: 1)
    static let isAcronym = CandidateBits(rawValue: 2)
    /// Two or more word keys (`ActorCandidate.hasSeveralWords`).
    static let hasSeveralWords = CandidateBits(rawValue: 4)
    /// Which of the candidate's rare fields hold a value: a read of an unset one then costs
    /// no trip to the side object that holds them.
    static let roles = CandidateBits(rawValue: 8)
    static let roleSpan = CandidateBits(rawValue: 16)
    static let affiliation = CandidateBits(rawValue: 32)
    static let expansion = CandidateBits(rawValue: 64)
    private static let rareFields: UInt32 = 8 | 16 | 32 | 64

    private static let kindShift: UInt32 = 7
    private static let indexShift: UInt32 = 9
    /// The entries an index of 23 bits can tell apart (the tables hold tens of thousands).
    static let maxFixedIndex = Int32(1 << 23 - 2)

    /// Whether `flag` (one of the flags above, or several OR-ed by `|`) is set.
    @inline(__always) func contains(_ flag: CandidateBits) -> Bool { rawValue & flag.rawValue == flag.rawValue }

    /// Whether none of `flags` is set.
    @inline(__always) func containsNone(of flags: CandidateBits) -> Bool { rawValue & flags.rawValue == 0 }

    /// The flags of both.
    static func | (a: CandidateBits, b: CandidateBits) -> CandidateBits { CandidateBits(rawValue: a.rawValue | b.rawValue) }

    /// Whether any rare field holds a value.
    @inline(__always) var hasRareFields: Bool { rawValue & Self.rareFields != 0 }

    @inline(__always) mutating func update(_ flag: CandidateBits, _ isSet: Bool) {
        rawValue = isSet ? rawValue | flag.rawValue : rawValue & ~flag.rawValue
    }

    /// Index of the table entry (`NameTables.fixedEntry`), if any.
    @inline(__always) var fixedIndex: Int32? {
        let stored = rawValue >> Self.indexShift
        return stored == 0 ? nil : Int32(stored) - 1
    }

    /// The kind of that entry.
    @inline(__always) var fixedKind: ActorKind? {
        switch rawValue >> Self.kindShift & 3 {
        case 1: .person
        case 2: .organization
        case 3: .place
        default: nil
        }
    }

    /// Sets the entry and its kind (both nil for none), the flags kept.
    mutating func setFixed(_ index: Int32?, _ kind: ActorKind?) {
        precondition(index.map { $0 >= 0 && $0 <= Self.maxFixedIndex } ?? true, "table entry out of range")
        let stored = index.map { UInt32($0) + 1 } ?? 0
        let code: UInt32 = switch kind {
        case nil: 0
        case .person: 1
        case .organization: 2
        case .place: 3
        }
        rawValue = rawValue & (1 << Self.kindShift - 1) | code << Self.kindShift | stored << Self.indexShift
    }
}
