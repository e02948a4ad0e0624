import BriefingCore

/// The one place the reader's state changes: a pure function of the state and an action.
public func reduce(_ state: ReaderState, _ action: Action) -> ReaderState {
    var s = state
    // Progress from the background is not the user's doing: it keeps the message.
    if !action.isFromBackground { s.message = nil }
    s.redrawRequested = false
    s.apply(action)
    s.normalize()
    return s
}

extension ReaderState {
    var sourceView: SourceView {
        let l = layout
        let h = l.mode == .tooSmall ? max(1, height - 3) : l.innerHeight(.source)
        return SourceView(index: doc.index, width: l.mode == .tooSmall ? max(1, width - 3) : l.sourceTextWidth, height: h)
    }

    mutating func apply(_ action: Action) {
        if case .sentence(var info)? = overlay {
            switch action {
            case .moveDown: info.selected = min(info.selected + 1, max(0, info.items.count - 1)); overlay = .sentence(info); return
            case .moveUp: info.selected = max(0, info.selected - 1); overlay = .sentence(info); return
            case .activate:
                overlay = nil
                if info.selected < info.items.count { jump(to: info.items[info.selected], from: info.sentence) }
                return
            case .back, .toggleHelp, .click: overlay = nil; return
            case .quit, .resize, .redraw, .analysisProgress, .analysisDone, .searchContinue: break
            default: return
            }
        }
        if case .help(let top)? = overlay {
            switch action {
            case .moveDown: overlay = .help(top: min(top + 1, max(0, KeyMap.bindings.count + 4 - 1))); return
            case .moveUp: overlay = .help(top: max(0, top - 1)); return
            case .back, .toggleHelp, .click: overlay = nil; return
            case .quit, .resize, .redraw, .analysisProgress, .analysisDone, .searchContinue: break
            default: return
            }
        }
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: page(by: pageSize)
        case .pageUp: page(by: -pageSize)
        case .halfPageDown: page(by: max(1, pageSize / 2))
        case .halfPageUp: page(by: -max(1, pageSize / 2))
        case .top: toEnd(first: true)
        case .bottom: toEnd(first: false)
        case .nextPane: focus(Pane(rawValue: (doc.focus.rawValue + 1) % 4)!)
        case .previousPane: focus(Pane(rawValue: (doc.focus.rawValue + 3) % 4)!)
        case .focus(let p): focus(p)
        case .activate: activate()
        case .back: back()
        case .nextOccurrence: step(1)
        case .previousOccurrence: step(-1)
        case .toggleFilter: toggleFilter()
        case .startSearch: startSearch()
        case .searchInput(let c): editSearch(doc.search.map { $0.query + String(c) } ?? String(c))
        case .searchDeleteBackward:
            var q = doc.search?.query ?? ""
            if !q.isEmpty { q.removeLast() }
            editSearch(q)
        case .searchCommit: commitSearch()
        case .toggleHelp: overlay = .help(top: 0)
        case .nextDocument: switchDocument(by: 1)
        case .previousDocument: switchDocument(by: -1)
        case .redraw: redrawRequested = true
        case .quit: shouldQuit = true
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            revealCursor(center: false)
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let x, let y, let n): wheel(x: x, y: y, lines: n)
        case .analysisProgress(let i, let p): if docs.indices.contains(i) { docs[i].analysis = p }
        case .analysisDone(let i, let analysed): finishAnalysis(i, analysed)
        case .searchContinue: searchStep()
        }
    }

    var pageSize: Int {
        let p = doc.focus
        return max(1, (p.isList ? listHeight(p) : sourceView.height) - 1)
    }

    // MARK: moving

    mutating func move(by n: Int) {
        let p = doc.focus
        if p.isList {
            let c = doc.count(p)
            guard c > 0 else { return }
            doc.lists[p.rawValue].selected = max(0, min(c - 1, doc.lists[p.rawValue].selected + n))
        } else if doc.briefing.sentences.isEmpty {
            // No sentences yet (the analysis is running) or none at all: move by rows.
            scrollSource(by: n)
        } else {
            doc.cursor = max(0, min(doc.briefing.sentences.count - 1, doc.cursor + n))
            revealCursor(center: false)
        }
    }

    mutating func page(by n: Int) {
        let p = doc.focus
        if p.isList {
            let c = doc.count(p)
            guard c > 0 else { return }
            var l = doc.lists[p.rawValue]
            l.selected = max(0, min(c - 1, l.selected + n))
            l.top = max(0, min(max(0, c - listHeight(p)), l.top + n))
            doc.lists[p.rawValue] = l
        } else {
            scrollSource(by: n)
        }
    }

    mutating func scrollSource(by n: Int) {
        let v = sourceView
        let top = v.advance(v.position(of: doc.sourceTop), by: n)
        doc.sourceTop = v.clampTop(v.offset(of: top))
        // Keep the cursor on screen.
        guard !doc.briefing.sentences.isEmpty else { return }
        let range = v.visibleRange(top: doc.sourceTop)
        let span = doc.briefing.sentences[doc.cursor].span
        if span.end <= range.lowerBound || span.start >= range.upperBound {
            let first = doc.sentence(atOrAfter: range.lowerBound)
            let firstStart = doc.briefing.sentences[first].span.start
            if n > 0 || firstStart >= range.upperBound {
                doc.cursor = first
            } else {
                doc.cursor = max(first, doc.sentence(atOrAfter: max(range.lowerBound, range.upperBound - 1)))
                if doc.briefing.sentences[doc.cursor].span.start >= range.upperBound { doc.cursor = first }
            }
        }
    }

    mutating func toEnd(first: Bool) {
        let p = doc.focus
        if p.isList {
            let c = doc.count(p)
            doc.lists[p.rawValue].selected = first ? 0 : max(0, c - 1)
        } else {
            doc.cursor = first ? 0 : max(0, doc.briefing.sentences.count - 1)
            if first {
                doc.sourceTop = 0
            } else {
                let v = sourceView
                doc.sourceTop = v.offset(of: v.maxTop)
            }
            revealCursor(center: false)
        }
    }

    mutating func focus(_ p: Pane) {
        doc.focus = p
        if p.isList { doc.lastList = p }
    }

    /// Scrolls Source so the highlighted sentence, or else the cursor sentence, shows.
    mutating func revealCursor(center: Bool) {
        guard !doc.briefing.sentences.isEmpty, layout.mode != .tooSmall else { return }
        let sentence = doc.briefing.sentences[min(doc.cursor, doc.briefing.sentences.count - 1)]
        doc.sourceTop = sourceView.reveal(sentence.span.start, sentence.span.end, top: doc.sourceTop, center: center)
    }

    // MARK: jumps

    /// The sentences an item of a list leads to, with the spans that led there.
    func occurrences(_ pane: Pane, _ item: Int) -> [Occurrence] {
        let b = doc.briefing
        switch pane {
        case .actors:
            var result: [Occurrence] = []
            for m in b.actors[item].mentions {
                if let last = result.last, last.sentence == m.sentence {
                    result[result.count - 1].spans.append(m.span)
                } else {
                    result.append(Occurrence(sentence: m.sentence, spans: [m.span]))
                }
            }
            return result.filter { $0.sentence >= 0 && $0.sentence < b.sentences.count }
        case .timeline:
            let e = b.timeline[item]
            guard e.sentence >= 0 && e.sentence < b.sentences.count else { return [] }
            let spans = e.time.flatMap { $0 >= 0 && $0 < b.times.count ? [b.times[$0].span] : nil } ?? []
            return [Occurrence(sentence: e.sentence, spans: spans)]
        case .topics:
            let t = b.topics[item]
            return t.sentences.filter { $0 >= 0 && $0 < b.sentences.count }.map {
                Occurrence(sentence: $0, spans: keywordSpans(t.keywords, in: b.sentences[$0].span))
            }
        case .source:
            return []
        }
    }

    /// Whole-word, case-insensitive places of keywords inside a span.
    func keywordSpans(_ keywords: [String], in span: TextSpan) -> [TextSpan] {
        let index = doc.index
        let count = doc.briefing.source.count
        var spans: [TextSpan] = []
        for k in keywords {
            let q = k.unicodeScalars.map(SourceIndex.fold)
            guard !q.isEmpty, span.length >= q.count else { continue }
            var i = span.start
            while i + q.count <= span.end {
                if (0..<q.count).allSatisfy({ index.folded(at: i + $0) == q[$0] }) {
                    let before = i == span.start || !index.folded(at: i - 1).properties.isAlphabetic
                    let after = i + q.count >= count || !index.folded(at: i + q.count).properties.isAlphabetic
                    if before && after { spans.append(TextSpan(i, i + q.count)) }
                    i += q.count
                } else {
                    i += 1
                }
            }
        }
        return spans.sorted()
    }

    mutating func pushJump() {
        doc.jumps.append(doc.snapshot)
        if doc.jumps.count > 100 { doc.jumps.removeFirst() }
    }

    mutating func show(_ o: Occurrence) {
        doc.highlight = Highlight(sentence: o.sentence, spans: o.spans)
        doc.cursor = o.sentence
        revealCursor(center: true)
    }

    mutating func activate() {
        let p = doc.focus
        if p == .source {
            openSentenceInfo()
            return
        }
        guard let item = doc.selectedItem(p) else {
            message = "nothing to jump to: the \(p.title) pane is empty"
            return
        }
        if let c = doc.context, c.pane == p, c.item == item, doc.highlight != nil {
            step(1)
            return
        }
        let occ = occurrences(p, item)
        guard !occ.isEmpty else {
            message = "this item has no sentence in the text"
            return
        }
        pushJump()
        doc.search = nil
        doc.context = JumpContext(pane: p, item: item, occurrences: occ, index: 0)
        show(occ[0])
        message = occ.count > 1 ? "sentence 1 of \(occ.count) · Enter or n: next · N: previous · Esc: back" : nil
    }

    /// n/N: the next search match, or the next sentence of the item jumped to.
    mutating func step(_ d: Int) {
        if let search = doc.search, !search.matches.isEmpty {
            let n = search.matches.count
            var i = search.current.map { ($0 + d + n) % n } ?? (d > 0 ? 0 : n - 1)
            if n == 1 { i = 0 }
            doc.search?.current = i
            let m = search.matches[i]
            doc.cursor = doc.sentence(atOrAfter: m.start)
            doc.sourceTop = sourceView.reveal(m.start, m.end, top: doc.sourceTop, center: true)
            message = "match \(i + 1) of \(n) for \"\(search.query)\""
            return
        }
        guard var c = doc.context else {
            message = "nothing to step through: press Enter on an item or search with /"
            return
        }
        let n = c.occurrences.count
        guard n > 1 else {
            message = "only one sentence for this item"
            show(c.occurrences[c.index])
            return
        }
        pushJump()
        let wrapped = (d > 0 && c.index == n - 1) || (d < 0 && c.index == 0)
        c.index = (c.index + d + n) % n
        doc.context = c
        show(c.occurrences[c.index])
        message = "sentence \(c.index + 1) of \(n)" + (wrapped ? " (wrapped)" : "")
    }

    mutating func back() {
        if doc.searchEditing {
            if let o = doc.searchOrigin { doc.restore(o) }
            doc.searchEditing = false
            doc.searchOrigin = nil
            doc.search = nil
            return
        }
        if let last = doc.jumps.popLast() {
            doc.restore(last)
            return
        }
        if doc.search != nil {
            doc.search = nil
            return
        }
        if doc.highlight != nil || doc.context != nil {
            doc.highlight = nil
            doc.context = nil
            return
        }
        message = "nothing to go back to"
    }

    mutating func openSentenceInfo() {
        let b = doc.briefing
        guard doc.cursor < b.sentences.count else { return }
        let s = doc.cursor
        let items = doc.index.sentenceItems
        var list: [SentenceInfo.Item] = []
        for a in items.actors[s] {
            list.append(.init(kind: .actor, index: a, label: "\(b.actors[a].name) (\(b.actors[a].kind.rawValue))"))
        }
        for t in items.times[s] {
            let time = b.times[t]
            list.append(.init(kind: .time, index: t, label: "\(b.source.slice(time.span)) = \(time.value ?? "unresolved")"))
        }
        for e in items.timeline[s] {
            list.append(.init(kind: .timeline, index: e, label: "#\(b.timeline[e].order + 1) \(b.timeline[e].summary)"))
        }
        for t in items.topics[s] {
            list.append(.init(kind: .topic, index: t, label: b.topics[t].label))
        }
        overlay = .sentence(SentenceInfo(sentence: s, items: list, selected: 0))
    }

    /// From the sentence overlay: go to an item in its pane, at this sentence.
    mutating func jump(to item: SentenceInfo.Item, from sentence: Int) {
        let b = doc.briefing
        let pane: Pane
        var model = item.index
        switch item.kind {
        case .actor: pane = .actors
        case .topic: pane = .topics
        case .timeline: pane = .timeline
        case .time:
            if let e = b.timeline.firstIndex(where: { $0.time == item.index }) {
                pane = .timeline
                model = e
            } else {
                pushJump()
                doc.highlight = Highlight(sentence: sentence, spans: [b.times[item.index].span])
                message = "this time has no timeline entry"
                return
            }
        }
        pushJump()
        if !doc.visible[pane.rawValue].contains(model) {
            doc.filter = nil
            recomputeVisible()
        }
        focus(pane)
        if let pos = doc.visible[pane.rawValue].firstIndex(of: model) {
            doc.lists[pane.rawValue].selected = pos
        }
        let occ = occurrences(pane, model)
        guard !occ.isEmpty else { return }
        let i = occ.firstIndex(where: { $0.sentence == sentence }) ?? 0
        doc.search = nil
        doc.context = JumpContext(pane: pane, item: model, occurrences: occ, index: i)
        show(occ[i])
    }

    // MARK: filter

    mutating func toggleFilter() {
        if doc.filter != nil {
            doc.filter = nil
            recomputeVisible()
            message = "filter cleared"
            return
        }
        let p = doc.focus
        guard p.isList else {
            message = "f filters by the selected actor, timeline entry or topic: use it in a list pane"
            return
        }
        guard let item = doc.selectedItem(p) else {
            message = "nothing selected to filter by"
            return
        }
        switch p {
        case .actors: doc.filter = .actor(item)
        case .timeline: doc.filter = .timeline(item)
        case .topics: doc.filter = .topic(item)
        case .source: return
        }
        recomputeVisible()
    }

    mutating func recomputeVisible() {
        let b = doc.briefing
        let selectedModel = (0..<3).map { doc.selectedItem(Pane(rawValue: $0)!) }
        var visible = [Array(b.actors.indices), doc.timelineOrder, Array(b.topics.indices)]
        if let f = doc.filter {
            let sentences: Set<Int>
            var actorIDs: Set<String> = []
            switch f {
            case .actor(let a):
                sentences = Set(b.actors[a].mentions.map(\.sentence))
                actorIDs = [b.actors[a].id]
            case .timeline(let e):
                sentences = [b.timeline[e].sentence]
                actorIDs = Set(b.timeline[e].actors)
            case .topic(let t):
                sentences = Set(b.topics[t].sentences)
            }
            if f.pane != .actors {
                visible[0] = b.actors.indices.filter { i in
                    actorIDs.contains(b.actors[i].id) || b.actors[i].mentions.contains { sentences.contains($0.sentence) }
                }
            }
            if f.pane != .timeline {
                visible[1] = doc.timelineOrder.filter { i in
                    sentences.contains(b.timeline[i].sentence) || b.timeline[i].hasActor(in: actorIDs)
                }
            }
            if f.pane != .topics {
                visible[2] = b.topics.indices.filter { i in b.topics[i].sentences.contains { sentences.contains($0) } }
            }
        }
        doc.visible = visible
        for p in 0..<3 {
            if let m = selectedModel[p], let pos = visible[p].firstIndex(of: m) {
                doc.lists[p].selected = pos
            } else if selectedModel[p] != nil || doc.lists[p].selected >= visible[p].count {
                doc.lists[p] = ListCursor()
            }
        }
    }

    /// A label of the active filter, for the status bar.
    public var filterLabel: String? {
        guard let f = doc.filter else { return nil }
        let b = doc.briefing
        switch f {
        case .actor(let a): return "actor \(b.actors[a].name)"
        case .timeline(let e): return "timeline #\(b.timeline[e].order + 1)"
        case .topic(let t): return "topic \(b.topics[t].label)"
        }
    }

    // MARK: search

    mutating func startSearch() {
        doc.searchOrigin = doc.snapshot
        doc.searchEditing = true
        doc.search = SearchResult(query: "", matches: [], current: nil)
        doc.context = nil
    }

    mutating func editSearch(_ query: String) {
        guard doc.searchEditing else { return }
        if let o = doc.searchOrigin {
            let search = doc.search
            doc.restore(o)
            doc.search = search
        }
        let from = doc.briefing.sentences.isEmpty ? doc.sourceTop : doc.briefing.sentences[doc.cursor].span.start
        if let previous = doc.search, !previous.query.isEmpty, query.hasPrefix(previous.query),
           previous.matches.count < SourceIndex.matchLimit {
            // Typing on: non-overlapping matches of the longer query start where the shorter
            // matched; the part of the text not yet searched is searched for the longer one.
            doc.search = SearchResult(query: query, matches: doc.index.narrow(previous.matches, to: query), current: nil,
                                      next: previous.next, done: previous.done, from: from)
        } else {
            doc.search = SearchResult(query: query, matches: [], current: nil, next: 0, done: query.isEmpty, from: from)
        }
        searchStep()
    }

    /// Searches one more step of the text, then makes the first match at or after where
    /// the user was current (the first of all once the whole text is searched).
    mutating func searchStep() {
        guard var search = doc.search else { return }
        if !search.done {
            let found = doc.index.find(search.query, from: search.next, step: searchStepSize,
                                       limit: SourceIndex.matchLimit - search.matches.count)
            search.matches += found.matches
            search.next = found.next
            search.done = found.next >= doc.briefing.source.count
        }
        if search.current == nil, !search.matches.isEmpty,
           let i = search.matches.firstIndex(where: { $0.start >= search.from }) ?? (search.done ? 0 : nil) {
            search.current = i
            let m = search.matches[i]
            doc.cursor = doc.sentence(atOrAfter: m.start)
            doc.sourceTop = sourceView.reveal(m.start, m.end, top: doc.sourceTop, center: true)
        }
        doc.search = search
    }

    mutating func commitSearch() {
        guard doc.searchEditing else { return }
        doc.searchEditing = false
        let origin = doc.searchOrigin
        doc.searchOrigin = nil
        guard let search = doc.search, !search.query.isEmpty else {
            doc.search = nil
            return
        }
        guard !search.matches.isEmpty || !search.done else {
            doc.search = nil
            message = "no match for \"\(search.query)\""
            return
        }
        if let origin {
            doc.jumps.append(origin)
        }
        focus(.source)
        message = search.matches.isEmpty ? "searching for \"\(search.query)\"…"
            : "match \((search.current ?? 0) + 1) of \(search.matches.count)\(search.done ? "" : " so far") for \"\(search.query)\" · n/N: next/previous · Esc: back"
    }

    // MARK: documents

    mutating func switchDocument(by d: Int) {
        guard docs.count > 1 else {
            message = "only one file is open"
            return
        }
        current = (current + d + docs.count) % docs.count
        overlay = nil
        message = "file \(current + 1) of \(docs.count): \(doc.name)"
    }

    // MARK: mouse

    mutating func click(x: Int, y: Int) {
        let l = layout
        guard l.mode != .tooSmall else { return }
        for tab in l.tabs where y == l.panes[l.shownList]!.y && x >= tab.x && x < tab.x + tab.width {
            focus(tab.pane)
            return
        }
        for (pane, rect) in l.panes where rect.contains(x: x, y: y) {
            focus(pane)
            let inner = rect.inner
            guard inner.contains(x: x, y: y) else { return }
            if pane.isList {
                let row = doc.lists[pane.rawValue].top + (y - inner.y)
                if row < doc.count(pane) { doc.lists[pane.rawValue].selected = row }
            } else if !doc.briefing.sentences.isEmpty {
                let v = sourceView
                let p = v.advance(v.position(of: doc.sourceTop), by: y - inner.y)
                let start = v.offset(of: p)
                let end = v.rowEnd(p)
                var offset = start
                var col = inner.x + 1
                var view = String.UnicodeScalarView()
                view.append(contentsOf: doc.briefing.source.scalars[start..<end])
                for ch in String(view) {
                    let w = Glyph.of(ch).width
                    if col + w > x { break }
                    col += w
                    offset += ch.unicodeScalars.count
                }
                doc.cursor = doc.sentence(atOrAfter: offset)
            }
            return
        }
    }

    mutating func wheel(x: Int, y: Int, lines: Int) {
        let l = layout
        guard l.mode != .tooSmall else { return }
        for (pane, rect) in l.panes where rect.contains(x: x, y: y) {
            if pane.isList {
                let c = doc.count(pane)
                let h = listHeight(pane)
                var lc = doc.lists[pane.rawValue]
                lc.top = max(0, min(max(0, c - h), lc.top + lines))
                lc.selected = max(lc.top, min(lc.selected, lc.top + h - 1))
                lc.selected = max(0, min(lc.selected, c - 1))
                doc.lists[pane.rawValue] = lc
            } else {
                scrollSource(by: lines)
            }
            return
        }
    }

    // MARK: background analysis

    /// The panes fill in; where the user is in the text (the top row, a search) stays.
    mutating func finishAnalysis(_ i: Int, _ analysed: AnalysedBriefing) {
        guard docs.indices.contains(i) else { return }
        let old = docs[i]
        var d = DocState(name: old.name, briefing: analysed.briefing, reusing: old.index, sentenceItems: analysed.sentenceItems)
        d.focus = old.focus
        d.lastList = old.lastList
        d.sourceTop = old.sourceTop
        d.cursor = d.sentence(atOrAfter: old.sourceTop)
        d.search = old.search
        d.searchEditing = old.searchEditing
        d.searchOrigin = old.searchOrigin
        d.jumps = old.jumps
        docs[i] = d
    }

    // MARK: invariants

    /// Keeps every selection in range and in view after any action.
    mutating func normalize() {
        for p in [Pane.actors, .timeline, .topics] {
            var l = doc.lists[p.rawValue]
            let c = doc.count(p)
            let h = max(1, listHeight(p))
            l.selected = max(0, min(l.selected, c - 1))
            if l.selected < l.top { l.top = l.selected }
            if l.selected >= l.top + h { l.top = l.selected - h + 1 }
            l.top = max(0, min(l.top, max(0, c - h)))
            doc.lists[p.rawValue] = l
        }
        let n = doc.briefing.sentences.count
        doc.cursor = max(0, min(doc.cursor, n - 1))
        doc.sourceTop = max(0, min(doc.sourceTop, doc.briefing.source.count))
    }
}
