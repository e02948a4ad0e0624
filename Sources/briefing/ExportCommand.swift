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
        let document = try input.read(file)
        let briefing = BriefingAnalyzer.analyze(document.text, date: date)
        // Built whole before writing, so a failure never leaves half an export.
        let output = switch format {
        case .json: JSONExporter.exportUTF8(briefing)
        case .markdown: Array(MarkdownExporter.export(briefing).utf8)
        }
        Console.write(output)
    }
}
