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

/// What events and summaries need of the actors: which of them share an id, and the short
/// form a summary writes for a mention (a person by surname, "Lammy"; anything else in the
/// mention's words). A class, never changed once made: the summaries' context holds it for
/// every sentence, and one reference is cheaper to copy and release than its arrays.
///
/// Made at the start of the timeline's pass, for every actor: a text naming 220,000 persons
/// once each holds them all. So it keeps 4 bytes an actor (8 when some share an id), and
/// finds shared ids through a table of 4-byte indexes (`FirstEqual`), where two
/// `[String: Int]` sized for every actor (ids and surnames) took 25 MB while it was made.
final class ActorNames {
    private let actors: [Actor]
    /// Each actor's first actor with the same id (`idOwner`); empty when every actor's id is
    /// its own, as in most texts.
    private let sharedIds: [Int32]
    /// The persons' surnames, one after another, as scalars: one text for all, so writing one
    /// copies no arrays' references (a `PackedScalars` each was two retains and releases a
    /// name written).
    private let surnames: PackedScalars
    /// Where each actor's surname ends in `surnames`; it starts where the previous actor's
    /// ends. Empty for an actor that is no person.
    private let surnameEnds: [Int32]

    init(_ actors: [Actor]) {
        self.actors = actors
        let owners = FirstEqual.indexes(count: actors.count, hash: { actors[$0].id.hashValue },
                                        equal: { actors[$0].id == actors[$1].id })
        sharedIds = owners.indices.allSatisfy { owners[$0] == $0 } ? [] : owners
        var utf8: [UInt8] = []
        var scalarCount = 0
        surnameEnds = actors.map { actor in
            if actor.kind == .person { scalarCount += Self.appendShortName(actor.name, to: &utf8) }
            return Int32(scalarCount)
        }
        surnames = utf8.withUnsafeBufferPointer { PackedScalars(utf8: $0) }
    }

    /// The first actor with the same id as actor `a`, so an event lists an id once.
    func idOwner(_ a: Int) -> Int { sharedIds.isEmpty ? a : Int(sharedIds[a]) }

    /// A person by surname ("Lammy"), anything else by its name, as `appendShortName` writes
    /// it for the pass: a String, for the tests to check.
    static func shortName(_ actor: Actor) -> String {
        guard actor.kind == .person else { return actor.name }
        var utf8: [UInt8] = []
        appendShortName(actor.name, to: &utf8)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends the UTF-8 of a person's short name, the last of the words that
    /// `split(separator: " ")` gives (the name itself when it has none), and returns how
    /// many scalars it has. An ASCII name's is read off its bytes, without going character
    /// by character (each a search for a grapheme's end).
    @discardableResult
    private static func appendShortName(_ name: String, to utf8: inout [UInt8]) -> Int {
        if let count = name.utf8.withContiguousStorageIfAvailable({ appendLastASCIIWord($0, to: &utf8) }) ?? nil {
            return count
        }
        let short = name.split(separator: " ").last.map(String.init) ?? name
        utf8.append(contentsOf: short.utf8)
        return short.unicodeScalars.count
    }

    /// The last word of an ASCII name, appended; its length, or nil (nothing appended) for a
    /// name with any other byte, or without a word.
    private static func appendLastASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, to utf8: inout [UInt8]) -> Int? {
        for b in bytes where b >= 0x80 { return nil }
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        return end - start
    }

    /// The span of `surnames` an actor's surname takes; nil for an actor that is no person.
    private func surname(_ a: Int) -> Range<Int>? {
        guard actors[a].kind == .person else { return nil }
        return (a == 0 ? 0 : Int(surnameEnds[a - 1]))..<Int(surnameEnds[a])
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
