/// The four panes of the reader.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case actors, timeline, topics, source

    public var title: String {
        switch self {
        case .actors: "Actors"
        case .timeline: "Timeline"
        case .topics: "Topics"
        case .source: "Source"
        }
    }

    public var isList: Bool { self != .source }
}

/// Where everything goes on a screen of a given size.
///
/// - 120 columns and more: the three list panes stacked in a left column, Source on
///   the right, all four visible.
/// - Narrower: tabbed: one list pane on top (tabs 1–3 in its border, the focused or
///   last focused list shown), Source below.
/// - Below `minimumWidth`×`minimumHeight`: a "terminal too small" message only.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public static let wideWidth = 120

    public enum Mode: Equatable, Sendable { case wide, tabbed, tooSmall }

    public var mode: Mode
    public var width: Int
    public var height: Int
    public var titleBar: Rect
    public var detailBar: Rect
    public var keyBar: Rect
    /// Outer rectangles (with border) of the panes shown.
    public var panes: [Pane: Rect]
    /// In tabbed mode, the list pane on top.
    public var shownList: Pane

    public init(width: Int, height: Int, focus: Pane, lastList: Pane) {
        self.width = width
        self.height = height
        shownList = focus.isList ? focus : lastList
        titleBar = Rect(x: 0, y: 0, width: width, height: 1)
        detailBar = Rect(x: 0, y: height - 2, width: width, height: 1)
        keyBar = Rect(x: 0, y: height - 1, width: width, height: 1)
        panes = [:]
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            mode = .tooSmall
            return
        }
        let bodyTop = 1
        let bodyHeight = height - 3
        if width >= Layout.wideWidth {
            mode = .wide
            let left = max(36, width * 3 / 8)
            let h1 = bodyHeight / 3
            let h2 = bodyHeight / 3
            let h3 = bodyHeight - h1 - h2
            panes[.actors] = Rect(x: 0, y: bodyTop, width: left, height: h1)
            panes[.timeline] = Rect(x: 0, y: bodyTop + h1, width: left, height: h2)
            panes[.topics] = Rect(x: 0, y: bodyTop + h1 + h2, width: left, height: h3)
            panes[.source] = Rect(x: left, y: bodyTop, width: width - left, height: bodyHeight)
        } else {
            mode = .tabbed
            let top = max(5, bodyHeight * 2 / 5)
            panes[shownList] = Rect(x: 0, y: bodyTop, width: width, height: top)
            panes[.source] = Rect(x: 0, y: bodyTop + top, width: width, height: bodyHeight - top)
        }
    }

    /// Rows of content a pane has (0 when it is not shown).
    public func innerHeight(_ pane: Pane) -> Int { panes[pane]?.inner.height ?? 0 }
    public func innerWidth(_ pane: Pane) -> Int { panes[pane]?.inner.width ?? 0 }

    /// The text width of the Source pane: one column on the left for the marks of the
    /// highlighted and the cursor sentence, one on the right for the scroll mark.
    public var sourceTextWidth: Int { max(1, innerWidth(.source) - 2) }

    /// Positions of the tab labels in tabbed mode: the pane and its columns on row `y`.
    public var tabs: [(pane: Pane, x: Int, width: Int)] {
        guard mode == .tabbed, let r = panes[shownList] else { return [] }
        var x = r.x + 2
        var result: [(Pane, Int, Int)] = []
        for p in [Pane.actors, .timeline, .topics] {
            let w = Glyph.width(Layout.tabLabel(p))
            result.append((p, x, w))
            x += w + 1
        }
        return result
    }

    static func tabLabel(_ p: Pane) -> String { " \(p.rawValue + 1) \(p.title) " }
}
