import Foundation
import Testing
@testable import BriefingUI

@Suite struct ThemeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func builtInThemesMatchTheFilesInThemes() throws {
        let dir = Self.packageRoot.appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == Theme.builtinNames,
                "themes/ and the built-in themes differ: run scripts/embed-themes.sh")
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let builtIn = BuiltinThemes.files[String(f.dropLast(5))] ?? ""
            #expect(builtIn + "\n" == text, "\(f) changed: run scripts/embed-themes.sh")
        }
    }

    @Test func everyBuiltInThemeLoadsAndStylesEveryRole() throws {
        #expect(Set(Theme.builtinNames) == ["default", "light", "high-contrast", "mono"])
        for name in Theme.builtinNames {
            let theme = try ThemeLoader.load(name, environment: [:])
            #expect(theme.name == name)
            for role in Role.allCases { #expect(theme.styles[role] != nil, "\(name) leaves out \(role.rawValue)") }
            // The monochrome form drops colours and keeps every highlight visible.
            let mono = theme.monochrome
            #expect(mono.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
            for role in [Role.selected, .sentence, .mention, .searchMatch, .searchCurrent, .titleBar, .statusBar] {
                let st = mono.style(role)
                #expect(st.reverse || st.bold || st.underline, "\(name) in mono loses \(role.rawValue)")
            }
        }
        let mono = try ThemeLoader.load("mono", environment: [:])
        #expect(mono.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
        // Highlights stay visible without colour.
        for role in [Role.selected, .sentence, .mention, .searchMatch, .searchCurrent] {
            let st = mono.style(role)
            #expect(st.reverse || st.bold || st.underline)
        }
    }

    @Test func defaultAndNoColor() throws {
        #expect(try ThemeLoader.load(nil, environment: [:]).name == "default")
        #expect(try ThemeLoader.load(nil, environment: ["NO_COLOR": "1"]).name == "mono")
        #expect(try ThemeLoader.load(nil, environment: ["NO_COLOR": ""]).name == "default")
        #expect(try ThemeLoader.load("light", environment: ["NO_COLOR": "1"]).name == "light")
    }

    @Test func colours() throws {
        let t = try ThemeLoader.parse("""
            [palette]
            brand = "#FF8000"
            [styles]
            text = "brand"
            dim = 244
            border = { fg = "bright-blue", bg = "default", bold = true, underline = true }
            """, file: "t.toml")
        #expect(t.style(.text).fg == .rgb(255, 128, 0))
        #expect(t.style(.dim).fg == .indexed(244))
        #expect(t.style(.border) == ThemeStyle(fg: .indexed(12), bg: .terminalDefault, bold: true, underline: true))
        #expect(t.style(.mention) == t.style(.text))       // left out: looks like text
    }

    @Test func userThemesAndInheritance() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-theme-\(UUID().uuidString)")
        let themes = dir.appendingPathComponent("briefing/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "inherits = \"default\"\nname = \"mine\"\n[styles]\nselected = { fg = \"red\" }\n"
            .write(to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": dir.path]
        let mine = try ThemeLoader.load("mine", environment: env)
        let base = try ThemeLoader.load("default", environment: [:])
        #expect(mine.name == "mine")
        #expect(mine.style(.selected) == ThemeStyle(fg: .indexed(1)))
        #expect(mine.style(.border) == base.style(.border))
        // By path.
        #expect(try ThemeLoader.load(themes.appendingPathComponent("mine.toml").path, environment: [:]).name == "mine")
    }

    @Test func brokenThemesNameFileLineAndKey() {
        func error(_ text: String) -> ThemeError? {
            do {
                _ = try ThemeLoader.parse(text, file: "bad.toml")
                return nil
            } catch let e as ThemeError {
                return e
            } catch {
                return nil
            }
        }
        let badColour = error("name = \"x\"\n\n[styles]\ntext = {}\nselected = { fg = \"bleu\" }\n")
        #expect(badColour?.description.hasPrefix("theme bad.toml, line 5, key 'styles.selected.fg': unknown colour 'bleu'") == true)
        let unknownStyle = error("[styles]\nborder = \"red\"\nborders = \"red\"\n")
        #expect(unknownStyle?.line == 3)
        #expect(unknownStyle?.key == "styles.borders")
        let unknownTop = error("name = \"x\"\ncolour = 3\n")
        #expect(unknownTop?.line == 2)
        #expect(unknownTop?.key == "colour")
        let badAttr = error("[styles]\ntext = { fg = 3, blink = true }\n")
        #expect(badAttr?.key == "styles.text.blink")
        #expect(badAttr?.line == 2)
        let badBool = error("[styles]\ntext = { bold = \"yes\" }\n")
        #expect(badBool?.reason == "expected true or false")
        let outOfRange = error("[palette]\nx = 300\n")
        #expect(outOfRange?.key == "palette.x")
        #expect(outOfRange?.line == 2)
        let syntax = error("[styles]\ntext = { fg = \n")
        #expect(syntax?.line == 2)
        #expect(syntax?.reason.hasPrefix("not valid TOML") == true)
        let missing = try? ThemeLoader.load("/nonexistent/dir/x.toml", environment: [:])
        #expect(missing == nil)
        do {
            _ = try ThemeLoader.load("nope", environment: [:])
            Issue.record("an unknown theme loaded")
        } catch let e as ThemeError {
            #expect(e.description.contains("no such theme"))
            #expect(e.description.contains("default, high-contrast, light, mono"))
        } catch {
            Issue.record("wrong error \(error)")
        }
    }
}
