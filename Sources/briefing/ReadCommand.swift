import ArgumentParser
import BriefingCore

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default command)."
    )

    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp("Files to read; - for standard input; none for the built-in sample.",
                                 valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        guard Console.outputIsTerminal else {
            throw ValidationError("the reader needs a terminal on standard output; use `briefing export` to print the analysis")
        }
        throw ValidationError("the reader is not built yet; use `briefing export` to print the analysis")
    }
}
