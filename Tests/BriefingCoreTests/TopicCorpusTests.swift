import Foundation
import Testing
@testable import BriefingCore

/// The MEANTIME dev articles (airline and technology business news) beside the package:
/// `../shared/corpus/meantime-dev/*.txt`, relative to the package root.
enum MeantimeCorpus {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/meantime-dev")

    static var articles: [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

@Suite("Topics on the MEANTIME corpus")
struct TopicCorpusTests {
    @Test("every article gets topics, and every topic's keywords occur in its article",
          .enabled(if: !MeantimeCorpus.articles.isEmpty,
                   "skipped: no MEANTIME corpus at ../shared/corpus/meantime-dev beside the package"))
    func corpus() throws {
        let articles = MeantimeCorpus.articles
        #expect(articles.count >= 60)
        for url in articles {
            let string = try String(contentsOf: url, encoding: .utf8)
            let briefing = BriefingAnalyzer.analyze(string)
            let name = url.lastPathComponent
            #expect(!briefing.topics.isEmpty, "\(name): no topics")
            let lower = string.lowercased()
            for topic in briefing.topics {
                #expect(!topic.keywords.isEmpty, "\(name): \(topic.id) has no keywords")
                for keyword in topic.keywords {
                    #expect(lower.contains(keyword.lowercased()), "\(name): \(topic.id) keyword '\(keyword)' is not in the text")
                }
                #expect(!topic.sentences.isEmpty && topic.sentences.allSatisfy { $0 < briefing.sentences.count },
                        "\(name): \(topic.id) sentences \(topic.sentences)")
            }
        }
    }
}
