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

let arguments = Array(CommandLine.arguments.dropFirst())
// As the `briefing` program does, so the peaks measured are the ones its users get.
FreedMemory.returnLargeBlocksAtOnce()

if arguments.first == "--child", arguments.count >= 3, let stage = Stage(rawValue: arguments[1]),
   let input = BenchInput(childArguments: arguments[2...]) {
    guard let figures = StageRun(stage: stage, input: input).run() else { exit(1) }
    print(figures)
    exit(0)
}
if arguments.first == "--startup-child" {
    print(StartupRun.run())
    exit(0)
}
if arguments.first == "--hostile-child", arguments.count == 2,
   let input = HostileInput.allCases.first(where: { $0.key == arguments[1] }) {
    print(input.run())
    exit(0)
}

/// Runs this program again with the arguments and prints what it prints.
func runChild(_ childArguments: [String]) throws {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = childArguments
    let pipe = Pipe()
    child.standardOutput = pipe
    try child.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    print(String(decoding: output, as: UTF8.self), terminator: "")
}

print("briefing-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
      + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB, one core used")
if arguments.first == "--hostile" {
    print(HostileInput.header)
    for input in HostileInput.allCases { try runChild(["--hostile-child", input.key]) }
    exit(0)
}
let inputs: [BenchInput]
if arguments.first == "--file", arguments.count == 2 {
    // Read once here, so a file that cannot be read is one message, not one per stage.
    guard BenchInput.file(path: arguments[1]).text() != nil else { exit(1) }
    inputs = [.file(path: arguments[1])]
} else {
    let sizes = arguments.compactMap(Int.init)
    inputs = (sizes.isEmpty ? [1, 10, 100] : sizes).map { .generated(megabytes: $0) }
}
print(StageRun.header)
try runChild(["--startup-child"])
for input in inputs {
    for stage in Stage.allCases { try runChild(["--child", stage.rawValue] + input.childArguments) }
}
