import Testing
@testable import BriefingCore

@Suite("Decoding input bytes")
struct TextDecoderTests {
    @Test func byteOrderMarkIsDropped() {
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi.".utf8)).text == "Hi.")
    }

    @Test func lineEndsBecomeLineFeeds() {
        #expect(TextDecoder.decode(Array("a\r\nb\rc\n\r\nd".utf8)).text == "a\nb\nc\n\nd")
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        let decoded = TextDecoder.decode([0x41, 0xFF, 0x42, 0xC3])
        #expect(decoded.text == "A\u{FFFD}B\u{FFFD}")
        #expect(decoded.replacements == 2)
    }

    @Test func validTextIsUntouched() {
        let text = "Zoë met 日本 👨‍👩‍👧 friends.\n"
        let decoded = TextDecoder.decode(Array(text.utf8))
        #expect(decoded.text == text)
        #expect(decoded.replacements == 0)
    }
}
