import BriefingCore
import Foundation

// Benchmarks the analysis on generated text, in a release build:
//   swift run -c release briefing-bench [MB ...]
// The input is the built-in sample repeated with varied names, so the benchmark
// needs nothing outside the program.

func generatedText(megabytes: Int) -> String {
    let sample = BriefingAnalyzer.sampleText
    let names = ["Lammy", "Kallas", "Healey", "Starmer", "Carney", "Trump", "Vance", "Putin"]
    let others = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Ferreira", "Kowalski"]
    var text = ""
    text.reserveCapacity(megabytes * 1_100_000)
    var round = 0
    while text.utf8.count < megabytes * 1_000_000 {
        var copy = sample
        for (i, name) in names.enumerated() {
            copy = copy.replacingOccurrences(of: name, with: others[(i + round) % others.count])
        }
        text += copy + "\n\n"
        round += 1
    }
    return text
}

func measure(_ label: String, bytes: Int, words: Int, _ body: () -> Void) {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let mb = Double(bytes) / 1e6
    let name = label.padding(toLength: 18, withPad: " ", startingAt: 0)
    print(name + String(format: "%8.1f MB %8.3f s %8.1f MB/s %12.0f words/s",
                        mb, seconds, mb / seconds, Double(words) / seconds))
}

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
for megabytes in sizes.isEmpty ? [1, 10] : sizes {
    let text = generatedText(megabytes: megabytes)
    let bytes = text.utf8.count
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    var source = SourceText("")
    measure("decoding", bytes: bytes, words: words) {
        source = SourceText(TextDecoder.decode(Array(text.utf8)).text)
    }
    measure("segmentation", bytes: bytes, words: words) {
        _ = SentenceSplitter.split(source.scalars)
    }
    measure("whole analysis", bytes: bytes, words: words) {
        _ = BriefingAnalyzer.analyze(text)
    }
}
