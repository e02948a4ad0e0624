/// An actor mention in a sentence: its span and its actor's index in the stage's actors.
/// Plain 32-bit numbers, so mentions copy and sort without reference counting, and a
/// document's take 12 bytes each.
struct ActorMention: Sendable {
    let span: TextSpan
    private let storedActor: Int32

    var actor: Int { Int(storedActor) }

    init(span: TextSpan, actor: Int) {
        self.span = span
        storedActor = Int32(actor)
    }
}

/// What events and summaries need of the actors: their ids, and the short form a summary
/// writes for a mention (a person by surname, "Lammy"; anything else in the mention's words).
/// A class, never changed once made: the summaries' context holds it for every sentence,
/// and one reference is cheaper to copy and release than its four arrays.
final class ActorNames {
    let ids: [String]
    /// The first actor with the same id, so an event lists an id once.
    let idOwner: [Int]
    /// A person's surname as scalars; nil for other actors.
    private let surnames: [PackedScalars?]
    /// The first person with the same surname, to compare surnames as numbers.
    private let surnameOwner: [Int]

    init(_ actors: [Actor]) {
        ids = actors.map(\.id)
        var firstWithId: [String: Int] = [:]
        idOwner = actors.indices.map { a in
            if let first = firstWithId[actors[a].id] { return first }
            firstWithId[actors[a].id] = a
            return a
        }
        let shorts = actors.map { $0.kind == .person ? Self.shortName($0) : nil }
        surnames = shorts.map { $0.map { PackedScalars($0) } }
        var firstWithSurname: [String: Int] = [:]
        surnameOwner = shorts.indices.map { a in
            guard let short = shorts[a] else { return a }
            if let first = firstWithSurname[short] { return first }
            firstWithSurname[short] = a
            return a
        }
    }

    /// A person by surname ("Lammy"), anything else by its name.
    static func shortName(_ actor: Actor) -> String {
        guard actor.kind == .person, let last = actor.name.split(separator: " ").last else { return actor.name }
        return String(last)
    }

    /// Writes a mention's short form.
    func write(_ m: ActorMention, _ text: PackedScalars, into out: UTF8Buffer) {
        if let surname = surnames[m.actor] {
            out.append(surname, 0, surname.count)
        } else {
            out.append(text, m.span.start, m.span.end)
        }
    }

    /// Whether two mentions have the same short form, as `String` compares them.
    func sameShort(_ a: ActorMention, _ b: ActorMention, _ text: PackedScalars) -> Bool {
        let pa = surnames[a.actor], pb = surnames[b.actor]
        if pa != nil && pb != nil { return surnameOwner[a.actor] == surnameOwner[b.actor] }
        let (sa, fa, ea) = pa.map { ($0, 0, $0.count) } ?? (text, a.span.start, a.span.end)
        let (sb, fb, eb) = pb.map { ($0, 0, $0.count) } ?? (text, b.span.start, b.span.end)
        var ascii = true
        if ea - fa == eb - fb {
            var same = true
            for k in 0..<(ea - fa) {
                if sa[fa + k] != sb[fb + k] { same = false }
                if sa[fa + k].value >= 0x80 || sb[fb + k].value >= 0x80 { ascii = false }
            }
            if same { return true }
        } else {
            ascii = !sa[fa..<ea].contains { $0.value >= 0x80 } && !sb[fb..<eb].contains { $0.value >= 0x80 }
        }
        // different scalars may still be canonically equal strings ("é" and "e" + accent)
        return !ascii && SourceText.string(sa, TextSpan(fa, ea)) == SourceText.string(sb, TextSpan(fb, eb))
    }
}
