import BriefingCore
import Glibc

/// Texts made to hurt the analysis (issue 8): each is analysed and exported as JSON (into a
/// sink that drops the bytes) in a process of its own, and its peak memory printed against
/// the bound the tool promises, 8 × the input + 30 MB.
enum HostileInput: String, CaseIterable {
    /// 20 MB of words from a small vocabulary on one line, with no stop anywhere.
    case wordLine = "20 MB line, random words"
    /// The built-in sample with its line breaks made spaces, repeated to 20 MB.
    case proseLine = "20 MB line, prose"
    /// "Word. " a million times.
    case sameWord = "1M one-word sentences, same"
    /// A million different capitalised made-up words, each a sentence.
    case uniqueWords = "1M one-word sentences, unique"
    /// A million different lowercase made-up words, one a line.
    case uniqueLines = "1M lines of one word"
    /// 110,000 sentences, each naming two people no other sentence names: 440,000 distinct
    /// capitalised words and 220,000 actors, each with its strings and mentions.
    case distinctNames = "220K distinct two-word names"

    var key: String { String(describing: self) }

    static let header = "hostile input                      input MB   cpu sec   peak MB  bound MB  within"

    /// Made in one string, without arrays of words, so making it leaves no peak of its own.
    func text() -> String {
        var text = ""
        text.reserveCapacity(20_000_001)
        switch self {
        case .wordLine:
            let vocabulary = ["alpha", "beta", "gamma", "delta", "market", "Paris", "Smith", "said", "the", "of"]
            var state: UInt64 = 1
            for i in 0..<3_500_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                if i > 0 { text += " " }
                text += vocabulary[Int(state >> 33) % vocabulary.count]
            }
        case .proseLine:
            let line = BriefingAnalyzer.sampleText.replacing("\n", with: " ") + " "
            while text.utf8.count + line.utf8.count <= 20_000_000 { text += line }
        case .sameWord:
            for _ in 0..<1_000_000 { text += "Word. " }
        case .uniqueWords:
            for n in 0..<1_000_000 { text += Self.capitalised(Self.madeUpWord(n)) + ". " }
        case .uniqueLines:
            for n in 0..<1_000_000 { text += Self.madeUpWord(n) + "\n" }
        case .distinctNames:
            func name(_ n: Int) -> String { Self.capitalised(Self.madeUpWord(n)) }
            for n in stride(from: 0, to: 440_000, by: 4) {
                text += "Yesterday the \(name(n)) \(name(n + 1)) met \(name(n + 2)) \(name(n + 3)) in the city. "
            }
        }
        return text
    }

    /// A different word of 6 to 8 letters for each number below 26^6: its base-26 digits,
    /// scrambled so neighbours share no prefix, then 0–2 more letters.
    static func madeUpWord(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var value = n &* 2_654_435_761 % 308_915_776   // coprime to 26^6: a bijection
        var word = ""
        for _ in 0..<6 {
            word.append(letters[value % 26])
            value /= 26
        }
        return word + String(letters.prefix(n % 3))
    }

    /// A lowercase word with its first letter made a capital.
    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Runs in the child: analysis and export, then the figures.
    func run() -> String {
        // As `briefing export` does: the input string is dropped once decoded.
        let (source, megabytes) = { () -> (SourceText, Double) in
            let text = text()
            return (SourceText(text), Double(text.utf8.count) / 1e6)
        }()
        let start = CPUClock.nanoseconds()
        let briefing = BriefingAnalyzer.analyze(source) { _ in }
        let stream = ByteStream { _ in }
        JSONExporter.write(briefing, to: stream)
        stream.finish()
        let seconds = Double(CPUClock.nanoseconds() - start) / 1e9
        let peak = Double(PeakMemory.residentBytes()) / 1e6
        let bound = 8 * megabytes + 30
        return padded(rawValue, to: 33)
            + cFormat("%10.1f %9.2f %9.0f %9.0f  ", megabytes, seconds, peak, bound) + (peak <= bound ? "yes" : "NO")
    }
}
