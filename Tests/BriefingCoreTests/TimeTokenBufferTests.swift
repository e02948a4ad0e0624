import Testing
@testable import BriefingCore

@Suite("Time token buffer")
struct TimeTokenBufferTests {
    /// The token loop loads a token's scan byte alone, at a literal offset: it must be where
    /// the flags are, and the byte the one `scanByte(_:)` takes from them.
    @Test func scanByteIsReadWhereTheFlagsAre() {
        #expect(MemoryLayout<TimeToken>.offset(of: \.flags) == TimeTokenBuffer.flagsOffset)
        let source = SourceText("In 2008 the 1990s ended, 'twas said, and over three days they met with him.")
        var tokens = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        #expect(tokens.contains { TimeTokenBuffer.scanByte($0.flags) != 0 })
        tokens.withUnsafeMutableBufferPointer { t in
            for k in t.indices {
                #expect(TimeTokenBuffer.scanByte(of: t.baseAddress! + k) == TimeTokenBuffer.scanByte(t[k].flags))
            }
        }
    }
}
