import BriefingUI
import CNcursesw

/// The reader's main loop: render the state, flush the changes, read an event, reduce.
public enum ReaderApp {
    /// Runs until q; returns the exit status (128 + signal when a signal ended it).
    /// The terminal is restored before this returns or throws.
    public static func run(_ initial: ReaderState, theme: Theme, mouse: Bool) throws -> Int32 {
        let terminal = try Terminal(theme: theme, mouse: mouse)
        defer { terminal.stop() }
        var state = reduce(initial, .resize(width: terminal.width, height: terminal.height))
        var dirty = true
        var full = false
        while true {
            if dirty {
                terminal.draw(Renderer.render(state), full: full)
                dirty = false
                full = false
            }
            let action: Action?
            switch terminal.read() {
            case .idle: action = nil
            case .signal(let s): return 128 + s
            case .key(let k): action = KeyMap.action(for: k, in: state)
            case .click(let x, let y): action = .click(x: x, y: y)
            case .wheel(let x, let y, let n): action = .wheel(x: x, y: y, lines: n)
            case .resize(let w, let h): action = .resize(width: w, height: h)
            }
            guard let action else { continue }
            state = reduce(state, action)
            if state.shouldQuit { return 0 }
            if state.redrawRequested { full = true }
            dirty = true
        }
    }
}
