import BriefingCore
import Foundation

// Benchmarks the analysis in a release build:
//   swift run -c release briefing-bench [MB ...]          (default: 1 10 100)
//   swift run -c release briefing-bench --hostile         (texts made to hurt, against the memory bound)
// Each stage or input runs in a child process of its own, so its peak memory is its own.
// The inputs are generated (the built-in sample repeated with varied names, or the
// hostile texts): the benchmark needs nothing outside the program.

let arguments = Array(CommandLine.arguments.dropFirst())
// As the `briefing` program does, so the peaks measured are the ones its users get.
FreedMemory.returnLargeBlocksAtOnce()

if arguments.first == "--child", arguments.count == 3, let stage = Stage(rawValue: arguments[1]),
   let megabytes = Int(arguments[2]) {
    print(StageRun(stage: stage, megabytes: megabytes).run())
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
let sizes = arguments.compactMap(Int.init)
print(StageRun.header)
for megabytes in sizes.isEmpty ? [1, 10, 100] : sizes {
    for stage in Stage.allCases { try runChild(["--child", stage.rawValue, String(megabytes)]) }
}
