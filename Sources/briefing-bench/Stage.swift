import BriefingCore
import Glibc

/// One measured piece of the analysis.
enum Stage: String, CaseIterable {
    case decoding, segmentation, actors, times, timeline, topics, whole
}

/// The text a stage runs on: generated at a size, or a file of the user's.
enum BenchInput: Equatable {
    case generated(megabytes: Int)
    case file(path: String)

    /// The arguments that name it to a child process, after the stage.
    var childArguments: [String] {
        switch self {
        case .generated(let megabytes): [String(megabytes)]
        case .file(let path): ["--file", path]
        }
    }

    init?(childArguments: ArraySlice<String>) {
        if childArguments.count == 1, let megabytes = Int(childArguments.first!) {
            self = .generated(megabytes: megabytes)
        } else if childArguments.count == 2, childArguments.first == "--file" {
            self = .file(path: childArguments.last!)
        } else {
            return nil
        }
    }

    /// The text, decoded as the reader decodes a file; nil with a message on stderr if it cannot be read.
    func text() -> String? {
        switch self {
        case .generated(let megabytes): return GeneratedText.make(megabytes: megabytes)
        case .file(let path):
            do {
                return try DocumentReader.read(path: path, byteLimit: Int.max).text
            } catch {
                // The reader's own message, as `briefing` would print it for this file.
                printError("\(error)")
                return nil
            }
        }
    }
}

/// Runs one stage on its input and formats its figures.
struct StageRun {
    let stage: Stage
    let input: BenchInput

    static let header = "stage           input MB   cpu sec      MB/s       words/s   peak MB  peak/input"

    func run() -> String? {
        guard let text = input.text() else { return nil }
        let bytes = stage == .decoding ? Array(text.utf8) : []
        let words = GeneratedText.wordCount(text)
        // Stages after segmentation get what the earlier stages made, outside the timing.
        // The text's scalars are the briefing's own: a second copy would count in the peak.
        let briefing = stage == .decoding || stage == .whole ? nil : BriefingAnalyzer.analyze(text)
        let sentences = briefing?.sentences ?? []
        // The whole analysis starts, as the reader's does, from the decoded text: making the
        // scalars is the decoding stage's work, not counted twice.
        let source = briefing?.source ?? (stage == .whole ? SourceText(text) : SourceText(""))

        // What the stage made is kept until the clock has stopped, as the reader keeps it while
        // it is read: freeing it (thousands of strings) is not the analysis's work.
        var made: Any?
        let start = CPUClock.nanoseconds()
        switch stage {
        case .decoding: made = SourceText(TextDecoder.decode(bytes).text)
        case .segmentation: made = SentenceSplitter.split(source.scalars)
        case .actors: made = ActorRecognizer.recognize(source, sentences: sentences)
        case .times: made = TimeExpressionTagger.tag(source, sentences: sentences, reference: nil)
        case .timeline:
            made = TimelineBuilder.build(source, sentences: sentences, actors: briefing!.actors,
                                         times: briefing!.times, reference: nil)
        case .topics: made = TopicModel.topics(source, sentences: sentences, stories: briefing!.stories)
        case .whole: made = BriefingAnalyzer.analyze(source) { _ in }
        }
        let seconds = Double(CPUClock.nanoseconds() - start) / 1e9
        withExtendedLifetime(made) {}
        let mb = Double(text.utf8.count) / 1e6
        let peak = Double(PeakMemory.residentBytes()) / 1e6
        return padded(stage.rawValue, to: 14)
            + cFormat("%10.1f %9.3f %9.1f %13.0f %9.0f %11.1f", mb, seconds, mb / seconds,
                     Double(words) / seconds, peak, peak / mb)
    }
}

/// The built-in sample repeated with varied names until it reaches a size.
enum GeneratedText {
    /// Whitespace-separated words, counted without allocating.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static func make(megabytes: Int) -> String {
        let sample = BriefingAnalyzer.sampleText
        let names = ["Lammy", "Kallas", "Healey", "Starmer", "Carney", "Trump", "Vance", "Putin"]
        let others = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Ferreira", "Kowalski",
                      "Mensah", "Ibarra", "Sato", "Volkov", "Brennan", "Achebe", "Larsen", "Quispe"]
        let variants = (0..<others.count).map { round in
            names.enumerated().reduce(sample) { copy, pair in
                copy.replacing(pair.element, with: others[(pair.offset * 3 + round) % others.count])
            }
        }
        var text = ""
        text.reserveCapacity(megabytes * 1_000_000 + sample.utf8.count)
        var round = 0
        while text.utf8.count < megabytes * 1_000_000 {
            text += variants[round % variants.count]
            text += "\n\n"
            round += 1
        }
        return text
    }
}

/// The CPU time of this thread: the stages run on one core, and on a shared machine
/// wall time measures the neighbours as much as the code.
enum CPUClock {
    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// The most memory this process has held at once.
enum PeakMemory {
    static func residentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
