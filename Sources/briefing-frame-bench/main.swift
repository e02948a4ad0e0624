import BriefingCore
import BriefingUI
import Foundation

// The reader's frame time: a scripted set of keys, each reduced and rendered into a
// grid as the reader does (no terminal: the flush sends only changed cells and is
// the same on any document). Run in a release build:
//   swift run -c release briefing-frame-bench [SENTENCES]     (default 1000000)
// on the built-in sample and on a generated document of SENTENCES sentences.

let sentences = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000

func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }

/// News-like sentences with varied names, places and dates, a paragraph every few.
func generated(sentences n: Int) -> String {
    let people = ["David Okafor", "Kaja Lindqvist", "John Moreau", "Keir Tanaka", "Mark Haddad", "Donald Novak",
                  "JD Ferreira", "Vladimir Kowalski", "Amara Mensah", "Lucia Ibarra"]
    let places = ["Paris", "Brussels", "Kyiv", "Washington", "London", "Berlin", "Ottawa", "Warsaw"]
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "last week", "next month"]
    let verbs = ["met", "called", "criticised", "praised", "warned", "thanked"]
    let topics = ["the ceasefire talks", "new tariffs", "the defence budget", "interest rates", "energy prices"]
    var text = "Generated briefing for the frame benchmark\n\n"
    text.reserveCapacity(n * 80)
    for i in 0..<n {
        let a = people[i % people.count], b = people[(i / 7 + 3) % people.count]
        text += "\(a) \(verbs[i % verbs.count]) \(b) in \(places[(i / 3) % places.count]) on \(days[i % days.count]) about \(topics[(i / 5) % topics.count])."
        text += i % 6 == 5 ? "\n\n" : " "
    }
    return text
}

/// The keys, as the actions they send, grouped by what they cost.
let script: [(String, [Action])] = [
    ("move j/k (list)", Array(repeating: .moveDown, count: 40) + Array(repeating: .moveUp, count: 10)),
    ("page (list)", Array(repeating: .pageDown, count: 10) + [.bottom, .top]),
    ("pane switch", [.nextPane, .nextPane, .nextPane, .focus(.actors), .focus(.timeline), .focus(.actors)]),
    ("jump Enter/n/Esc", [.activate] + Array(repeating: .nextOccurrence, count: 10) + [.back]),
    ("move j/k (Source)", [.focus(.source)] + Array(repeating: .moveDown, count: 40) + Array(repeating: .moveUp, count: 10)),
    ("page (Source)", Array(repeating: .pageDown, count: 10) + [.bottom, .top] + Array(repeating: .halfPageDown, count: 5)),
    ("search typing", [.startSearch] + "ceasefire".map { Action.searchInput($0) } + [.searchCommit]),
    // Filled in by `run`: the steps a search of a huge text takes between keys, to its end.
    ("search steps", []),
    ("search n/N", Array(repeating: .nextOccurrence, count: 10) + Array(repeating: .previousOccurrence, count: 5)),
    ("resize", [.resize(width: 100, height: 30), .resize(width: 160, height: 50), .resize(width: 120, height: 40)]),
]

func run(_ name: String, _ briefing: Briefing) {
    // As the reader gets a text analysed in the background: the text first, then the
    // analysis with its per-sentence lists built off the main thread.
    var state = reduce(ReaderState(pending: [(name, briefing.source)], width: 120, height: 40),
                       .analysisDone(document: 0, AnalysedBriefing(briefing, sentenceItems: SourceIndex.SentenceItems(briefing))))
    _ = Renderer.render(state)
    print("\n\(name): \(briefing.sentences.count) sentences, \(briefing.source.count / 1_000_000) MB, 120×40")
    print("keys                   frames   mean ms  median ms    max ms")
    var all: [Double] = []
    for (label, actions) in script {
        var times: [Double] = []
        var actions = actions
        if label == "search steps" {
            actions = []
            var probe = state
            while probe.hasPendingWork {
                probe = reduce(probe, .searchContinue)
                actions.append(.searchContinue)
            }
            if actions.isEmpty { continue }
        }
        for action in actions {
            let start = DispatchTime.now().uptimeNanoseconds
            state = reduce(state, action)
            _ = Renderer.render(state)
            times.append(milliseconds(since: start))
        }
        all += times
        let sorted = times.sorted()
        print(label.padding(toLength: 22, withPad: " ", startingAt: 0)
              + String(format: "%7d %9.3f %10.3f %9.3f", times.count, times.reduce(0, +) / Double(times.count),
                       sorted[sorted.count / 2], sorted.last!))
    }
    let sorted = all.sorted()
    print("all".padding(toLength: 22, withPad: " ", startingAt: 0)
          + String(format: "%7d %9.3f %10.3f %9.3f", all.count, all.reduce(0, +) / Double(all.count),
                   sorted[sorted.count / 2], sorted.last!))
}

print("briefing-frame-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, one used")
run("sample", BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText))
let text = generated(sentences: sentences)
var start = DispatchTime.now().uptimeNanoseconds
let huge = BriefingAnalyzer.analyze(text)
print(String(format: "\n(the huge document's analysis took %.1f s, outside the frame times)", milliseconds(since: start) / 1000))
run("generated", huge)
