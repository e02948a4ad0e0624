import Testing
@testable import BriefingCore

@Suite("Token index by offset")
struct TokenIndexTests {
    /// Looked for going back from a later token, near it or far, the token at or after an
    /// offset is the one the binary search over all of them finds.
    @Test func goingBackFindsWhatTheSearchFinds() {
        let source = SourceText("The EU's chief, Kaja Kallas,   has met  U.K. ministers (OECD) in Washington on 27 March 2024, and spoke.")
        let tokens = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        tokens.withUnsafeBufferPointer { t in
            var checked = 0
            for k in 0...t.count {
                let last = k < t.count ? t[k].start : source.count
                for offset in 0...last {
                    #expect(EventSummary.tokenIndex(at: offset, before: k, t) == EventSummary.tokenIndex(at: offset, t))
                    checked += 1
                }
            }
            #expect(checked > 1000)
        }
    }
}
