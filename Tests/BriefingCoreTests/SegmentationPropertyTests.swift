import PropertyBased
import Testing
@testable import BriefingCore

/// Pieces that make generated documents look like news and like hostile input at once.
private let pieces: [[UInt8]] = [
    "Mr.", " Smith", " said", ".", " ", "\n", "\n\n", "U.S.", " J. D.", " Vance", "...", "\u{2026}",
    "\"", "\u{201D}", ")", "?", "!", " 3.5", " No.", " 10", "- ", "1. ", "In a separate development, ",
    "Meanwhile, ", "iPhone", " e.g.", "\r\n", "\r", "\t", "\u{1B}[2J", "\u{1B}]52;c2VjcmV0\u{07}", "\u{202E}",
    "\u{0008}", "👨‍👩‍👧", "日本語", "é", "\u{00A0}", "\u{2028}", "US President", " Donald Trump",
].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF]]

@Suite("Offsets hold for any input")
struct SegmentationPropertyTests {
    @Test func generatedDocuments() async {
        let gen = Gen<[UInt8]?>.element(of: pieces).array(of: 0...80)
        await propertyCheck(count: 300, input: gen) { parts in
            let bytes = parts.compactMap { $0 }.flatMap { $0 }
            let text = TextDecoder.decode(bytes).text
            let briefing = BriefingAnalyzer.analyze(text)
            #expect(briefing.invariantViolations() == [], "input: \(bytes)")
        }
    }

    @Test func randomBytes() async {
        let gen = Gen<UInt8>.value(in: 0...255).array(of: 0...300)
        await propertyCheck(count: 300, input: gen) { bytes in
            let briefing = BriefingAnalyzer.analyze(TextDecoder.decode(bytes).text)
            #expect(briefing.invariantViolations() == [], "input: \(bytes)")
        }
    }
}
