/// What a cell shows, by meaning. Themes map each role to colours and attributes;
/// panes never name a colour.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case text
    case dim
    case border
    case borderFocused = "border_focused"
    case paneTitle = "pane_title"
    case paneTitleFocused = "pane_title_focused"
    case titleBar = "title_bar"
    case statusBar = "status_bar"
    case statusKey = "status_key"
    case detail
    case selected
    case selectedUnfocused = "selected_unfocused"
    case person
    case organization
    case place
    case time
    case past
    case present
    case future
    case topic
    case keyword
    case sentence
    case mention
    case cursor
    case searchMatch = "search_match"
    case searchCurrent = "search_current"
    case empty
    case overlay
    case overlayKey = "overlay_key"
    case error
    case filter
}
