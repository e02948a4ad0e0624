import BriefingCore
import Testing
@testable import BriefingUI

@Suite struct RenderTests {
    @Test func wideLayoutAt120x40() {
        #expect(Fixtures.state().screen == Expected.wide)
    }

    @Test func tabbedLayoutAt80x24() {
        #expect(Fixtures.state(width: 80, height: 24).screen == Expected.narrow)
    }

    @Test func jumpHighlightsTheSentenceAndTheMention() {
        let s = Fixtures.state().after(.activate)
        #expect(s.screen == Expected.wideJump)
        let grid = Renderer.render(s)
        let source = s.layout.panes[.source]!.inner
        let y = source.y + 1                                     // "David Lammy met Kaja Kallas…"
        let roles = grid.roles(y)
        let x0 = source.x + 1
        #expect(grid[source.x, y].text == "▌")
        #expect(roles[x0..<(x0 + 11)].allSatisfy { $0 == .mention })       // "David Lammy"
        #expect(roles[(x0 + 11)..<(x0 + 50)].allSatisfy { $0 == .sentence })
        #expect(grid.roles(y + 1)[x0] == .text)
        // The selected row of the focused list.
        #expect(grid.roles(s.layout.panes[.actors]!.inner.y).allSatisfy { _ in true })
        #expect(grid[2, s.layout.panes[.actors]!.inner.y].role == .selected)
    }

    @Test func narrowTimelineJump() {
        #expect(Fixtures.state(width: 80, height: 24).after(.focus(.timeline), .activate).screen == Expected.narrowTimelineJump)
    }

    @Test func tooSmallSaysSo() {
        #expect(Fixtures.state(width: 30, height: 8).screen.trimmingTrailingNewlines == Expected.tooSmall)
        for (w, h) in [(1, 1), (10, 5), (20, 10), (39, 40), (120, 11), (0, 0)] {
            let s = Fixtures.state(width: w, height: h)
            let g = Renderer.render(s)
            #expect(g.width == w && g.height == h)
            _ = s.after(.moveDown, .activate, .click(x: 0, y: 0), .wheel(x: 0, y: 0, lines: 3), .toggleHelp)
        }
        #expect(Fixtures.state(width: 60, height: 3).screen.contains("terminal too small"))
    }

    @Test func emptyPanesSayWhatIsMissing() {
        let screen = Fixtures.state(Fixtures.bare).screen
        #expect(screen.contains("no actors found"))
        #expect(screen.contains("no timeline entries found"))
        #expect(screen.contains("no topics found"))
        let narrow = Fixtures.state(Fixtures.bare, width: 80, height: 24).after(.focus(.topics)).screen
        #expect(narrow.contains("no topics found"))
    }

    @Test func searchMatchesAreMarked() {
        var s = Fixtures.state().after(.startSearch)
        for c in "ceasefire" { s = s.after(.searchInput(c)) }
        #expect(s.screen.contains("/ceasefire█  2 matches"))
        s = s.after(.searchCommit)
        let grid = Renderer.render(s)
        let source = s.layout.panes[.source]!.inner
        #expect(grid[source.x + 1, source.y].role == .searchCurrent)          // "Ceasefire" in the title line
        let row = grid.roles(source.y + 2)
        #expect(row[source.x + 1 + 15] == .searchMatch)                      // "Lammy said the ceasefire"
        #expect(s.screen.contains("/ceasefire 1/2"))
    }

    /// The sample briefing: whatever the analysers find, the frame, the pane titles and
    /// the wrapped source text are fixed by the text and the size.
    @Test func sampleAt120x40And80x24() {
        let sample = BriefingAnalyzer.analyze(BriefingAnalyzer.sampleText)
        let wide = Fixtures.state(sample).screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(wide.count == 40)
        #expect(wide[0].hasPrefix(" David Lammy and Kaja Kallas engage in talks"))
        #expect(wide[1].contains("1 Actors") && wide[1].contains("4 Source · sentence 1/"))
        #expect(wide.contains { $0.contains("2 Timeline") })
        #expect(wide.contains { $0.contains("3 Topics") })
        #expect(wide[2].hasSuffix("│ David Lammy and Kaja Kallas engage in talks regarding strategies to    ▐│"))
        #expect(wide[3].hasSuffix("│ reinforce pressure on Moscow amidst ongoing support for Ukraine.        │"))
        #expect(wide[4].hasSuffix("│ The EU’s foreign affairs chief, Kaja Kallas, is scheduled to meet UK    │"))
        let narrow = Fixtures.state(sample, width: 80, height: 24).screen.split(separator: "\n").map(String.init)
        #expect(narrow.count == 24)
        #expect(narrow[1].contains("1 Actors") && narrow[1].contains("2 Timeline") && narrow[1].contains("3 Topics"))
        let sourceTop = narrow.firstIndex { $0.contains("4 Source") }!
        #expect(narrow[sourceTop + 1] == "│ David Lammy and Kaja Kallas engage in talks regarding strategies to         ▐│")
        #expect(narrow[sourceTop + 2] == "│ reinforce pressure on Moscow amidst ongoing support for Ukraine.             │")
    }
}

@Suite struct GlyphTests {
    @Test func widthPerGraphemeCluster() {
        #expect(Glyph.of("a").width == 1)
        #expect(Glyph.of("é").width == 1)                      // precomposed
        #expect(Glyph.of("e\u{301}").width == 1)               // e + combining acute: one cluster
        #expect(Glyph.of("日").width == 2)
        #expect(Glyph.of("한").width == 2)
        #expect(Glyph.of("Ａ").width == 2)                      // fullwidth
        #expect(Glyph.of("😀").width == 2)
        #expect(Glyph.of("👨‍👩‍👧").width == 2)                  // ZWJ sequence: one glyph
        #expect(Glyph.of("🇬🇧").width == 2)                     // flag
        #expect(Glyph.of("❤️").width == 2)                     // text symbol + VS16
        #expect(Glyph.of("\u{200B}").width == 0)
        #expect(Glyph.width("日本語 ok") == 9)
    }

    @Test func controlsAreShownNotSent() {
        #expect(Glyph.of("\u{1B}").text == "␛")
        #expect(Glyph.of("\u{07}").text == "␇")
        #expect(Glyph.of("\u{202E}").text == "\u{FFFD}")
        #expect(Glyph.of("\t").text == " ")
        var g = CellGrid(width: 20, height: 1)
        g.write("a\u{1B}[2Jb\u{9B}c", x: 0, y: 0, role: .text)
        #expect(g.text == "a␛[2Jb\u{FFFD}c")
        #expect(!g.cells.contains { $0.text.unicodeScalars.contains { VisibleText.needsEscape($0) } })
    }

    @Test func wideGlyphsAtTheEdgeAndOverwrites() {
        var g = CellGrid(width: 5, height: 1)
        let end = g.write("ab日本", x: 0, y: 0, role: .text)
        #expect(g.text == "ab日")
        #expect(end == 6)
        #expect(g[3, 0].width == 0)
        g.put("x", width: 1, x: 3, y: 0, role: .text)            // over the second half of 日
        #expect(g.line(0) == "ab x ")
    }

    @Test func wrapsByDisplayWidth() {
        let text = "日本語のテキスト and words"
        let scalars = PackedScalars(text)
        let rows = SourceIndex.wrap(scalars, 0, scalars.count, width: 6)
        // 3 wide glyphs per row of 6 columns, then words.
        #expect(rows == [0, 3, 6, 9, 13])
        #expect(SourceIndex.wrap(scalars, 0, 0, width: 10) == [0])
        let long = PackedScalars("abcdefghij klm")
        #expect(SourceIndex.wrap(long, 0, long.count, width: 4) == [0, 4, 8, 11])
    }

    @Test func hostileTextInEveryPane() {
        let evil = "Evil \u{1B}]52;c;aGVsbG8=\u{07} and \u{1B}[2J \u{202E}drow\u{9B}31m"
        let text = evil + "\nSecond line."
        let source = SourceText(text)
        let s1 = TextSpan(0, evil.unicodeScalars.count)
        let sentences = [Sentence(index: 0, span: s1, story: 0),
                         Sentence(index: 1, span: TextSpan(s1.end + 1, source.count), story: 0)]
        let actor = Actor(id: "evil", name: "Ev\u{1B}[31mil", kind: .person, aliases: [], roles: ["\u{1B}]0;title\u{07}"],
                          affiliation: nil, mentions: [Mention(span: TextSpan(0, 4), sentence: 0)])
        let topic = Topic(id: "t", label: "T\u{1B}c", weight: 1, keywords: ["\u{9D}x"], sentences: [0], stories: [0])
        let entry = TimelineEntry(sentence: 0, order: 0, relation: nil, time: nil, actors: [], summary: "S\u{08}\u{0D}")
        let b = Briefing(source: source, title: "Ti\u{1B}[Htle", date: nil, paragraphs: [], sentences: sentences,
                         stories: [], actors: [actor], times: [], timeline: [entry], topics: [topic])
        for (w, h) in [(120, 40), (80, 24)] {
            for s in [Fixtures.state(b, width: w, height: h), Fixtures.state(b, width: w, height: h).after(.activate),
                      Fixtures.state(b, width: w, height: h).after(.focus(.source), .activate)] {
                let grid = Renderer.render(s)
                #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { VisibleText.needsEscape($0) } })
                #expect(grid.text.contains("␛"))
            }
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}

@Suite("Timeline pane")
struct TimelinePaneRenderTests {
    @Test func rowsComeStoryByStoryWithDateOrRelation() {
        let text = "The minister will speak on Friday. Officials met on Monday.\n\nIn a separate development, prices rose."
        let briefing = BriefingAnalyzer.analyze(text, date: CalendarDate(iso: "2013-03-20"))
        let screen = Fixtures.state(briefing).after(.focus(.timeline)).screen
        let rows = screen.split(separator: "\n").filter { $0.contains("◂") || $0.contains("▸") || $0.contains("●") }
        #expect(rows.count == 3)
        #expect(rows[0].contains(" 1 2013-03-18 ◂ Officials met"))
        #expect(rows[1].contains(" 1 2013-03-22 ▸ The minister to speak"))
        #expect(rows[2].contains(" 2 past       ◂ prices rose"))
    }
}

@Suite("Topics pane")
struct TopicsPaneRenderTests {
    @Test func weightBarsInEighths() {
        #expect(Renderer.weightBar(0) == "░░░░░")
        #expect(Renderer.weightBar(0.25) == "█▎░░░")
        #expect(Renderer.weightBar(0.6) == "███░░")
        #expect(Renderer.weightBar(1) == "█████")
        #expect(Renderer.weightBar(7) == "█████")
    }

    @Test func aMinedPhraseIsShownOnce() {
        let phrase = Topic(id: "coral-nurseries", label: "coral nurseries", weight: 0.5,
                           keywords: ["coral nurseries"], sentences: [0], stories: [0])
        let (left, _) = Renderer.rowSegments(briefing(with: [phrase]), .topics, 0)
        #expect(left.map(\.0).joined().components(separatedBy: "coral nurseries").count == 2)
    }

    private func briefing(with topics: [Topic]) -> Briefing {
        let text = "Divers planted coral nurseries."
        return Briefing(source: SourceText(text), title: nil, date: nil, paragraphs: [],
                        sentences: [Sentence(index: 0, span: TextSpan(0, 31), story: 0)],
                        stories: [], actors: [], times: [], timeline: [], topics: topics)
    }
}
