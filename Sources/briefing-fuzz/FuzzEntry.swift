import BriefingCore
import Foundation

// The whole analysis under a fuzzer. Build and run with libFuzzer:
//   scripts/fuzz.sh [seconds]
// Built normally (`swift build`), the same entry replays files given on the
// command line, so a finding can be reproduced without the fuzzer.

/// Decodes any bytes, analyses them, exports them, and stops at the first broken promise.
func analyseAndCheck(_ bytes: [UInt8]) {
    let text = TextDecoder.decode(bytes).text
    let briefing = BriefingAnalyzer.analyze(text, date: CalendarDate(year: 2013, month: 3, day: 20))
    let problems = briefing.invariantViolations()
    precondition(problems.isEmpty, "invariant broken: \(problems.first!)")
    _ = JSONExporter.exportUTF8(briefing)
    _ = MarkdownExporter.export(briefing)
}

/// libFuzzer calls this with every input it makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    analyseAndCheck(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM links every executable's entry point under the name `<product>_main`;
// here that entry point hands over to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("briefing_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
@main
struct ReplayInputs {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("briefing-fuzz: \(path): cannot read")
                continue
            }
            analyseAndCheck(Array(data))
            print("ok \(path)")
        }
    }
}
#endif
