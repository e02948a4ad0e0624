#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names and ids of a document's actors, their UTF-8 one after another in one buffer
/// that all the actors share; each actor holds where its own are (`Piece`).
///
/// A text naming 220,000 persons once each made a `String` on the heap for each name and id
/// past 15 bytes (9.4 MB), allocated one by one amid the actors stage's short-lived objects:
/// once the stage ended those small live blocks kept 24 MB of freed heap around them
/// resident. One buffer, one large allocation, pins nothing.
///
/// Only appended to, and only while the resolver makes a document's actors (or `Actor`'s
/// public initialiser makes a store of its own), before any other code sees them: a piece,
/// once appended, never changes, so actors copied before a later append still read theirs.
final class ActorStrings: @unchecked Sendable {
    /// Where a string is in the buffer: 8 bytes, as a document's names and ids take less
    /// than 4 GB.
    struct Piece: Sendable {
        fileprivate let start: UInt32
        fileprivate let count: UInt32

        fileprivate var range: Range<Int> { Int(start)..<Int(start) + Int(count) }

        /// The empty string, in any store.
        static let empty = Piece(start: 0, count: 0)
    }

    /// Unchecked: run-time exclusivity checks on each access of a class's stored property
    /// cost more than the appends themselves. Appends happen before any other code sees the
    /// store, so no access overlaps one that changes it.
    @exclusivity(unchecked) private var utf8: [UInt8] = []

    /// Room for `byteCount` bytes before the buffer grows.
    init(capacity byteCount: Int) {
        utf8.reserveCapacity(byteCount)
    }

    /// Appends `string`'s UTF-8; where it is.
    func append(_ string: String) -> Piece {
        let start = utf8.count
        // From its contiguous bytes: appending `string.utf8` went byte by byte.
        var string = string
        string.withUTF8 { utf8.append(contentsOf: $0) }
        precondition(utf8.count <= Int(UInt32.max), "an actor store holds less than 4 GB")
        return Piece(start: UInt32(start), count: UInt32(utf8.count - start))
    }

    /// The string at `piece`: one of 15 UTF-8 bytes or fewer is held inline, with no allocation.
    func string(_ piece: Piece) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[piece.range]), as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of the string at `piece`.
    func withUTF8<R>(_ piece: Piece, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        utf8.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[piece.range])) }
    }

    /// Whether the string at `piece` is `string`, without making a `String` of it.
    func holds(_ piece: Piece, equalTo string: String) -> Bool {
        var string = string
        return string.withUTF8 { other in withUTF8(piece) { Self.same($0, other) } }
    }

    /// Whether the string at `piece` here is the one at `other` in `store`.
    func holds(_ piece: Piece, equalTo other: Piece, in store: ActorStrings) -> Bool {
        piece.count == other.count && withUTF8(piece) { mine in store.withUTF8(other) { Self.same(mine, $0) } }
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// Hashes the string at `piece` by its bytes and length, as equal pieces of any store hash.
    func hash(_ piece: Piece, into hasher: inout Hasher) {
        hasher.combine(piece.count)
        utf8.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[piece.range])) }
    }
}
