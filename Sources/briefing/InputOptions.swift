import ArgumentParser
import BriefingCore

/// Options shared by the reader and the export for getting the text in.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("date"), help: ArgumentHelp(
        "Reference date for relative expressions (\"last week\"); default: a dateline in the text.",
        valueName: "YYYY-MM-DD"))
    var dateText: String?

    @Option(name: .customLong("max-size"), help: ArgumentHelp(
        "Refuse inputs larger than this many megabytes.", valueName: "MB"))
    var maxSizeMB: Int = DocumentReader.defaultByteLimit / (1024 * 1024)

    /// The largest limit whose texts still fit `TextSpan`'s 32-bit offsets.
    static let largestMaxSizeMB = TextSpan.maxOffset / (1024 * 1024)

    func referenceDate() throws -> CalendarDate? {
        guard let dateText else { return nil }
        guard let date = CalendarDate(iso: dateText) else {
            throw ValidationError("--date: expected a day as YYYY-MM-DD, got '\(dateText)'")
        }
        return date
    }

    /// Reads a file, "-" for standard input, or the built-in sample when `path` is nil.
    func read(_ path: String?) throws -> DocumentReader.Document {
        guard let path else {
            return try DocumentReader.document(from: Array(BriefingAnalyzer.sampleText.utf8), name: "sample briefing")
        }
        guard maxSizeMB > 0 else { throw ValidationError("--max-size: expected a positive number of megabytes") }
        guard maxSizeMB <= Self.largestMaxSizeMB else {
            throw ValidationError("--max-size: at most \(Self.largestMaxSizeMB) (offsets into the text are 32-bit)")
        }
        let document = try DocumentReader.read(path: path, byteLimit: maxSizeMB * 1024 * 1024)
        if document.replacements > 0 {
            Console.warn("briefing: \(document.name): \(document.replacements) invalid UTF-8 sequence"
                         + (document.replacements == 1 ? " was" : "s were") + " replaced by U+FFFD")
        }
        return document
    }
}
