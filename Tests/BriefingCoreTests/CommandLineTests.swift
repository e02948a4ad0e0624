import Foundation
import Testing

/// Bytes read on another thread.
private final class Collected: @unchecked Sendable {
    var data = Data()
}

/// Runs the built `briefing` executable (or another of the package's programs), which
/// `swift test` builds beside the test bundle.
struct BriefingProcess {
    static func executable(_ program: String) -> URL? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fallback = root.appendingPathComponent(".build/debug/\(program)")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    let status: Int32
    let stdout: String
    let stderr: String

    init(_ arguments: [String], stdin: String? = nil, program: String = "briefing") throws {
        let process = Process()
        process.executableURL = try #require(Self.executable(program), "the \(program) executable is built")
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        // A child may stop reading early (a size limit), so standard input is written
        // on its own thread, a broken pipe is an error to ignore, not a signal.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        let writer = input.fileHandleForWriting
        let written = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            if let stdin { try? writer.write(contentsOf: Data(stdin.utf8)) }
            try? writer.close()
            written.signal()
        }
        let errorText = Collected()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorText.data = error.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        written.wait()
        status = process.terminationStatus
        stdout = String(decoding: out, as: UTF8.self)
        stderr = String(decoding: errorText.data, as: UTF8.self)
    }
}

@Suite("Command line")
struct CommandLineTests {
    @Test func exportsTheBuiltInSample() throws {
        let run = try BriefingProcess(["export"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"format\": \"briefing/1\""))
        #expect(run.stdout.contains("David Lammy and Kaja Kallas"))
        #expect(run.stderr.isEmpty)
    }

    @Test func exportsStandardInputAsMarkdown() throws {
        let run = try BriefingProcess(["export", "--format", "markdown", "-"], stdin: "Headline here\n\nOne. Two.")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# Headline here\n"))
        #expect(run.stdout.contains("3 sentences in 1 story."))
    }

    @Test func givenDateIsTheDocumentDate() throws {
        let run = try BriefingProcess(["export", "--date", "2025-03-13", "-"], stdin: "Talks went on.")
        #expect(run.stdout.contains("\"date\": \"2025-03-13\""))
    }

    @Test func invalidUTF8IsSaidOnce() throws {
        let run = try BriefingProcess(["export", "-"], stdin: "ok")
        #expect(run.status == 0)
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bad-\(UUID().uuidString).txt")
        try Data([0x41, 0xFF, 0x2E, 0x20, 0xC3, 0x42]).write(to: bad)
        let replaced = try BriefingProcess(["export", bad.path])
        #expect(replaced.status == 0)
        #expect(replaced.stderr == "briefing: \(bad.path): 2 invalid UTF-8 sequences were replaced by U+FFFD\n")
        #expect(replaced.stdout.contains("A\u{FFFD}."))
    }

    @Test(arguments: [
        (["export", "/nonexistent/file.txt"], "briefing: /nonexistent/file.txt: no such file"),
        (["export", "/tmp"], "briefing: /tmp: is a directory, not a text file"),
        (["export", "--date", "13/03/2025"], "briefing: --date: expected a day as YYYY-MM-DD, got '13/03/2025'"),
        (["export", "--format", "yaml"], "briefing: The value 'yaml' is invalid for '--format <format>'. Please provide one of 'json' and 'markdown'."),
        (["export", "--bogus"], "briefing: Unknown option '--bogus'"),
    ])
    func badInputIsOneLineAndStatusOne(arguments: [String], message: String) throws {
        let run = try BriefingProcess(arguments)
        #expect(run.status == 1)
        #expect(run.stderr == message + "\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func standardInputStopsAtTheSizeLimit() throws {
        let run = try BriefingProcess(["export", "--max-size", "1", "-"],
                                      stdin: String(repeating: "All quiet. ", count: 200_000))
        #expect(run.status == 1)
        #expect(run.stderr == "briefing: standard input: is larger than the 1 MB limit (raise it with --max-size MB)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func maxSizeBeyondThirtyTwoBitOffsetsIsAUsageError() throws {
        let run = try BriefingProcess(["export", "--max-size", "4096", "-"], stdin: "All quiet.")
        #expect(run.status != 0)
        #expect(run.stderr.contains("--max-size: at most 2047 (offsets into the text are 32-bit)"))
        #expect(run.stdout.isEmpty)
    }

    @Test func emptyStandardInput() throws {
        let run = try BriefingProcess(["export", "-"], stdin: "")
        #expect(run.status == 1)
        #expect(run.stderr == "briefing: standard input: is empty\n")
    }

    @Test func helpAndVersion() throws {
        let version = try BriefingProcess(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)
        let help = try BriefingProcess(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("export"))
    }

    @Test func readerRefusesWhenOutputIsNotATerminal() throws {
        let run = try BriefingProcess([])
        #expect(run.status == 1)
        #expect(run.stderr.contains("briefing export"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }
}
