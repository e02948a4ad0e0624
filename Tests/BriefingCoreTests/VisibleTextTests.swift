import Testing
@testable import BriefingCore

@Suite struct VisibleTextTests {
    @Test func escapesControlsAndBidi() {
        #expect(VisibleText.escape("a\u{1B}[2Jb") == "a\u{241B}[2Jb")
        #expect(VisibleText.escape("\u{07}") == "\u{2407}")
        #expect(VisibleText.escape("x\u{202E}y") == "x\u{FFFD}y")
        #expect(VisibleText.escape("\u{9B}") == "\u{FFFD}")
        #expect(VisibleText.escape("plain, ünïcödé 日本") == "plain, ünïcödé 日本")
    }

    @Test func needsEscapeAgreesWithEscape() {
        for v in Array(0..<0x300) + [0x200E, 0x202E, 0x2066, 0x2028, 0x061C, 0x4E00] {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            #expect(VisibleText.needsEscape(s) == (VisibleText.escape(s) != String(s)), "U+\(String(v, radix: 16))")
        }
    }
}
