import BriefingCore
import Foundation

// Benchmarks the analysis in a release build:
//   swift run -c release briefing-bench [MB ...]          (default: 1 10 100)
// Each stage runs in a child process of its own, so its peak memory is its own.
// The input is the built-in sample repeated with varied names: the benchmark
// needs nothing outside the program.

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--child", arguments.count == 3, let stage = Stage(rawValue: arguments[1]),
   let megabytes = Int(arguments[2]) {
    print(StageRun(stage: stage, megabytes: megabytes).run())
    exit(0)
}

let sizes = arguments.compactMap(Int.init)
print("briefing-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
      + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB, one core used")
print(StageRun.header)
for megabytes in sizes.isEmpty ? [1, 10, 100] : sizes {
    for stage in Stage.allCases {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--child", stage.rawValue, String(megabytes)]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        print(String(decoding: output, as: UTF8.self), terminator: "")
    }
}
