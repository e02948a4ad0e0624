import BriefingCore
import Testing
@testable import BriefingUI

@Suite struct ReducerTests {
    let s0 = Fixtures.state()

    @Test func movesWithinBounds() {
        #expect(s0.doc.focus == .actors)
        var s = s0.after(.moveUp)
        #expect(s.doc.lists[0].selected == 0)
        s = s.after(.moveDown, .moveDown, .moveDown, .moveDown, .moveDown)
        #expect(s.doc.lists[0].selected == 3)       // four actors
        s = s.after(.moveUp)
        #expect(s.doc.lists[0].selected == 2)
        s = s.after(.top)
        #expect(s.doc.lists[0].selected == 0)
        s = s.after(.bottom)
        #expect(s.doc.lists[0].selected == 3)
        s = s.after(.pageUp)
        #expect(s.doc.lists[0].selected == 0)
        s = s.after(.pageDown)
        #expect(s.doc.lists[0].selected == 3)
        s = s.after(.halfPageUp)
        #expect(s.doc.lists[0].selected == 0)
        s = s.after(.halfPageDown)
        #expect(s.doc.lists[0].selected == 3)
    }

    @Test func movesTheSentenceCursorInSource() {
        var s = s0.after(.focus(.source), .moveDown, .moveDown)
        #expect(s.doc.cursor == 2)
        s = s.after(.bottom)
        #expect(s.doc.cursor == 5)
        s = s.after(.moveDown)
        #expect(s.doc.cursor == 5)
        s = s.after(.top, .moveUp)
        #expect(s.doc.cursor == 0)
    }

    @Test func emptyPanesDoNotMove() {
        let s = Fixtures.state(Fixtures.bare).after(.moveDown, .pageDown, .bottom, .activate)
        #expect(s.doc.lists[0].selected == 0)
        #expect(s.doc.highlight == nil)
        #expect(s.message?.contains("empty") == true)
    }

    @Test func changesPanes() {
        #expect(s0.after(.nextPane).doc.focus == .timeline)
        #expect(s0.after(.nextPane, .nextPane, .nextPane, .nextPane).doc.focus == .actors)
        #expect(s0.after(.previousPane).doc.focus == .source)
        #expect(s0.after(.focus(.topics)).doc.focus == .topics)
        let s = s0.after(.focus(.topics), .focus(.source))
        #expect(s.doc.lastList == .topics)
    }

    @Test func jumpsToAnActorsSentencesAndBack() {
        var s = s0.after(.activate)
        #expect(s.doc.highlight == Highlight(sentence: 1, spans: [Fixtures.span("David Lammy")]))
        #expect(s.doc.cursor == 1)
        #expect(s.doc.focus == .actors)
        #expect(s.doc.jumps.count == 1)
        s = s.after(.activate)                       // Enter again: the next sentence of the same actor
        #expect(s.doc.highlight == Highlight(sentence: 2, spans: [Fixtures.span("Lammy", occurrence: 1)]))
        s = s.after(.nextOccurrence)                 // n wraps to the first
        #expect(s.doc.highlight?.sentence == 1)
        #expect(s.message?.contains("wrapped") == true)
        s = s.after(.previousOccurrence)
        #expect(s.doc.highlight?.sentence == 2)
        s = s.after(.back)
        #expect(s.doc.highlight?.sentence == 1)
        s = s.after(.back, .back, .back)
        #expect(s.doc.highlight == nil)
        #expect(s.doc.jumps.isEmpty)
        #expect(s.doc.sourceTop == 0)
        #expect(s.after(.back).message == "nothing to go back to")
    }

    @Test func backRestoresFocusAndScroll() {
        let big = Fixtures.state(Fixtures.big(sentences: 2000))
        var s = big.after(.focus(.source), .pageDown, .pageDown)
        let top = s.doc.sourceTop
        #expect(top > 0)
        s = s.after(.startSearch)
        for c in "number 1500 " { s = s.after(.searchInput(c)) }
        s = s.after(.searchCommit)
        #expect(s.doc.cursor == 1500)
        #expect(s.doc.sourceTop != top)
        s = s.after(.back)
        #expect(s.doc.sourceTop == top)
        #expect(s.doc.focus == .source)
        #expect(s.doc.search == nil)
    }

    @Test func jumpsFromTimelineHighlightTheTime() {
        let s = s0.after(.focus(.timeline), .moveDown, .activate)
        #expect(s.doc.highlight == Highlight(sentence: 3, spans: [Fixtures.span("next week")]))
        #expect(s.after(.activate).message == "only one sentence for this item")
    }

    @Test func jumpsFromTopicsHighlightKeywords() {
        let s = s0.after(.focus(.topics), .activate)
        #expect(s.doc.highlight?.sentence == 0)
        #expect(s.doc.highlight?.spans == [Fixtures.span("Ceasefire"), Fixtures.span("talks")])
        let t = s.after(.nextOccurrence, .nextOccurrence)
        #expect(t.doc.highlight?.sentence == 2)
        #expect(t.doc.highlight?.spans == [Fixtures.span("ceasefire")])
    }

    @Test func enterInSourceShowsWhatTheSentenceCarriesAndJumps() {
        var s = s0.after(.focus(.source), .moveDown, .activate)
        guard case .sentence(let info)? = s.overlay else {
            Issue.record("no sentence overlay")
            return
        }
        #expect(info.sentence == 1)
        #expect(info.items.map(\.kind) == [.actor, .actor, .time, .timeline, .topic])
        #expect(info.items[0].label == "David Lammy (person)")
        s = s.after(.moveDown, .activate)            // Kaja Kallas
        #expect(s.overlay == nil)
        #expect(s.doc.focus == .actors)
        #expect(s.doc.selectedItem(.actors) == 1)
        #expect(s.doc.highlight == Highlight(sentence: 1, spans: [Fixtures.span("Kaja Kallas")]))
        s = s.after(.activate)
        #expect(s.doc.highlight?.sentence == 3)
        s = s.after(.back, .back)
        #expect(s.doc.focus == .source)
        #expect(s.doc.cursor == 1)
        // Esc closes the overlay without moving.
        let t = s0.after(.focus(.source), .activate, .back)
        #expect(t.overlay == nil)
        #expect(t.doc.jumps.isEmpty)
    }

    @Test func filtersByActorAndTopic() {
        var s = s0.after(.toggleFilter)              // David Lammy
        #expect(s.doc.filter == .actor(0))
        #expect(s.doc.visible[1] == [0])
        #expect(s.doc.visible[2] == [0])
        #expect(s.filterLabel == "actor David Lammy")
        s = s.after(.toggleFilter)
        #expect(s.doc.filter == nil)
        #expect(s.doc.visible[1] == [0, 1, 2])
        s = s.after(.focus(.topics), .moveDown, .toggleFilter)   // Trade
        #expect(s.doc.visible[0] == [])
        #expect(s.doc.visible[1] == [2])
        #expect(s.screen.contains("nothing here matches the filter"))
        s = s.after(.focus(.timeline), .activate)
        #expect(s.doc.highlight?.sentence == 5)
        let t = s0.after(.focus(.source), .toggleFilter)
        #expect(t.doc.filter == nil)
        #expect(t.message?.contains("list pane") == true)
    }

    @Test func filterByTimelineEntry() {
        let s = s0.after(.focus(.timeline), .moveDown, .toggleFilter)  // Kallas to visit Kyiv
        #expect(s.doc.visible[0] == [1, 3])
        #expect(s.doc.visible[2] == [])
    }

    @Test func searchesIncrementallyAndSteps() {
        var s = s0.after(.startSearch)
        #expect(s.isEditingSearch)
        for c in "ceasef" { s = s.after(.searchInput(c)) }
        #expect(s.doc.search?.matches == [Fixtures.span("Ceasefire"), Fixtures.span("ceasefire")].map {
            TextSpan($0.start, $0.start + 6)
        })
        s = s.after(.searchDeleteBackward, .searchInput("f"), .searchInput("i"))
        #expect(s.doc.search?.query == "ceasefi")
        s = s.after(.searchCommit)
        #expect(!s.isEditingSearch)
        #expect(s.doc.focus == .source)
        #expect(s.doc.search?.current == 0)
        s = s.after(.nextOccurrence)
        #expect(s.doc.search?.current == 1)
        #expect(s.doc.cursor == 2)
        s = s.after(.nextOccurrence)
        #expect(s.doc.search?.current == 0)
        s = s.after(.previousOccurrence)
        #expect(s.doc.search?.current == 1)
        s = s.after(.back)
        #expect(s.doc.search == nil)
        #expect(s.doc.focus == .actors)
    }

    @Test func searchCancelAndNoMatch() {
        var s = s0.after(.startSearch, .searchInput("z"), .searchInput("q"))
        #expect(s.doc.search?.matches == [])
        s = s.after(.searchCommit)
        #expect(s.message == "no match for \"zq\"")
        #expect(s.doc.search == nil)
        s = s0.after(.startSearch, .searchInput("k"), .back)
        #expect(!s.isEditingSearch)
        #expect(s.doc.search == nil)
        #expect(s.doc.jumps.isEmpty)
        // Keys while typing go to the query, not to the key table.
        let typing = s0.after(.startSearch)
        #expect(KeyMap.action(for: .char("q"), in: typing) == .searchInput("q"))
        #expect(KeyMap.action(for: .char("q"), in: s0) == .quit)
    }

    @Test func helpOpensAndCloses() {
        var s = s0.after(.toggleHelp)
        #expect(s.overlay == .help(top: 0))
        s = s.after(.moveDown)
        #expect(s.overlay == .help(top: 1))
        #expect(s.after(.toggleHelp).overlay == nil)
        #expect(s.after(.back).overlay == nil)
        #expect(KeyMap.action(for: .char("?"), in: s) == .toggleHelp)
    }

    @Test func switchesDocuments() {
        var s = reduce(ReaderState(documents: [("a.txt", Fixtures.briefing), ("b.txt", Fixtures.bare)]),
                       .resize(width: 120, height: 40))
        s = s.after(.moveDown, .nextDocument)
        #expect(s.current == 1)
        #expect(s.message == "file 2 of 2: b.txt")
        #expect(s.screen.contains("file 2/2: b.txt"))
        s = s.after(.nextDocument)
        #expect(s.current == 0)
        #expect(s.doc.lists[0].selected == 1)        // each file keeps its place
        #expect(s.after(.previousDocument).current == 1)
        #expect(s0.after(.nextDocument).message == "only one file is open")
    }

    @Test func redrawAndQuit() {
        let s = s0.after(.redraw)
        #expect(s.redrawRequested)
        #expect(!s.after(.moveDown).redrawRequested)
        #expect(s0.after(.quit).shouldQuit)
    }

    @Test func resizeKeepsTheSelectionInView() {
        let big = Fixtures.state(Fixtures.big(sentences: 3000))
        var s = big.after(.focus(.source))
        for _ in 0..<40 { s = s.after(.moveDown) }
        #expect(s.doc.cursor == 40)
        for (w, h) in [(80, 24), (50, 14), (200, 60), (41, 12), (120, 40)] {
            s = s.after(.resize(width: w, height: h))
            let view = s.sourceView
            let range = view.visibleRange(top: s.doc.sourceTop)
            let span = s.doc.briefing.sentences[s.doc.cursor].span
            #expect(range.contains(span.start), "cursor out of view at \(w)×\(h)")
        }
        // Lists too.
        var l = Fixtures.state(width: 80, height: 14)
        l = l.after(.bottom)
        #expect(l.doc.lists[0].selected == 3)
        l = l.after(.resize(width: 80, height: 12))
        let h = l.listHeight(.actors)
        #expect(l.doc.lists[0].top <= 3 && 3 < l.doc.lists[0].top + h)
    }

    @Test func mouseSelectsFocusesAndScrolls() {
        let layout = s0.layout
        let timeline = layout.panes[.timeline]!.inner
        var s = s0.after(.click(x: timeline.x + 3, y: timeline.y + 1))
        #expect(s.doc.focus == .timeline)
        #expect(s.doc.lists[1].selected == 1)
        let source = layout.panes[.source]!.inner
        s = s.after(.click(x: source.x + 2, y: source.y + 2))   // third row: "Lammy said…"
        #expect(s.doc.focus == .source)
        #expect(s.doc.cursor == 2)
        let big = Fixtures.state(Fixtures.big(sentences: 500))
        let t = big.after(.wheel(x: source.x + 1, y: source.y + 1, lines: 3))
        #expect(t.doc.sourceTop > 0)
        #expect(t.after(.wheel(x: source.x + 1, y: source.y + 1, lines: -3)).doc.sourceTop == 0)
        // Tabs in the narrow layout.
        let narrow = Fixtures.state(width: 80, height: 24)
        let tab = narrow.layout.tabs[2]
        #expect(narrow.after(.click(x: tab.x + 1, y: narrow.layout.panes[.actors]!.y)).doc.focus == .topics)
    }

    @Test func keyMapDispatchesEveryBindingAndHelpListsIt() {
        for b in KeyMap.bindings {
            for k in b.keys { #expect(KeyMap.action(for: k, in: s0) == b.action, "\(k)") }
        }
        let help = s0.after(.toggleHelp)
        let screen = help.screen
        for b in KeyMap.bindings.prefix(20) { #expect(screen.contains(b.label), "\(b.label) missing from help") }
    }
}
