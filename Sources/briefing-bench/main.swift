import BriefingCore
import Glibc

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
    printError("briefing-bench: \(error.message)\n\(BenchCommand.usage)")
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

/// Runs this program again with the arguments, its output going straight to ours, and waits
/// for it. Spawned with the C library: Foundation's `Process` would load Foundation into the
/// children too. A child that cannot be started ends the benchmark with one line; one that
/// fails (killed for memory, say, which is what `--hostile` looks for) is said on stderr and
/// makes the benchmark's own exit status 1 (`childFailed`).
func runChild(_ childArguments: [String]) {
    fflush(nil)  // what this process printed first stays first
    let argv = ([CommandLine.arguments[0]] + childArguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let failure = posix_spawn(&pid, "/proc/self/exe", nil, nil, argv, environ)
    guard failure == 0 else {
        printError("briefing-bench: cannot run a measurement: \(String(cString: strerror(failure)))")
        exit(1)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else {
            printError("briefing-bench: cannot wait for a measurement: \(String(cString: strerror(errno)))")
            exit(1)
        }
    }
    let signal = status & 0x7F, code = (status >> 8) & 0xFF
    guard signal != 0 || code != 0 else { return }
    let measurement = childArguments.joined(separator: " ")
    printError(signal != 0 ? "briefing-bench: the measurement \(measurement) was killed by signal \(signal)"
               : "briefing-bench: the measurement \(measurement) exited with status \(code)")
    childFailed = true
}

/// A child measurement failed: the benchmark goes on with the others, then exits 1.
nonisolated(unsafe) var childFailed = false

// A file is read once first, so one that cannot be read is one message, not one per stage.
if case .table(let inputs) = command {
    for case .file(let path) in inputs where BenchInput.file(path: path).text() == nil { exit(1) }
}
print("briefing-bench: \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, "
      + "\(sysconf(Int32(_SC_PHYS_PAGES)) * sysconf(Int32(_SC_PAGESIZE)) / 1_073_741_824) GiB, one core used")
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
exit(childFailed ? 1 : 0)
