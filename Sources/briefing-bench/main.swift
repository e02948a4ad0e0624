import BriefingCore
import Foundation

// Benchmarks the analysis in a release build:
//   swift run -c release briefing-bench [MB ...]          (default: 1 10 100)
//   swift run -c release briefing-bench --file PATH       (a text of your own, read as the reader reads it)
//   swift run -c release briefing-bench --hostile         (texts made to hurt, against the memory bound)
// Each stage or input runs in a child process of its own, so its peak memory is its own.
// The first row, `start-up`, is the one-time cost of building the analysis's tables, which
// the `whole` rows include (as every run of `briefing` pays it) and the stage rows do not.
// The inputs are generated (the built-in sample repeated with varied names, or the
// hostile texts): the benchmark needs nothing outside the program. The sample's small
// vocabulary flatters the analysis's per-word caches; `--file` measures real text.

// As the `briefing` program does, so the peaks measured are the ones its users get.
FreedMemory.returnLargeBlocksAtOnce()

let command: BenchCommand
switch BenchCommand.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): command = parsed
case .failure(let error):
    FileHandle.standardError.write(Data("briefing-bench: \(error.message)\n\(BenchCommand.usage)\n".utf8))
    exit(2)
}

switch command {
case .child(let stage, let input):
    guard let figures = StageRun(stage: stage, input: input).run() else { exit(1) }
    print(figures)
    exit(0)
case .startupChild:
    print(StartupRun.run())
    exit(0)
case .hostileChild(let input):
    print(input.run())
    exit(0)
case .hostile, .table:
    break
}

/// Runs this program again with the arguments and prints what it prints; a child that
/// cannot be started ends the benchmark with one line.
func runChild(_ childArguments: [String]) {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = childArguments
    let pipe = Pipe()
    child.standardOutput = pipe
    do {
        try child.run()
    } catch {
        FileHandle.standardError.write(Data("briefing-bench: cannot run a measurement: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    print(String(decoding: output, as: UTF8.self), terminator: "")
}

// A file is read once first, so one that cannot be read is one message, not one per stage.
if case .table(let inputs) = command {
    for case .file(let path) in inputs where BenchInput.file(path: path).text() == nil { exit(1) }
}
print("briefing-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
      + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB, one core used")
switch command {
case .hostile:
    print(HostileInput.header)
    for input in HostileInput.allCases { runChild(["--hostile-child", input.key]) }
case .table(let inputs):
    print(StageRun.header)
    runChild(["--startup-child"])
    for input in inputs {
        for stage in Stage.allCases { runChild(["--child", stage.rawValue] + input.childArguments) }
    }
case .child, .startupChild, .hostileChild:
    break
}
