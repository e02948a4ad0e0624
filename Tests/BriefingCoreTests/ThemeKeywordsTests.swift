import Testing
@testable import BriefingCore

@Suite("Theme keywords")
struct ThemeKeywordsTests {
    @Test("keywords are told apart by theme and key, counted, and kept in the order first seen, through growth")
    func sameAsAPlainTally() {
        var random = SeededRandom(seed: 23)
        var table = ThemeKeywords()
        defer { table.deallocate() }
        // The reference: (theme, key) → position in first-seen order, and what each keyword holds.
        var position: [String: Int] = [:]
        var expected: [(theme: Int32, key: UInt64, count: Int, start: Int, order: Int)] = []
        for step in 0..<20_000 {
            // Few themes, keys shared between themes (and 0, a key like any other), some repeated often.
            let theme = Int32(random.next(6))
            let key = UInt64(random.next(random.next(2) == 0 ? 8 : 3_000))
            let count = random.next(3) + 1
            let name = "\(theme) \(key)"
            let isNew = table.add(theme: theme, key: key, span: TextSpan(step, step + 1), isName: step % 2 == 0,
                                  count: count, order: step)
            #expect(isNew == (position[name] == nil))
            if let k = position[name] {
                expected[k].count += count
            } else {
                position[name] = expected.count
                expected.append((theme, key, count, step, step))
            }
        }
        #expect(table.count == expected.count)
        for (keyword, reference) in zip(table.all, expected) {
            #expect(keyword.theme == reference.theme && keyword.key == reference.key)
            #expect(keyword.count == reference.count && keyword.order == reference.order)
            #expect(keyword.span == TextSpan(reference.start, reference.start + 1))
            #expect(keyword.isName == (reference.start % 2 == 0))
        }
    }

    @Test("a keyword seen again keeps where and how it was first seen")
    func firstSightStays() {
        var table = ThemeKeywords()
        defer { table.deallocate() }
        let first = table.add(theme: 3, key: 99, span: TextSpan(10, 15), isName: true, count: 1, order: 0)
        let again = table.add(theme: 3, key: 99, span: TextSpan(40, 45), isName: false, count: 2, order: 1_004)
        let otherTheme = table.add(theme: 4, key: 99, span: TextSpan(40, 45), isName: false, count: 1, order: 0)
        #expect(first && !again && otherTheme)
        let keyword = table.all[0]
        #expect(keyword.count == 3 && keyword.span == TextSpan(10, 15) && keyword.isName && keyword.order == 0)
        #expect(table.all[1].theme == 4 && table.all[1].count == 1)
    }

    @Test("keywords are grouped by theme in the order first seen")
    func byTheme() {
        var table = ThemeKeywords()
        defer { table.deallocate() }
        for (theme, key) in [(2, 7), (0, 7), (2, 8), (1, 9), (0, 5)] {
            _ = table.add(theme: Int32(theme), key: UInt64(key), span: TextSpan(0, 1), isName: false, count: 1, order: 0)
        }
        let grouped = TopicRanking.keywordsByTheme(table.all, themes: 4)
        #expect(grouped.starts == [0, 2, 3, 5, 5])
        #expect(grouped.keywords == [1, 4, 3, 0, 2])
    }
}
