import ArgumentParser
import BriefingCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the analysed briefing (JSON by default, or Markdown) and exit."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Option(help: "json (the briefing/1 contract) or markdown (a readable note).")
    var format: Format = .json

    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp("The text to analyse; - for standard input; none for the built-in sample.",
                                 valueName: "FILE"))
    var file: String?

    func run() throws {
        let date = try input.referenceDate()
        // The document's string is dropped once decoded: the briefing holds the text.
        let source = SourceText(try input.read(file).text)
        let briefing = BriefingAnalyzer.analyze(source, date: date) { _ in }
        // The analysis is complete before the first byte goes out, so only a write error
        // (a full disk) can cut an export short, and that ends the program with a message.
        let stream = ByteStream(sink: Console.write)
        switch format {
        case .json: JSONExporter.write(briefing, to: stream)
        case .markdown: MarkdownExporter.write(briefing, to: stream)
        }
        stream.finish()
    }
}
