/// A timeline entry's summary: the bytes the analysis wrote for it, in the one buffer all of
/// a document's summaries share, made a `String` only when read. A document of 20 MB has
/// about 260,000 events; a `String` made for each, most too long to be stored inline, was an
/// allocation and a copy apiece (about 330 instructions, and 17 MB to fault in), where the
/// reader shows a screenful of them and an export reads each once.
///
/// A summary given as a string (an entry made outside the analysis) gets a buffer of its
/// own: one representation keeps this 16 bytes, where an enum of the two took 17 and, with
/// alignment, 8 more in every entry.
struct SummaryText: Hashable, Sendable {
    /// Written by the analysis and no one after.
    private let buffer: UTF8Buffer
    private let start: Int32
    private let end: Int32

    /// Bytes `start..<end` of the analysis's summaries.
    static func written(_ buffer: UTF8Buffer, start: Int32, end: Int32) -> SummaryText {
        SummaryText(buffer: buffer, start: start, end: end)
    }

    static func string(_ string: String) -> SummaryText {
        let scalars = PackedScalars(string)
        let buffer = UTF8Buffer(capacity: string.utf8.count)
        buffer.append(scalars, 0, scalars.count)
        return SummaryText(buffer: buffer, start: 0, end: Int32(buffer.current.upperBound))
    }

    var string: String { buffer.string(Int(start)..<Int(end)) }

    /// The summary's UTF-8, without a `String`.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        buffer.withBytes(Int(start)..<Int(end), body)
    }

    // As the summaries' texts, wherever they are held: equal bytes are equal texts, and
    // other bytes may still be canonically equivalent ones.
    static func == (a: SummaryText, b: SummaryText) -> Bool {
        a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } } || a.string == b.string
    }

    func hash(into hasher: inout Hasher) { hasher.combine(string) }
}
