/// A key as the terminal adapter reports it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)      // Ctrl-a … Ctrl-z, lower case
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
}

/// Everything that can change the reader's state. Input, resize and mouse all become
/// actions; `reduce` is the one place the state changes.
public enum Action: Equatable, Sendable {
    case moveDown, moveUp
    case pageDown, pageUp, halfPageDown, halfPageUp
    case top, bottom
    case nextPane, previousPane
    case focus(Pane)
    case activate                 // Enter: jump to the source / open the sentence's items
    case back                     // Esc, Backspace: close, cancel, or back along the jump list
    case nextOccurrence           // n: next search match, or next sentence of the jumped item
    case previousOccurrence       // N
    case toggleFilter
    case startSearch
    case searchInput(Character)
    case searchDeleteBackward
    case searchCommit
    case toggleHelp
    case nextDocument, previousDocument
    case redraw
    case quit
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
    /// The background analysis of a file has got further, or is done.
    case analysisProgress(document: Int, AnalysisProgress)
    case analysisDone(document: Int, AnalysedBriefing)
    /// One more step of a search that has not yet gone through the whole text.
    case searchContinue
}

extension Action {
    /// Sent by the background analysis rather than by the user.
    public var isFromBackground: Bool {
        switch self {
        case .analysisProgress, .analysisDone, .searchContinue: true
        default: false
        }
    }
}

/// One line of the key table: the keys, what they do, and the action they send.
/// The dispatcher and the help overlay both read this table, so help never lies.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let label: String
    public let help: String
    public let action: Action
    /// Shown in the status bar for these panes (empty: only in help).
    public let hint: Set<Pane>
    public let hintText: String?

    init(_ keys: [Key], _ label: String, _ help: String, _ action: Action,
         hint: Set<Pane> = [], _ hintText: String? = nil) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.hint = hint
        self.hintText = hintText
    }
}

public enum KeyMap {
    static let all = Set(Pane.allCases)
    static let lists: Set<Pane> = [.actors, .timeline, .topics]

    /// The key table of the reader in normal mode.
    public static let bindings: [KeyBinding] = [
        KeyBinding([.char("j"), .down], "j ↓", "move down (the sentence cursor in Source)", .moveDown, hint: all, "j/k move"),
        KeyBinding([.char("k"), .up], "k ↑", "move up", .moveUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn Space", "page down", .pageDown),
        KeyBinding([.pageUp, .char("b")], "PgUp b", "page up", .pageUp),
        KeyBinding([.ctrl("d")], "Ctrl-d", "half a page down", .halfPageDown),
        KeyBinding([.ctrl("u")], "Ctrl-u", "half a page up", .halfPageUp),
        KeyBinding([.char("g"), .home], "g Home", "to the top", .top),
        KeyBinding([.char("G"), .end], "G End", "to the bottom", .bottom),
        KeyBinding([.tab, .right, .char("l")], "Tab → l", "next pane", .nextPane, hint: all, "Tab pane"),
        KeyBinding([.backTab, .left, .char("h")], "S-Tab ← h", "previous pane", .previousPane),
        KeyBinding([.char("1")], "1", "Actors pane", .focus(.actors)),
        KeyBinding([.char("2")], "2", "Timeline pane", .focus(.timeline)),
        KeyBinding([.char("3")], "3", "Topics pane", .focus(.topics)),
        KeyBinding([.char("4")], "4", "Source pane", .focus(.source)),
        KeyBinding([.enter], "Enter", "jump to the source sentence; again: the next one. In Source: what the sentence carries",
                   .activate, hint: all, "Enter jump"),
        KeyBinding([.escape, .backspace], "Esc Bksp", "back to where you were (jump list); close; cancel", .back,
                   hint: all, "Esc back"),
        KeyBinding([.char("n")], "n", "next search match, or next sentence of the item jumped to", .nextOccurrence),
        KeyBinding([.char("N")], "N", "previous search match or sentence", .previousOccurrence),
        KeyBinding([.char("f")], "f", "filter the other panes by the selection; again: clear", .toggleFilter,
                   hint: lists, "f filter"),
        KeyBinding([.char("/")], "/", "search the article (Enter keeps it, Esc cancels)", .startSearch, hint: all, "/ search"),
        KeyBinding([.char("]")], "]", "next file", .nextDocument),
        KeyBinding([.char("[")], "[", "previous file", .previousDocument),
        KeyBinding([.char("?")], "?", "this help", .toggleHelp, hint: all, "? help"),
        KeyBinding([.ctrl("l")], "Ctrl-L", "redraw the screen", .redraw),
        KeyBinding([.char("q"), .ctrl("c")], "q Ctrl-C", "quit", .quit, hint: all, "q quit"),
    ]

    private static let table: [Key: Action] = {
        var t: [Key: Action] = [:]
        for b in bindings { for k in b.keys where t[k] == nil { t[k] = b.action } }
        return t
    }()

    /// The action for a key in the given state: search typing takes printable keys.
    public static func action(for key: Key, in state: ReaderState) -> Action? {
        if state.isEditingSearch {
            switch key {
            case .char(let c): return .searchInput(c)
            case .enter: return .searchCommit
            case .escape: return .back
            case .backspace: return .searchDeleteBackward
            case .ctrl("c"): return .quit
            case .ctrl("l"): return .redraw
            default: return nil
            }
        }
        if state.overlay != nil {
            switch key {
            case .char("?"): return .toggleHelp
            case .char("q"), .ctrl("c"): return .quit
            default: break
            }
        }
        return table[key]
    }

    /// The status bar hints for a pane, in table order.
    public static func hints(for pane: Pane) -> [String] {
        bindings.compactMap { $0.hint.contains(pane) ? $0.hintText : nil }
    }
}
