import Foundation
import Testing

/// The real binary against what issue 8 lists: tiny terminals, resize storms, text that
/// tries to drive the terminal, and an internal error. Each test has its own tmux server.
@Suite(.enabled(if: EndToEnd.ready, Comment(rawValue: EndToEnd.why)))
struct HostileEndToEndTests {
    let bin = EndToEnd.binary ?? ""

    /// The screen's words, whatever the wrapping.
    static func words(_ screen: String) -> String {
        screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test(arguments: [(10, 5), (20, 10)])
    func startsTooSmallThenGrowsToTheFullScreen(size: (Int, Int)) throws {
        let t = try TmuxSession(width: size.0, height: size.1, command: "'\(bin)'")
        let small = t.wait { Self.words($0) == "terminal too small (need 40×12)" }
        #expect(Self.words(small) == "terminal too small (need 40×12)", "\(small)")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= size.0 })
        t.resize(through: [(100, 30)])
        #expect(t.waitReady().contains("4 Source"))
        t.keys("q")
        #expect(t.waitForExit().contains("EXIT=0"))
        #expect(t.ttyRestored)
    }

    @Test func oneByOneKeepsRunningAndRecovers() throws {
        let t = try TmuxSession(width: 1, height: 1, command: "'\(bin)'")
        _ = t.wait(timeout: 3) { _ in t.readerPID != nil }
        usleep(300_000)
        // One cell, the bottom-right one, which a terminal cannot print into without
        // scrolling: nothing useful fits, but the reader lives and draws nothing broken.
        #expect(t.readerPID != nil, "the reader died at 1×1")
        #expect(t.screen.trimmingCharacters(in: .whitespacesAndNewlines).count <= 1)
        t.resize(through: [(120, 40)])
        #expect(t.waitReady().contains("4 Source"))
        t.keys("q")
        #expect(t.waitForExit().contains("EXIT=0"))
        #expect(t.ttyRestored)
    }

    /// 400 resizes, tiny sizes among them, in a few seconds; then the screen must be the
    /// one for the last size, both a full layout and a too-small one.
    @Test func aResizeStormOfHundredsEndsOnACorrectScreen() throws {
        let t = try TmuxSession(width: 120, height: 40, command: "'\(bin)'")
        t.waitReady()
        var sizes: [(Int, Int)] = []
        for i in 0..<400 {
            switch i % 50 {
            case 7: sizes.append((1, 1))
            case 19: sizes.append((10, 5))
            case 33: sizes.append((20, 10))
            default: sizes.append((30 + (i * 37) % 170, 8 + (i * 13) % 50))
            }
        }
        let start = Date()
        t.resize(through: sizes)
        let storm = Date().timeIntervalSince(start)
        #expect(storm < 30, "the storm took \(storm) s")
        #expect(t.readerPID != nil, "the reader died in the storm")
        t.resize(through: [(120, 40)])
        // Until the frame for 120×40 is up: tmux shows the pane at its new size at once, and
        // on a loaded machine a frame drawn for an earlier, taller size can sit there still
        // (its top cut off) for longer than the stillness check, before the reader redraws.
        let titles = ["1 Actors", "2 Timeline", "3 Topics", "4 Source"]
        let s = t.wait(timeout: 20) { screen in
            titles.allSatisfy { screen.contains($0) } && screen.contains("q quit")
                && screen.split(separator: "\n").count >= 39
        }
        for title in titles { #expect(s.contains(title), "\(title) missing") }
        #expect(s.split(separator: "\n").allSatisfy { $0.count <= 120 })
        t.resize(through: sizes.suffix(50) + [(20, 10)])
        #expect(Self.words(t.wait { Self.words($0).hasPrefix("terminal too small") }) == "terminal too small (need 40×12)")
        t.resize(through: [(80, 24)])
        #expect(t.waitReady().contains("q quit"))
        t.keys("q")
        #expect(t.waitForExit().contains("EXIT=0"))
        #expect(t.ttyRestored)
    }

    /// A first line (the title bar), a file name (the title bar) and sentences (Source, the
    /// sentence box) full of sequences that would clear the screen, retitle the window,
    /// write the clipboard, ask the terminal to answer (DCS), ring, back up, and reorder
    /// text; all shown as visible stand-ins, none acting.
    @Test func injectedControlTextIsShownNotObeyed() throws {
        let text = "Breaking\u{1B}[2J news\u{1B}]0;PWNED\u{07} title\u{1B}]52;c;SGVsbG8=\u{07}\n"
            + "President Emmanuel Macron met Olaf Scholz in Paris on Monday.\u{1B}P1$qm\u{1B}\\ "
            + "The talks\u{08}\u{08}\u{08} were hidden \u{202E}evil\u{202C} text, \u{9B}31m C1 and \u{07} bell.\n"
            + "On Tuesday, Macron said the \u{1B}[31mred\u{1B}[0m deal was done.\u{1B}[?1049l\u{1B}c\n"
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-inject-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        try text.write(to: files.appendingPathComponent("evil\u{1B}]2;RENAMED\u{07}.txt"), atomically: true, encoding: .utf8)
        try "A second file.\n".write(to: files.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let t = try TmuxSession(width: 160, height: 30, command: "(cd '\(files.path)' && '\(bin)' evil*.txt b.txt)",
                                options: ["set -g set-clipboard on"])
        let paneTitle = t.format("#{pane_title}")
        let s = t.wait { $0.contains("q quit") && $0.contains("deal was done") }
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The title bar: the first line and the file name, escaped.
        #expect(lines[0].contains("Breaking␛[2J news␛]0;PWNED␇ title␛]52;c;SGVsbG8=␇"), "\(lines[0])")
        #expect(lines[0].contains("evil␛]2;RENAMED␇.txt"), "\(lines[0])")
        // The Source pane.
        #expect(s.contains("Monday.␛P1$qm␛\\"))
        #expect(s.contains("The talks␈␈␈ were hidden"))
        #expect(s.contains("�evil� text, �31m C1 and ␇ bell."))
        #expect(s.contains("said the ␛[31mred␛[0m deal was done.␛[?1049l␛c"))
        // Nothing acted: all four panes and both bars are still drawn, the window keeps its
        // title, no clipboard buffer was set, the alternate screen is still on.
        for title in ["1 Actors", "2 Timeline", "3 Topics", "4 Source", "q quit"] { #expect(s.contains(title), "\(title) missing") }
        #expect(t.format("#{pane_title}") == paneTitle)
        #expect(t.tmux(["list-buffers"]).isEmpty)
        #expect(t.format("#{alternate_on}") == "1")
        // The sentence box and the detail bar, from the Source pane.
        t.keys("4")
        t.keys("Enter")
        let box = t.wait(for: "Sentence 1")
        #expect(box.contains("Sentence 1 · Enter jumps"))
        t.keys("Escape")
        t.keys("j")
        let detail = t.wait(for: "sentence 2 of 3")
        #expect(detail.contains("sentence 2 of 3 · paragraph"))
        // The status bar: switching files names the file there.
        t.keys("]")
        t.wait(for: "file 2 of 2: b.txt")
        t.keys("]")
        let status = t.wait(for: "file 1 of 2:").split(separator: "\n").map(String.init)
        #expect(status.contains { $0.hasPrefix(" file 1 of 2: evil␛]2;RENAMED␇.txt") }, "\(status.suffix(2))")
        #expect(t.format("#{pane_title}") == paneTitle)
        #expect(t.tmux(["list-buffers"]).isEmpty)
        t.keys("q")
        #expect(t.waitForExit().contains("EXIT=0"))
        #expect(t.ttyRestored)
    }

    /// The hidden hook makes the reader hit a Swift fatal error after its first frame: the
    /// terminal must come back (tty modes, cursor, main screen) and the error must be
    /// printed after that, on the main screen, where the user can read it.
    @Test func anInternalErrorRestoresTheTerminalThenReportsOnStderr() throws {
        let t = try TmuxSession(width: 100, height: 30, command: "'\(bin)'",
                                env: ["BRIEFING_FAULT_AFTER_FIRST_FRAME": "1", "SWIFT_BACKTRACE": "interactive=no"])
        let s = t.waitForExit()
        #expect(s.contains("EXIT=132") || s.contains("EXIT=133"), "\(s)")       // SIGILL or SIGTRAP
        // The backtrace that follows scrolls: read the pane's history too.
        let all = t.tmux(["capture-pane", "-p", "-S", "-", "-t", "main"])
        #expect(all.contains("Fatal error: internal error after the first frame"))
        #expect(!all.contains("4 Source"))
        #expect(t.ttyRestored, "stty -g differs after the crash")
        #expect(t.format("#{cursor_flag}") == "1")
        #expect(t.format("#{alternate_on}") == "0")

        // With stderr to a file, the report is there, whole.
        let u = try TmuxSession(width: 100, height: 30, command: "'\(bin)' 2> err.txt",
                                env: ["BRIEFING_FAULT_AFTER_FIRST_FRAME": "1", "SWIFT_BACKTRACE": "interactive=no"])
        _ = u.waitForExit()
        #expect(u.ttyRestored)
        #expect(u.file("err.txt")?.contains("Fatal error: internal error after the first frame") == true)
    }

    /// A text over the analyse-first limit: its text shows with the progress in the
    /// status bar while the analysis runs, and q quits at once, mid-analysis.
    @Test func aBigTextShowsAtOnceAndQQuitsMidAnalysis() throws {
        let t = try TmuxSession(width: 120, height: 30,
                                command: "awk 'BEGIN { for (i = 0; i < 100000; i++) printf \"Minister Ana Novak met Olaf Tanaka in Paris on Monday about the ceasefire number %d.\\n\", i }' > big.txt; '\(bin)' big.txt")
        let s = t.wait(timeout: 20) { $0.contains("analysing") && $0.contains("q quit") }
        #expect(s.contains("Minister Ana Novak met Olaf Tanaka in Paris on Monday about the ceasefire number 0."))
        #expect(s.contains("analysing… this fills in when it is done"))
        #expect(s.range(of: #"analysing \d+% · [0-9.]+ MB/s · \d+ s"#, options: .regularExpression) != nil, "\(s)")
        t.keys("q")
        #expect(t.waitForExit().contains("EXIT=0"))
        #expect(t.ttyRestored)
    }
}
