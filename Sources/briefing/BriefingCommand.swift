import ArgumentParser
import BriefingCore

struct BriefingCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read a news article or briefing in the terminal: who, when and what about.",
        discussion: """
            With no FILE, opens the built-in sample briefing. FILE may be - for standard input.
            Use `briefing export` to print the analysis as JSON or Markdown.
            """,
        version: version,
        subcommands: [ReadCommand.self, ExportCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
