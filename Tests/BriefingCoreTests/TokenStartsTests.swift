import Testing
@testable import BriefingCore

@Suite("Token starts")
struct TokenBitsTests {
    /// Every start from the first on, as the scans find them.
    static func all(_ starts: TokenBits) -> [Int] {
        var found: [Int] = []
        var i = starts.next(from: 0)
        while i < starts.count {
            found.append(i)
            i = starts.next(from: i + 1)
        }
        return found
    }

    /// The buffer's starts mark what the scans once tested token by token: for the matcher, a
    /// token that opens an expression, but one of the commonest openers, or an apostrophe, only
    /// before a number, a time word or an apostrophe (not the "s" of a possessive); for the
    /// verb groups, a token with `.opensGroup`. For
    /// words numbered and not, met first and again, in sentences of more than 64 tokens too.
    @Test func startsFollowTheRules() {
        let long = (0..<30).map { "the \($0 % 2 == 0 ? "talks" : "weeks")" }.joined(separator: " ") + " ended"
        let text = "In 2008 the 1990s began at the end of the '90s, and in the minister\u{2019}s spring. " + long + ". "
            + "The bank's \u{2019}07 plan was Obama's. "
            + "Ministers will meet over the second week; they said it at a time when the " + long + " in the"
        var sawLong = false
        forEachSentenceTimeTokens(text) { _, buffer, _ in
            let t = buffer.tokens
            sawLong = sawLong || t.count > 64
            let time = t.indices.filter { i in
                guard t[i].flags.contains(.opensTime) else { return false }
                let commonOpener: Bool
                switch t[i].time {
                case .the?, .article?, .during?, .over?, .at?: commonOpener = true
                default: commonOpener = t[i].isPunct("'") || t[i].isPunct("\u{2019}")
                }
                guard commonOpener else { return true }
                guard i + 1 < t.count else { return false }
                let next = t[i + 1]
                return next.kind == .number || next.time != nil || next.key == TimeMatcher.kSecond
                    || next.isPunct("'") || next.isPunct("\u{2019}")
            }
            #expect(Self.all(buffer.timeStarts) == time)
            #expect(Self.all(buffer.groupStarts) == t.indices.filter { t[$0].flags.contains(.opensGroup) })
            #expect(buffer.timeStarts.next(from: t.count) == t.count)
        }
        #expect(sawLong)
    }

    /// Starts marked from tokens' flags, as a token array without a buffer gets them.
    @Test func markingFromFlags() {
        let source = SourceText("Kallas will meet Lammy, who said it; they had talked.")
        let t = TimeTokens.make(source.scalars, in: TextSpan(0, source.count))
        let words = t.withUnsafeBufferPointer { TokenBits.marking($0, .opensGroup) }
        let found = words.withUnsafeBufferPointer { Self.all(TokenBits(words: $0.baseAddress!, count: t.count)) }
        #expect(found == t.indices.filter { t[$0].flags.contains(.opensGroup) })
        #expect(!found.isEmpty)
        #expect(Self.all(.none).isEmpty)
    }
}
