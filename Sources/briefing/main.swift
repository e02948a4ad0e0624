import ArgumentParser
import BriefingCore
import Foundation

// Errors become one line on stderr and exit status 1, as the contract asks;
// `--help` and `--version` print as usual and exit 0.
FreedMemory.returnLargeBlocksAtOnce()
do {
    var command = try BriefingCommand.parseAsRoot()
    try command.run()
} catch let error as InputError {
    Console.fail(error.description)
} catch {
    if BriefingCommand.exitCode(for: error) == .success {
        BriefingCommand.exit(withError: error)
    }
    let message = BriefingCommand.message(for: error)
        .split(separator: "\n").first.map(String.init) ?? "unknown error"
    Console.fail("briefing: " + message.replacingOccurrences(of: "Error: ", with: ""))
}
