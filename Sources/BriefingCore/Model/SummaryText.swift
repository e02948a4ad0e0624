/// A timeline entry's summary: the bytes the analysis wrote for it, in the one buffer all of
/// a document's summaries share, made a `String` only when read. A document of 20 MB has
/// about 260,000 events; a `String` made for each, most too long to be stored inline, was an
/// allocation and a copy apiece (about 330 instructions, and 17 MB to fault in), where the
/// reader shows a screenful of them and an export reads each once.
enum SummaryText: Hashable, Sendable {
    /// A summary given as a string (an entry made outside the analysis).
    case string(String)
    /// Bytes `start..<end` of the analysis's summaries, which no one writes to once the
    /// analysis is over.
    case written(UTF8Buffer, start: Int32, end: Int32)

    var string: String {
        switch self {
        case .string(let string): string
        case .written(let buffer, let start, let end): buffer.string(Int(start)..<Int(end))
        }
    }

    /// The summary's UTF-8, without a `String` for one already written.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch self {
        case .string(var string): string.withUTF8(body)
        case .written(let buffer, let start, let end): buffer.withBytes(Int(start)..<Int(end), body)
        }
    }

    // As the summaries' texts, however they are held.
    static func == (a: SummaryText, b: SummaryText) -> Bool { a.string == b.string }
    func hash(into hasher: inout Hasher) { hasher.combine(string) }
}
