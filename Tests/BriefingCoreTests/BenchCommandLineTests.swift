import Testing

/// The benchmark's command line: an argument it does not understand is one line on stderr
/// and a non-zero exit, never a default run of minutes or a trap.
@Suite struct BenchCommandLineTests {
    @Test(arguments: [
        (["--file"], "--file needs one path"),
        (["--file", "a", "b"], "--file needs one path"),
        (["--child", "whole", "--file"], "--child needs a stage and an input"),
        (["--child", "everything", "1"], "--child needs a stage and an input"),
        (["--hostile-child", "nothing"], "--hostile-child needs a hostile input's name"),
        (["--hostile", "1"], "--hostile takes nothing"),
        (["ten"], "'ten' is not a size in MB (1 to 10000)"),
        (["0"], "'0' is not a size in MB (1 to 10000)"),
    ])
    func refusesArgumentsItDoesNotUnderstand(arguments: [String], reason: String) throws {
        let run = try BriefingProcess(arguments, program: "briefing-bench")
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "briefing-bench: \(reason)\nusage: briefing-bench [MB ...] | --file PATH | --hostile\n")
    }

    @Test func aFileThatCannotBeReadIsOneMessage() throws {
        let run = try BriefingProcess(["--file", "/nonexistent/briefing-bench-input.txt"], program: "briefing-bench")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("/nonexistent/briefing-bench-input.txt"))
    }
}
