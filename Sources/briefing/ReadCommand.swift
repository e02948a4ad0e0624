import ArgumentParser
import BriefingCore
import BriefingTerminal
import BriefingUI
import Foundation

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default command).",
        discussion: "Keys: j/k move, Tab or 1-4 change pane, Enter jumps to the source sentence, "
            + "Esc goes back, / searches, f filters, ? shows every key, q quits."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp(
        "A built-in theme (default, light, high-contrast, mono), a theme in $XDG_CONFIG_HOME/briefing/themes, or a .toml file. NO_COLOR set means mono unless this is given.",
        valueName: "NAME|PATH"))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal, so its own text selection works.")
    var noMouse = false

    @Argument(help: ArgumentHelp("Files to read; - for standard input; none for the built-in sample.",
                                 valueName: "FILE"))
    var files: [String] = []

    /// Texts up to this many characters (all files together) are analysed before the first
    /// frame, which then shows every pane at once: at the 14 MB/s the whole analysis runs on
    /// real news that is about 7 ms, after the one-time tables (the `start-up` row of
    /// `briefing-bench`). Bigger ones show their text at once and are analysed in the background.
    static let analyseFirstLimit = 100_000

    func run() throws {
        guard Console.outputIsTerminal else {
            throw ValidationError("the reader needs a terminal on standard output; use `briefing export` to print the analysis")
        }
        // Everything that can fail is done before the terminal is touched.
        let chosen: Theme
        do {
            chosen = try ThemeLoader.load(theme, environment: ProcessInfo.processInfo.environment)
        } catch let e as ThemeError {
            Console.fail("briefing: " + e.description)
        }
        let date = try input.referenceDate()
        let paths: [String?] = files.isEmpty ? [nil] : files.map { $0 }
        var documents: [(name: String, text: SourceText)] = []
        for path in paths {
            let document = try input.read(path)
            documents.append((document.name, SourceText(document.text)))
        }
        let state: ReaderState
        var background: BackgroundAnalysis?
        if documents.reduce(0, { $0 + $1.text.count }) <= Self.analyseFirstLimit {
            state = ReaderState(documents: documents.map { ($0.name, BriefingAnalyzer.analyze($0.text, date: date) { _ in }) })
        } else {
            state = ReaderState(pending: documents)
            background = BackgroundAnalysis(documents.map(\.text), date: date)
        }
        let status: Int32
        do {
            status = try ReaderApp.run(state, theme: chosen, mouse: !noMouse, background: background)
        } catch let e as TerminalError {
            Console.fail("briefing: " + e.description)
        }
        if status != 0 { Foundation.exit(status) }
    }
}
