import BriefingCore

/// Renders the reader's state into a grid of cells: pure, no terminal involved.
///
/// Every pane draws only the rows it shows, so a frame costs in proportion to the
/// screen, whatever the size of the document.
public enum Renderer {
    public static func render(_ state: ReaderState) -> CellGrid {
        var g = CellGrid(width: state.width, height: state.height)
        guard g.width > 0, g.height > 0 else { return g }
        let l = state.layout
        if l.mode == .tooSmall {
            tooSmall(&g)
            return g
        }
        titleBar(&g, state, l)
        for (pane, rect) in l.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            box(&g, rect, focused: state.doc.focus == pane)
            paneTitle(&g, state, l, pane, rect)
            if pane.isList {
                list(&g, state, pane, rect.inner)
            } else {
                source(&g, state, rect.inner, l.sourceTextWidth)
            }
        }
        statusBars(&g, state, l)
        switch state.overlay {
        case .help(let top)?: help(&g, top: top)
        case .sentence(let info)?: sentenceOverlay(&g, state, info)
        case nil: break
        }
        return g
    }

    // MARK: frame

    static func tooSmall(_ g: inout CellGrid) {
        let text = "terminal too small (need \(Layout.minimumWidth)×\(Layout.minimumHeight))"
        // Wrapped into the space there is, centred vertically.
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if Glyph.width(candidate) > g.width && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        lines.append(current)
        let y0 = max(0, (g.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where y0 + i < g.height {
            let x = max(0, (g.width - Glyph.width(line)) / 2)
            g.write(line, x: x, y: y0 + i, role: .error)
        }
    }

    static func box(_ g: inout CellGrid, _ r: Rect, focused: Bool) {
        guard r.width >= 2, r.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        let h = focused ? "━" : "─"
        let v = focused ? "┃" : "│"
        for x in (r.x + 1)..<(r.maxX - 1) {
            g.put(h, width: 1, x: x, y: r.y, role: role)
            g.put(h, width: 1, x: x, y: r.maxY - 1, role: role)
        }
        for y in (r.y + 1)..<(r.maxY - 1) {
            g.put(v, width: 1, x: r.x, y: y, role: role)
            g.put(v, width: 1, x: r.maxX - 1, y: y, role: role)
        }
        g.put(focused ? "┏" : "┌", width: 1, x: r.x, y: r.y, role: role)
        g.put(focused ? "┓" : "┐", width: 1, x: r.maxX - 1, y: r.y, role: role)
        g.put(focused ? "┗" : "└", width: 1, x: r.x, y: r.maxY - 1, role: role)
        g.put(focused ? "┛" : "┘", width: 1, x: r.maxX - 1, y: r.maxY - 1, role: role)
    }

    static func titleBar(_ g: inout CellGrid, _ s: ReaderState, _ l: Layout) {
        g.fill(l.titleBar, role: .titleBar)
        let b = s.doc.briefing
        var parts = [b.title.map { String($0) } ?? s.doc.name]
        if let d = b.date { parts.append(d.description) }
        if s.doc.analysis != nil {
            parts.append("analysing…")
        } else {
            parts.append(count(b.sentences.count, "sentence"))
            parts.append(count(b.actors.count, "actor"))
            parts.append(count(b.topics.count, "topic"))
        }
        var right = ""
        if s.docs.count > 1 { right = "[ file \(s.current + 1)/\(s.docs.count): \(s.doc.name) ]  [ ] switch " }
        let rightWidth = Glyph.width(right)
        let room = max(0, g.width - rightWidth - 1)
        let title = parts[0]
        let meta = " · " + parts.dropFirst().joined(separator: " · ")
        let titleRoom = max(8, room - Glyph.width(meta) - 1)
        let left = " " + Glyph.truncate(title, to: titleRoom) + meta
        g.write(Glyph.truncate(left, to: room), x: 0, y: 0, role: .titleBar)
        if !right.isEmpty { g.write(right, x: max(0, g.width - rightWidth), y: 0, role: .titleBar) }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func paneTitle(_ g: inout CellGrid, _ s: ReaderState, _ l: Layout, _ pane: Pane, _ r: Rect) {
        let focused = s.doc.focus == pane
        if l.mode == .tabbed && pane.isList {
            for tab in l.tabs {
                let active = tab.pane == pane
                let label = Layout.tabLabel(tab.pane)
                g.write(label, x: tab.x, y: r.y, role: active ? (focused ? .paneTitleFocused : .paneTitle) : .dim, limit: r.maxX - 1)
            }
            return
        }
        var title = " \(pane.rawValue + 1) \(pane.title) "
        if pane.isList {
            title += listCountLabel(s, pane) + " "
        } else {
            let n = s.doc.briefing.sentences.count
            if n > 0 { title += "· sentence \(s.doc.cursor + 1)/\(n) " }
        }
        g.write(title, x: r.x + 2, y: r.y, role: focused ? .paneTitleFocused : .paneTitle, limit: r.maxX - 1)
    }

    static func listCountLabel(_ s: ReaderState, _ pane: Pane) -> String {
        let shown = s.doc.count(pane)
        let all = [s.doc.briefing.actors.count, s.doc.briefing.timeline.count, s.doc.briefing.topics.count][pane.rawValue]
        return shown == all ? "\(all)" : "\(shown)/\(all)"
    }

    // MARK: lists

    static func emptyText(_ s: ReaderState, _ pane: Pane) -> String {
        if s.doc.analysis != nil { return "analysing… this fills in when it is done" }
        let all = [s.doc.briefing.actors.count, s.doc.briefing.timeline.count, s.doc.briefing.topics.count][pane.rawValue]
        if all > 0 { return "nothing here matches the filter (f clears it)" }
        switch pane {
        case .actors: return "no actors found"
        case .timeline: return "no timeline entries found"
        case .topics: return "no topics found"
        case .source: return "the text is empty"
        }
    }

    static func list(_ g: inout CellGrid, _ s: ReaderState, _ pane: Pane, _ r: Rect) {
        guard r.width > 0, r.height > 0 else { return }
        let d = s.doc
        let visible = d.visible[pane.rawValue]
        if visible.isEmpty {
            g.write(" " + emptyText(s, pane), x: r.x, y: r.y, role: .empty, limit: r.maxX)
            return
        }
        let cursor = d.lists[pane.rawValue]
        let focused = d.focus == pane
        for row in 0..<r.height {
            let i = cursor.top + row
            guard i < visible.count else { break }
            let y = r.y + row
            let (left, right) = rowSegments(d.briefing, pane, visible[i])
            let selected = i == cursor.selected
            let selRole: Role = focused ? .selected : .selectedUnfocused
            if selected { g.fill(Rect(x: r.x, y: y, width: r.width, height: 1), role: selRole) }
            let rightWidth = right.reduce(0) { $0 + Glyph.width($1.0) }
            let leftLimit = r.maxX - (rightWidth > 0 && rightWidth + 12 <= r.width ? rightWidth + 1 : 0)
            var x = r.x
            for (text, role) in left {
                x = g.write(text, x: x, y: y, role: selected ? selRole : role, limit: leftLimit)
            }
            if rightWidth > 0 && rightWidth + 12 <= r.width {
                var rx = r.maxX - rightWidth
                for (text, role) in right {
                    rx = g.write(text, x: rx, y: y, role: selected ? selRole : role, limit: r.maxX)
                }
            }
            if x >= leftLimit && leftLimit > r.x {
                // Mark text that was cut.
                g.put("…", width: 1, x: leftLimit - 1, y: y, role: selected ? selRole : .dim)
            }
        }
    }

    static func kindRole(_ k: ActorKind) -> Role {
        switch k {
        case .person: .person
        case .organization: .organization
        case .place: .place
        }
    }

    static func kindShort(_ k: ActorKind) -> String {
        switch k {
        case .person: "person"
        case .organization: "org"
        case .place: "place"
        }
    }

    /// Past, present or future without colour: ◂ ● ▸.
    static func relationMark(_ r: TemporalRelation?) -> String {
        switch r {
        case .past?: "◂"
        case .present?: "●"
        case .future?: "▸"
        case nil: " "
        }
    }

    static func relationRole(_ r: TemporalRelation?) -> Role {
        switch r {
        case .past?: .past
        case .present?: .present
        case .future?: .future
        case nil: .time
        }
    }

    /// A list row as coloured pieces: left part (cut to fit) and right part (kept whole).
    static func rowSegments(_ b: Briefing, _ pane: Pane, _ i: Int) -> ([(String, Role)], [(String, Role)]) {
        switch pane {
        case .actors:
            let a = b.actors[i]
            let role = a.roles.first.map { [("  " + $0, Role.dim)] } ?? []
            return ([(" " + a.name, kindRole(a.kind))] + role, [(kindShort(a.kind) + " " + String(a.mentions.count) + " ", .dim)])
        case .timeline:
            let e = b.timeline[i]
            var when = Glyph.truncate(b.timelineColumn(e), to: 10)
            when += String(repeating: " ", count: max(0, 10 - Glyph.width(when)))
            // Rows come story by story; with several stories each row says which.
            let story = b.stories.count > 1 && e.sentence < b.sentences.count
                ? [(" " + String(b.sentences[e.sentence].story + 1), Role.dim)] : []
            return (story + [(" " + when + " " + relationMark(e.relation) + " ", relationRole(e.relation)), (e.summary, .text)], [])
        case .topics:
            let t = b.topics[i]
            // A mined phrase is its own keyword: show it once.
            let isOwnKeyword = t.keywords.count == 1 && t.keywords[0].caseInsensitiveCompare(t.label) == .orderedSame
            let keywords = isOwnKeyword ? [] : t.keywords
            return ([(" " + t.label, .topic), ("  " + keywords.joined(separator: ", "), .keyword)],
                    [(weightBar(t.weight) + " ", .dim)])
        case .source:
            return ([], [])
        }
    }

    /// A weight in 0…1 as a bar of five cells, in eighths: 0.25 → "█▎░░░".
    static func weightBar(_ weight: Double, cells: Int = 5) -> String {
        let eighths = Int((min(max(weight, 0), 1) * Double(cells * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let full = eighths / 8
        let track = cells - full - (partial.isEmpty ? 0 : 1)
        return String(repeating: "█", count: full) + partial + String(repeating: "░", count: track)
    }

    static func format2(_ x: Double) -> String {
        let v = Int((x * 100).rounded())
        let whole = v / 100
        let frac = v % 100
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    // MARK: source

    static func source(_ g: inout CellGrid, _ s: ReaderState, _ r: Rect, _ textWidth: Int) {
        guard r.width > 0, r.height > 0 else { return }
        let d = s.doc
        let b = d.briefing
        if b.source.count == 0 {
            g.write(" the text is empty", x: r.x, y: r.y, role: .empty, limit: r.maxX)
            return
        }
        let view = SourceView(index: d.index, width: textWidth, height: r.height)
        var p = view.position(of: d.sourceTop)
        let firstLine = p.line
        let cursorSpan: TextSpan? = d.focus == .source && d.cursor < b.sentences.count ? b.sentences[d.cursor].span : nil
        let highlight = d.highlight.flatMap { h -> (TextSpan, [TextSpan])? in
            h.sentence < b.sentences.count ? (b.sentences[h.sentence].span, h.spans) : nil
        }
        let matches = d.search?.matches ?? []
        let current = d.search?.current.flatMap { $0 < matches.count ? matches[$0] : nil }
        for row in 0..<r.height {
            let start = view.offset(of: p)
            let end = view.rowEnd(p)
            // Matches that touch this row, found by binary search.
            var rowMatches: [TextSpan] = []
            if !matches.isEmpty {
                var low = 0
                var high = matches.count
                while low < high {
                    let mid = (low + high) / 2
                    if matches[mid].end <= start { low = mid + 1 } else { high = mid }
                }
                while low < matches.count && matches[low].start < end {
                    rowMatches.append(matches[low])
                    low += 1
                }
            }
            var x = r.x + 1
            var offset = start
            var text = String.UnicodeScalarView()
            text.append(contentsOf: b.source.scalars[start..<end])
            let limit = x + textWidth
            // The gutter: ▌ beside the highlighted sentence, › beside the cursor sentence.
            if let h = highlight, h.0.overlaps(TextSpan(start, max(end, start + 1))) {
                g.put("▌", width: 1, x: r.x, y: r.y + row, role: .mention)
            } else if let c = cursorSpan, c.overlaps(TextSpan(start, max(end, start + 1))) {
                g.put("›", width: 1, x: r.x, y: r.y + row, role: .cursor)
            }
            for ch in String(text) {
                let n = ch.unicodeScalars.count
                defer { offset += n }
                let glyph = Glyph.of(ch)
                if glyph.width == 0 { continue }
                if x + glyph.width > limit { break }
                var role = Role.text
                if let c = current, c.contains(offset) {
                    role = .searchCurrent
                } else if rowMatches.contains(where: { $0.contains(offset) }) {
                    role = .searchMatch
                } else if let h = highlight, h.1.contains(where: { $0.contains(offset) }) {
                    role = .mention
                } else if let h = highlight, h.0.contains(offset) {
                    role = .sentence
                } else if let c = cursorSpan, c.contains(offset) {
                    role = .cursor
                }
                x = g.put(glyph.text, width: glyph.width, x: x, y: r.y + row, role: role)
            }
            let next = view.advance(p, by: 1)
            if next == p { break }
            p = next
        }
        // A scroll mark in the last column: where the top line is in the text.
        if r.width > textWidth + 1 && d.index.lineCount > 1 && r.height > 1 {
            let y = r.y + firstLine * (r.height - 1) / (d.index.lineCount - 1)
            g.put("▐", width: 1, x: r.x + textWidth + 1, y: min(r.maxY - 1, y), role: .dim)
        }
    }

    // MARK: status

    static func statusBars(_ g: inout CellGrid, _ s: ReaderState, _ l: Layout) {
        g.fill(l.detailBar, role: .detail)
        g.fill(l.keyBar, role: .statusBar)
        let d = s.doc
        if d.searchEditing, let search = d.search {
            var found = search.query.isEmpty ? "type to search, Enter keeps, Esc cancels"
                : search.matches.isEmpty && search.done ? "no match" : count(search.matches.count, "match").replacingOccurrences(of: "matchs", with: "matches")
            if !search.done { found += " so far · searching \(searchedPercent(s, search))%" }
            let x = g.write("/" + search.query, x: 0, y: l.detailBar.y, role: .statusKey)
            g.put("█", width: 1, x: x, y: l.detailBar.y, role: .statusKey)
            g.write("  " + found, x: x + 1, y: l.detailBar.y, role: .detail)
        } else if let m = s.message {
            g.write(" " + m, x: 0, y: l.detailBar.y, role: .detail)
        } else {
            g.write(" " + detail(s), x: 0, y: l.detailBar.y, role: .detail)
        }
        var x = 0
        for hint in KeyMap.hints(for: d.focus) {
            let parts = hint.split(separator: " ", maxSplits: 1)
            x = g.write(" " + parts[0], x: x, y: l.keyBar.y, role: .statusKey)
            if parts.count > 1 { x = g.write(" " + parts[1], x: x, y: l.keyBar.y, role: .statusBar) }
            x += 1
        }
        var right: [(String, Role)] = []
        if let a = d.analysis { right.append((a.label + " ", .filter)) }
        if let f = s.filterLabel { right.append(("filter: " + f + " ", .filter)) }
        if let search = d.search, !d.searchEditing, !search.matches.isEmpty || !search.done {
            let at = search.current.map { "\($0 + 1)" } ?? "-"
            let more = search.done ? "" : " searching \(searchedPercent(s, search))%"
            right.append(("/" + search.query + " \(at)/\(search.matches.count)" + more + " ", .filter))
        }
        let rightWidth = right.reduce(0) { $0 + Glyph.width($1.0) + 1 }
        if rightWidth > 0 {
            var rx = max(x, g.width - rightWidth)
            if rx + rightWidth > g.width { rx = g.width - rightWidth }
            rx = max(0, rx)
            for (text, role) in right { rx = g.write(" " + text, x: rx, y: l.keyBar.y, role: role) }
        }
    }

    static func searchedPercent(_ s: ReaderState, _ search: SearchResult) -> Int {
        search.next * 100 / max(1, s.doc.briefing.source.count)
    }

    static func detail(_ s: ReaderState) -> String {
        let d = s.doc
        let b = d.briefing
        switch d.focus {
        case .actors:
            guard let i = d.selectedItem(.actors) else { return emptyText(s, .actors) }
            let a = b.actors[i]
            var parts = [a.name, a.kind.rawValue]
            if !a.roles.isEmpty { parts.append(a.roles.joined(separator: ", ")) }
            if let aff = a.affiliation {
                parts.append("affiliation: " + (b.actors.first { $0.id == aff }?.name ?? aff))
            }
            parts.append(count(a.mentions.count, "mention"))
            return parts.joined(separator: " · ")
        case .timeline:
            guard let i = d.selectedItem(.timeline) else { return emptyText(s, .timeline) }
            let e = b.timeline[i]
            var parts = ["#\(e.order + 1)", e.relation?.rawValue ?? "relation unknown"]
            if let t = e.time, t >= 0, t < b.times.count {
                parts.append("\"\(b.source.slice(b.times[t].span))\" = \(b.times[t].value ?? "unresolved")")
            } else {
                parts.append("no date")
            }
            parts.append("sentence \(e.sentence + 1)")
            if !e.actors.isEmpty {
                let names = e.actors.map { id in b.actors.first { $0.id == id }?.name ?? id }
                parts.append("actors: " + names.joined(separator: ", "))
            }
            return parts.joined(separator: " · ")
        case .topics:
            guard let i = d.selectedItem(.topics) else { return emptyText(s, .topics) }
            let t = b.topics[i]
            return [t.label, "weight " + format2(t.weight), "keywords: " + t.keywords.joined(separator: ", "),
                    count(t.sentences.count, "sentence")].joined(separator: " · ")
        case .source:
            guard d.cursor < b.sentences.count else {
                return d.analysis != nil ? "sentences show when the analysis is done" : "the text is empty"
            }
            let sentence = b.sentences[d.cursor]
            let items = d.index.sentenceItems
            var parts = ["sentence \(d.cursor + 1) of \(b.sentences.count)",
                         "paragraph \(b.paragraphIndex(ofSentence: d.cursor) + 1)", "story \(sentence.story + 1)"]
            parts.append(count(items.actors[d.cursor].count, "actor"))
            parts.append(count(items.times[d.cursor].count, "time"))
            parts.append(count(items.topics[d.cursor].count, "topic"))
            return parts.joined(separator: " · ") + " · Enter: show them"
        }
    }

    // MARK: overlays

    static func overlayBox(_ g: inout CellGrid, width: Int, height: Int, title: String) -> Rect {
        let w = min(g.width - 2, width)
        let h = min(g.height - 2, height)
        let r = Rect(x: (g.width - w) / 2, y: (g.height - h) / 2, width: w, height: h)
        g.fill(r, role: .overlay)
        box(&g, r, focused: true)
        g.write(" " + title + " ", x: r.x + 2, y: r.y, role: .paneTitleFocused, limit: r.maxX - 1)
        return r.inner
    }

    /// The help overlay: generated from `KeyMap.bindings`, the table that dispatches keys.
    static func help(_ g: inout CellGrid, top: Int) {
        var rows: [(String, String)] = KeyMap.bindings.map { ($0.label, $0.help) }
        rows.append(("", ""))
        rows.append(("mouse", "click selects or focuses, the wheel scrolls (--no-mouse: off)"))
        rows.append(("search", "type, Enter keeps it, Esc cancels; n/N step"))
        let inner = overlayBox(&g, width: 90, height: rows.count + 2, title: "Keys · ? or Esc closes")
        guard inner.height > 0 else { return }
        for i in 0..<inner.height {
            let k = top + i
            guard k < rows.count else { break }
            let x = g.write(" " + rows[k].0, x: inner.x, y: inner.y + i, role: .overlayKey, limit: inner.maxX)
            g.write(rows[k].1, x: max(x + 1, inner.x + 13), y: inner.y + i, role: .overlay, limit: inner.maxX)
        }
    }

    static func sentenceOverlay(_ g: inout CellGrid, _ s: ReaderState, _ info: SentenceInfo) {
        let inner = overlayBox(&g, width: 70, height: max(3, info.items.count + 2),
                               title: "Sentence \(info.sentence + 1) · Enter jumps · Esc closes")
        guard inner.height > 0 else { return }
        if info.items.isEmpty {
            g.write(" no actors, times or topics in this sentence", x: inner.x, y: inner.y, role: .empty, limit: inner.maxX)
            return
        }
        let start = max(0, info.selected - inner.height + 1)
        for row in 0..<inner.height {
            let i = start + row
            guard i < info.items.count else { break }
            let item = info.items[i]
            let selected = i == info.selected
            let kind: (String, Role) = switch item.kind {
            case .actor: ("actor", kindRole(s.doc.briefing.actors[item.index].kind))
            case .time: ("time", .time)
            case .timeline: ("event", .time)
            case .topic: ("topic", .topic)
            }
            let y = inner.y + row
            if selected { g.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selected) }
            let x = g.write(" " + kind.0, x: inner.x, y: y, role: selected ? .selected : kind.1, limit: inner.maxX)
            g.write(item.label, x: max(x + 1, inner.x + 8), y: y, role: selected ? .selected : .overlay, limit: inner.maxX)
        }
    }
}
