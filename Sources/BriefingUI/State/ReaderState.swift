import BriefingCore

/// The selection and scroll of a list pane; both are positions in the pane's visible
/// (possibly filtered) list.
public struct ListCursor: Equatable, Sendable {
    public var selected = 0
    public var top = 0
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }
}

/// A filter of the panes by one item: the other lists keep only what shares its sentences.
public enum Filter: Equatable, Sendable {
    case actor(Int), timeline(Int), topic(Int)

    public var pane: Pane {
        switch self {
        case .actor: .actors
        case .timeline: .timeline
        case .topic: .topics
        }
    }

    public var item: Int {
        switch self {
        case .actor(let i), .timeline(let i), .topic(let i): i
        }
    }
}

/// One sentence an item leads to, with the spans inside it that led there.
public struct Occurrence: Equatable, Sendable {
    public var sentence: Int
    public var spans: [TextSpan]
}

/// The item a jump came from, so Enter again or n/N walk its sentences.
public struct JumpContext: Equatable, Sendable {
    public var pane: Pane
    public var item: Int
    public var occurrences: [Occurrence]
    public var index: Int
}

/// The sentence highlighted in Source after a jump, and the mention or time inside it.
public struct Highlight: Equatable, Sendable {
    public var sentence: Int
    public var spans: [TextSpan]
}

/// A search, which on a huge text goes on over several steps (see `SourceIndex.searchStep`).
public struct SearchResult: Equatable, Sendable {
    public var query: String
    public var matches: [TextSpan]
    public var current: Int?
    /// The offset the search goes on from; the text's length once it is done.
    public var next: Int
    public var done: Bool
    /// Where the user was: the current match is the first at or after it.
    public var from: Int

    public init(query: String, matches: [TextSpan], current: Int?, next: Int = 0, done: Bool = true, from: Int = 0) {
        self.query = query
        self.matches = matches
        self.current = current
        self.next = next
        self.done = done
        self.from = from
    }
}

/// Where the user was: what Esc goes back to.
public struct Snapshot: Equatable, Sendable {
    public var focus: Pane
    public var lastList: Pane
    public var lists: [ListCursor]
    public var sourceTop: Int
    public var cursor: Int
    public var highlight: Highlight?
    public var context: JumpContext?
    public var search: SearchResult?
}

/// What a sentence carries, as shown by Enter in the Source pane.
public struct SentenceInfo: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case actor, time, timeline, topic }
    public struct Item: Equatable, Sendable {
        public var kind: Kind
        public var index: Int
        public var label: String
    }
    public var sentence: Int
    public var items: [Item]
    public var selected: Int
}

public enum Overlay: Equatable, Sendable {
    case help(top: Int)
    case sentence(SentenceInfo)
}

/// The state of one open file.
public struct DocState: Sendable {
    public let name: String
    public let briefing: Briefing
    public let index: SourceIndex
    public var focus: Pane = .actors
    public var lastList: Pane = .actors
    public var lists: [ListCursor] = [ListCursor(), ListCursor(), ListCursor()]
    /// The scalar offset where the top row of the Source pane starts; an offset rather
    /// than a row number, so the place survives a change of width.
    public var sourceTop = 0
    /// The sentence cursor of the Source pane.
    public var cursor = 0
    public var highlight: Highlight?
    public var context: JumpContext?
    public var jumps: [Snapshot] = []
    public var filter: Filter?
    /// Timeline indexes as the pane lists them: story by story, in timeline order.
    public let timelineOrder: [Int]
    /// Model indexes shown by each list pane (actors, timeline, topics), after the filter.
    public var visible: [[Int]]
    public var search: SearchResult?
    public var searchEditing = false
    public var searchOrigin: Snapshot?
    /// Set while the text is analysed in the background: the briefing is then the text alone.
    public var analysis: AnalysisProgress?

    public init(name: String, briefing: Briefing, analysis: AnalysisProgress? = nil, reusing old: SourceIndex? = nil,
                sentenceItems: SourceIndex.SentenceItems? = nil) {
        self.name = name
        self.briefing = briefing
        self.analysis = analysis
        index = old.map { SourceIndex(briefing, reusing: $0, sentenceItems: sentenceItems) } ?? SourceIndex(briefing)
        timelineOrder = briefing.timelinePaneOrder()
        visible = [Array(briefing.actors.indices), timelineOrder, Array(briefing.topics.indices)]
    }

    public func count(_ pane: Pane) -> Int {
        pane.isList ? visible[pane.rawValue].count : briefing.sentences.count
    }

    /// The model index selected in a list pane, if any.
    public func selectedItem(_ pane: Pane) -> Int? {
        guard pane.isList else { return nil }
        let v = visible[pane.rawValue]
        let s = lists[pane.rawValue].selected
        return s >= 0 && s < v.count ? v[s] : nil
    }

    public var snapshot: Snapshot {
        Snapshot(focus: focus, lastList: lastList, lists: lists, sourceTop: sourceTop, cursor: cursor,
                 highlight: highlight, context: context, search: search)
    }

    public mutating func restore(_ s: Snapshot) {
        focus = s.focus
        lastList = s.lastList
        lists = s.lists
        sourceTop = s.sourceTop
        cursor = s.cursor
        highlight = s.highlight
        context = s.context
        search = s.search
    }
}

/// The whole reader: the open files, the screen size, an overlay and a message.
public struct ReaderState: Sendable {
    public var docs: [DocState]
    public var current = 0
    public var width: Int
    public var height: Int
    public var overlay: Overlay?
    public var message: String?
    public var shouldQuit = false
    /// Set by Ctrl-L: the adapter repaints every cell.
    public var redrawRequested = false
    /// Characters one search step looks through (smaller in tests, to see the steps).
    public var searchStepSize = SourceIndex.searchStep

    public init(documents: [(name: String, briefing: Briefing)], width: Int = 120, height: Int = 40) {
        precondition(!documents.isEmpty, "the reader needs a document")
        docs = documents.map { DocState(name: $0.name, briefing: $0.briefing) }
        self.width = width
        self.height = height
    }

    public init(briefing: Briefing, name: String = "sample briefing", width: Int = 120, height: Int = 40) {
        self.init(documents: [(name, briefing)], width: width, height: height)
    }

    /// Files whose analysis runs in the background: their text shows at once, the panes
    /// fill in with `.analysisDone`.
    public init(pending documents: [(name: String, text: SourceText)], width: Int = 120, height: Int = 40) {
        self.init(documents: documents.map { ($0.name, Briefing.pending($0.text)) }, width: width, height: height)
        for i in docs.indices { docs[i].analysis = AnalysisProgress(fraction: 0, seconds: 0, size: Double(documents[i].text.count)) }
    }

    public var doc: DocState {
        get { docs[current] }
        set { docs[current] = newValue }
    }

    public var layout: Layout { Layout(width: width, height: height, focus: doc.focus, lastList: doc.lastList) }

    public var isEditingSearch: Bool { doc.searchEditing }

    /// A search still going through the text: the main loop sends `.searchContinue`
    /// instead of waiting for a key.
    public var hasPendingWork: Bool { doc.search.map { !$0.done } ?? false }

    /// Rows of content a list pane has at this size (as if shown, in tabbed mode).
    public func listHeight(_ pane: Pane) -> Int {
        Layout(width: width, height: height, focus: pane, lastList: pane).innerHeight(pane)
    }
}
