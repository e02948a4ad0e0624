import Foundation
import Testing
@testable import BriefingCore

@Suite("Export")
struct ExportTests {
    private func decode(_ briefing: Briefing) throws -> [String: Any] {
        let json = JSONExporter.export(briefing)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func sampleIsValidContractJSON() throws {
        let object = try decode(BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText))
        #expect(object["format"] as? String == "briefing/1")
        let document = try #require(object["document"] as? [String: Any])
        let text = try #require(document["text"] as? String)
        #expect(text == BriefingAnalyzer.sampleText)
        #expect((document["title"] as? String)?.hasPrefix("David Lammy") == true)
        #expect(document["date"] is NSNull)
        for key in ["sentences", "actors", "times", "timeline", "topics"] {
            #expect(object[key] is [Any], "\(key) is a list")
        }
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.count == 18)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for (i, sentence) in sentences.enumerated() {
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            #expect(sentence["index"] as? Int == i)
            #expect(start >= previousEnd && start < end && end <= scalars.count)
            #expect(sentence["paragraph"] as? Int == 0)
            previousEnd = end
        }
        #expect(Set(sentences.compactMap { $0["story"] as? Int }) == [0, 1, 2, 3, 4])
    }

    @Test func eachSentenceCarriesTheParagraphItLiesIn() throws {
        let briefing = BriefingAnalyzer.analyze("Talks began. They went on.\n\nA pause.\n\nThen a deal. It held. Nobody left.")
        let sentences = try #require(try decode(briefing)["sentences"] as? [[String: Any]])
        #expect(sentences.compactMap { $0["paragraph"] as? Int } == [0, 0, 1, 2, 2, 2])
    }

    @Test func offsetsAreUnicodeScalarOffsets() throws {
        // "é" is one scalar but two UTF-8 bytes; "👍🏽" is two scalars and one Character.
        let text = "Café 👍🏽 opened. It closed."
        let object = try decode(BriefingAnalyzer.analyze(text))
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["start"] as? Int } == [0, 16])
        #expect(sentences.map { $0["end"] as? Int } == [15, 26])
    }

    @Test func controlCharactersAreEscapedInJSON() throws {
        let json = JSONExporter.export(BriefingAnalyzer.analyze("Bad \u{1B}[2J text\u{07} here \u{202E}. Fine."))
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(json.contains("\\u001b[2J"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["text"] as? String == "Bad \u{1B}[2J text\u{07} here \u{202E}. Fine.")
    }

    @Test func documentTextLongerThanOneSliceRoundTrips() throws {
        // Escapes, two-byte, three-byte and astral scalars on and around every slice boundary.
        let pieces = ["Quote \" and \\ here.", "Tab\tand\u{1B}[2J. ", "Zürich — “talks”. ", "😀👩\u{200D}👧 ok. ", "\u{202E}x\n\n"]
        var text = ""
        var k = 0
        while text.unicodeScalars.count < 3 * JSONWriter.textSliceLength + 17 {
            text += pieces[k % pieces.count]
            k += 1
        }
        let object = try decode(BriefingAnalyzer.analyze(text))
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["text"] as? String == text)
    }

    @Test func markdownNote() {
        let markdown = MarkdownExporter.export(BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText))
        #expect(markdown.hasPrefix("# David Lammy and Kaja Kallas engage in talks"))
        #expect(markdown.contains("18 sentences in 5 stories."))
        #expect(markdown.contains("## Actors"))
        #expect(markdown.contains("## Timeline"))
        #expect(markdown.contains("## Topics"))
    }

    @Test func markdownCarriesNoRawControls() {
        let markdown = MarkdownExporter.export(BriefingAnalyzer.analyze("Title \u{1B}]52;c2VjcmV0\u{07} here\n\nBody. More."))
        #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(markdown.contains("\u{241B}") && markdown.contains("c2VjcmV0\u{2407}"))
    }
}
