import BriefingUI
import CNcursesw
import Foundation

/// What the terminal reports.
public enum TerminalEvent: Equatable {
    case key(Key)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
    case resize(width: Int, height: Int)
    case signal(Int32)
    case idle
}

public struct TerminalError: Error, CustomStringConvertible {
    public let description: String
}

/// The ncurses adapter: the only code that talks to the terminal.
///
/// Set-up and teardown (the terminal is always restored: `stop()` runs on q, on an
/// error through `defer`, on SIGINT/SIGTERM/SIGHUP through a flag the input loop polls,
/// and on a crash through a signal handler that restores the tty by hand; standard error
/// is held meanwhile and written out once the terminal is back), input with
/// `get_wch`, resize, mouse, and flushing only the cells that changed.
public final class Terminal {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?
    private var previous: CellGrid?
    private var looks: [Role: (attr: attr_t, pair: Int16)] = [:]
    private var stopped = false

    public init(theme: Theme, mouse: Bool) throws {
        setlocale(LC_ALL, "")
        // The size comes from the terminal (and follows resizes): LINES or COLUMNS left in
        // the environment would pin ncurses to a stale size.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        var inputFD = STDIN_FILENO
        if isatty(STDIN_FILENO) == 0 {
            // The text came on standard input: read keys from the controlling terminal.
            guard let tty = fopen("/dev/tty", "r") else {
                throw TerminalError(description: "no terminal to read keys from (/dev/tty cannot be opened)")
            }
            input = tty
            inputFD = fileno(tty)
        }
        briefing_save_tty(inputFD)
        guard let s = newterm(nil, briefing_stdout(), input ?? briefing_stdin()) else {
            if let input { fclose(input) }
            throw TerminalError(description: "cannot start the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset"))")
        }
        screen = s
        set_term(s)
        briefing_install_signal_handlers()
        set_escdelay(25)
        raw()
        noecho()
        nonl()
        keypad(briefing_stdscr(), true)
        curs_set(0)
        wtimeout(briefing_stdscr(), 100)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        if mouse {
            mousemask(briefing_mouse_events(), nil)
            mouseinterval(0)
        }
        prepare(theme)
        briefing_hold_stderr()
    }

    deinit { stop() }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if screen != nil {
            curs_set(1)
            endwin()
            delscreen(screen)
            screen = nil
        }
        if let input { fclose(input) }
        input = nil
        briefing_restore_signal_handlers()
        // After the screen is back: what was written to stderr meanwhile now shows.
        briefing_release_stderr()
    }

    public var width: Int { Int(briefing_cols()) }
    public var height: Int { Int(briefing_lines()) }

    // MARK: colours

    private func prepare(_ chosen: Theme) {
        let colors = has_colors() ? Int(briefing_colors()) : 0
        // Without colours, the theme's monochrome form keeps highlights visible.
        let theme = colors >= 8 ? chosen : chosen.monochrome
        var pairs: [[Int16]: Int16] = [:]
        for role in Role.allCases {
            let st = theme.style(role)
            var attr = briefing_a_normal()
            if st.bold { attr |= briefing_a_bold() }
            if st.underline { attr |= briefing_a_underline() }
            if st.reverse { attr |= briefing_a_reverse() }
            if st.italic { attr |= briefing_a_italic() }
            if st.dim { attr |= briefing_a_dim() }
            var pair: Int16 = 0
            if colors >= 8 {
                let fg = Palette.index(st.fg, colors: colors)
                let bg = Palette.index(st.bg, colors: colors)
                if fg != -1 || bg != -1 {
                    if let p = pairs[[fg, bg]] {
                        pair = p
                    } else if pairs.count + 1 < Int(briefing_color_pairs()) {
                        pair = Int16(pairs.count + 1)
                        init_pair(pair, fg, bg)
                        pairs[[fg, bg]] = pair
                    }
                }
            }
            looks[role] = (attr, pair)
        }
    }

    // MARK: output

    /// Draws a grid, sending only the cells that changed since the last frame
    /// (all of them when `full`, after a resize, or the first time).
    public func draw(_ grid: CellGrid, full: Bool = false) {
        guard screen != nil else { return }
        let old = (full || previous?.width != grid.width || previous?.height != grid.height) ? nil : previous
        if old == nil {
            if full { clearok(briefing_stdscr(), true) }
            werase(briefing_stdscr())
        }
        var buffer = [wchar_t](repeating: 0, count: 6)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if let old, old[x, y] == cell { continue }
                if cell.width == 0 { continue }
                var n = 0
                for scalar in cell.text.unicodeScalars where n < 5 {
                    buffer[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                if n == 0 { buffer[0] = 0x20; n = 1 }
                buffer[n] = 0
                let look = looks[cell.role] ?? (briefing_a_normal(), 0)
                _ = briefing_put_cell(Int32(y), Int32(x), buffer, look.attr, look.pair)
            }
        }
        wrefresh(briefing_stdscr())
        previous = grid
    }

    // MARK: input

    /// Waits up to 100 ms for input (not at all unless `wait`); `.idle` when none came.
    public func read(wait: Bool = true) -> TerminalEvent {
        wtimeout(briefing_stdscr(), wait ? 100 : 0)
        let sig = briefing_take_signal()
        if sig != 0 { return .signal(sig) }
        var wch: wint_t = 0
        let r = wget_wch(briefing_stdscr(), &wch)
        let pending = briefing_take_signal()
        if pending != 0 { return .signal(pending) }
        if r == ERR { return .idle }
        if r == briefing_key_code_yes() {
            switch Int32(wch) {
            case KEY_RESIZE: return .resize(width: width, height: height)
            case KEY_MOUSE:
                var y: Int32 = 0
                var x: Int32 = 0
                switch briefing_get_mouse(&y, &x) {
                case 1: return .click(x: Int(x), y: Int(y))
                case 4: return .wheel(x: Int(x), y: Int(y), lines: -3)
                case 5: return .wheel(x: Int(x), y: Int(y), lines: 3)
                default: return .idle
                }
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_BTAB: return .key(.backTab)
            default: return .idle
            }
        }
        switch wch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(wch) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(wch)), !VisibleText.isControl(scalar) else { return .idle }
            return .key(.char(Character(scalar)))
        }
    }
}

enum VisibleText {
    static func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0) }
}

/// Maps theme colours to what the terminal has.
enum Palette {
    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let levels = [0, 95, 135, 175, 215, 255]

    /// The RGB of an xterm-256 colour.
    static func rgb(_ i: Int) -> (Int, Int, Int) {
        if i < 16 { return basic[i] }
        if i < 232 {
            let c = i - 16
            return (levels[c / 36], levels[(c / 6) % 6], levels[c % 6])
        }
        let g = 8 + (i - 232) * 10
        return (g, g, g)
    }

    static func nearest(_ c: (Int, Int, Int), among n: Int) -> Int {
        var best = 0
        var bestD = Int.max
        for i in 0..<n {
            let p = rgb(i)
            let d = (p.0 - c.0) * (p.0 - c.0) + (p.1 - c.1) * (p.1 - c.1) + (p.2 - c.2) * (p.2 - c.2)
            if d < bestD { bestD = d; best = i }
        }
        return best
    }

    /// The colour index to use, -1 for the terminal's default.
    static func index(_ c: ThemeColor?, colors: Int) -> Int16 {
        guard let c else { return -1 }
        let available = min(colors, 256)
        switch c {
        case .terminalDefault: return -1
        case .indexed(let i):
            if i < available { return Int16(i) }
            return Int16(nearest(rgb(i), among: min(available, 16)))
        case .rgb(let r, let g, let b):
            return Int16(nearest((Int(r), Int(g), Int(b)), among: available))
        }
    }
}
