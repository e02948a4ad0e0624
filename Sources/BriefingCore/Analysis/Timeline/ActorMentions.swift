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
    /// The persons' surnames, one after another, as scalars: one text for all, so writing one
    /// copies no arrays' references (a `PackedScalars` each was two retains and releases a
    /// name written).
    private let surnames: PackedScalars
    /// Where each actor's surname lies in `surnames`; -1 for an actor that is no person.
    private let surnameBounds: [(start: Int32, end: Int32)]
    /// The first person with the same surname, to compare surnames as numbers.
    private let surnameOwner: [Int]

    init(_ actors: [Actor]) {
        ids = actors.map(\.id)
        // Sized for every actor, so they never grow, and each key hashed once: the first
        // index with it, added where there is none yet (`first(_:_:)`).
        var firstWithId = [String: Int](minimumCapacity: actors.count)
        idOwner = actors.indices.map { a in Self.first(&firstWithId[actors[a].id, default: a], a) }
        let shorts = actors.map { $0.kind == .person ? Self.shortName($0) : nil }
        var joined = ""
        var scalarCount = 0
        surnameBounds = shorts.map { short in
            guard let short else { return (-1, -1) }
            // scalars stay as they are when strings are joined, so each surname's offsets hold
            let start = scalarCount
            joined += short
            scalarCount += short.unicodeScalars.count
            return (Int32(start), Int32(scalarCount))
        }
        surnames = PackedScalars(joined)
        var firstWithSurname = [String: Int](minimumCapacity: actors.count)
        surnameOwner = shorts.indices.map { a in
            guard let short = shorts[a] else { return a }
            return Self.first(&firstWithSurname[short, default: a], a)
        }
    }

    /// The value a key has in a dictionary, given as its `default:` subscript, which sets it
    /// to the default where the key has none yet.
    private static func first(_ value: inout Int, _ a: Int) -> Int { value }

    /// A person by surname ("Lammy"), anything else by its name.
    static func shortName(_ actor: Actor) -> String {
        guard actor.kind == .person else { return actor.name }
        if let word = actor.name.utf8.withContiguousStorageIfAvailable(lastASCIIWord) ?? nil { return word }
        guard let last = actor.name.split(separator: " ").last else { return actor.name }
        return String(last)
    }

    /// The last word of an ASCII name, read off its bytes: the last of the words that
    /// `split(separator: " ")` gives, without going character by character (each a search
    /// for a grapheme's end). Nil for a name with any other byte, or without a word.
    private static func lastASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for b in bytes where b >= 0x80 { return nil }
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The span of `surnames` an actor's surname takes; nil for an actor that is no person.
    private func surname(_ a: Int) -> Range<Int>? {
        let bounds = surnameBounds[a]
        return bounds.start < 0 ? nil : Int(bounds.start)..<Int(bounds.end)
    }

    /// Writes a mention's short form.
    func write(_ m: ActorMention, _ text: PackedScalars, into out: UTF8Buffer) {
        if let surname = surname(m.actor) {
            out.append(surnames, surname.lowerBound, surname.upperBound)
        } else {
            out.append(text, m.span.start, m.span.end)
        }
    }

    /// Whether two mentions have the same short form, as `String` compares them.
    func sameShort(_ a: ActorMention, _ b: ActorMention, _ text: PackedScalars) -> Bool {
        let pa = surname(a.actor), pb = surname(b.actor)
        if pa != nil && pb != nil { return surnameOwner[a.actor] == surnameOwner[b.actor] }
        let (sa, fa, ea) = pa.map { (surnames, $0.lowerBound, $0.upperBound) } ?? (text, a.span.start, a.span.end)
        let (sb, fb, eb) = pb.map { (surnames, $0.lowerBound, $0.upperBound) } ?? (text, b.span.start, b.span.end)
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
