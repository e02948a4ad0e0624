import BriefingUI
import CNcursesw
import Foundation

/// The reader's main loop: render the state, flush the changes, read an event, reduce.
public enum ReaderApp {
    /// A test hook, documented in the README's "Safety": with this variable set to 1 the
    /// reader dies of an internal error (a Swift fatal error) right after its first frame,
    /// so the end-to-end tests can check the terminal is restored and the report reaches stderr.
    public static let faultAfterFirstFrame = "BRIEFING_FAULT_AFTER_FIRST_FRAME"

    /// Runs until q; returns the exit status (128 + signal when a signal ended it).
    /// The terminal is restored before this returns or throws.
    /// With this variable set to 1 the reader writes, after the terminal is restored,
    /// when its first frame was flushed (Unix time in nanoseconds) to standard error:
    /// `scripts/first-frame.sh` turns that into milliseconds from exec.
    public static let traceFirstFrame = "BRIEFING_TRACE_FIRST_FRAME"

    /// `background`: the analyses still running; their progress and results are reduced
    /// in as they come, between keys.
    public static func run(_ initial: ReaderState, theme: Theme, mouse: Bool,
                           background: BackgroundAnalysis? = nil) throws -> Int32 {
        let terminal = try Terminal(theme: theme, mouse: mouse)
        defer { terminal.stop() }
        var state = reduce(initial, .resize(width: terminal.width, height: terminal.height))
        var dirty = true
        var full = false
        // A full repaint once a resize storm has calmed down (see below).
        var settleRepaint: ContinuousClock.Instant?
        let environment = ProcessInfo.processInfo.environment
        let faultHook = environment[faultAfterFirstFrame] == "1"
        var trace = environment[traceFirstFrame] == "1"
        while true {
            if dirty {
                terminal.draw(Renderer.render(state), full: full)
                dirty = false
                full = false
                if trace {
                    // Standard error is held until the terminal is restored.
                    var now = timespec()
                    clock_gettime(CLOCK_REALTIME, &now)
                    FileHandle.standardError.write(Data("briefing: first frame flushed at \(Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)) ns\n".utf8))
                    trace = false
                }
                if faultHook { fatalError("internal error after the first frame (\(faultAfterFirstFrame)=1)") }
            }
            let action: Action?
            // While a search goes on through a huge text, keys are only polled for.
            switch terminal.read(wait: !state.hasPendingWork) {
            case .idle: action = state.hasPendingWork ? .searchContinue : nil
            case .signal(let s): return 128 + s
            case .key(let k): action = KeyMap.action(for: k, in: state)
            case .click(let x, let y): action = .click(x: x, y: y)
            case .wheel(let x, let y, let n): action = .wheel(x: x, y: y, lines: n)
            case .resize(let w, let h): action = .resize(width: w, height: h)
            }
            for update in background?.poll() ?? [] {
                state = reduce(state, update)
                dirty = true
            }
            if let due = settleRepaint, ContinuousClock.now >= due {
                settleRepaint = nil
                full = true
                dirty = true
            }
            guard let action else { continue }
            state = reduce(state, action)
            if state.shouldQuit { return 0 }
            if case .resize = action {
                // A frame sent just before a resize reaches the terminal at the new size,
                // wrapped or scrolled, where ncurses' diff cannot see it; and in a storm the
                // terminal's grid may change size a moment after the size we were told. So
                // every resize repaints every cell, and once more when resizes stop for 200 ms.
                full = true
                settleRepaint = ContinuousClock.now + .milliseconds(200)
            }
            if state.redrawRequested { full = true }
            dirty = true
        }
    }
}
