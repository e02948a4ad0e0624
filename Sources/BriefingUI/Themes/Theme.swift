import Foundation
import TOMLKit

/// A colour as a theme names it; the terminal adapter maps it to the nearest colour
/// the terminal has.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case indexed(Int)                  // 0–255; 0–15 are the basic colours
    case rgb(UInt8, UInt8, UInt8)
}

public struct ThemeStyle: Equatable, Sendable {
    public var fg: ThemeColor?
    public var bg: ThemeColor?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var italic = false
    public var dim = false

    public init(fg: ThemeColor? = nil, bg: ThemeColor? = nil, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, italic: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
        self.dim = dim
    }
}

/// Colours and attributes for every `Role`.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: ThemeStyle]

    public init(name: String, styles: [Role: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; a role the theme leaves out looks like `text`.
    public func style(_ role: Role) -> ThemeStyle { styles[role] ?? styles[.text] ?? ThemeStyle() }

    /// The same theme without colours, for a terminal that has none: bold, underline,
    /// reverse and dim stay; a role that only colour told apart takes the built-in mono
    /// theme's attributes, so selections and highlights stay visible.
    public var monochrome: Theme {
        let mono = BuiltinThemes.files["mono"].flatMap { try? ThemeLoader.parse($0, file: "mono") }
        var result: [Role: ThemeStyle] = [:]
        for role in Role.allCases {
            let original = style(role)
            var s = original
            s.fg = nil
            s.bg = nil
            let plain = !(s.bold || s.underline || s.reverse || s.italic || s.dim)
            if plain && (original.fg != nil || original.bg != nil), let m = mono?.styles[role] {
                s = m
            }
            result[role] = s
        }
        return Theme(name: name + " (mono)", styles: result)
    }

    public static var builtinNames: [String] { BuiltinThemes.files.keys.sorted() }
}

/// A theme that cannot be used: one line naming the file, the line and the key.
public struct ThemeError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var key: String?
    public var reason: String

    public var description: String {
        var where_ = "theme \(file)"
        if let line { where_ += ", line \(line)" }
        if let key { where_ += ", key '\(key)'" }
        return where_ + ": " + reason
    }
}

public enum ThemeLoader {
    static let colourNames: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "grey": 8, "gray": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]
    static let attributes = ["bold", "underline", "reverse", "italic", "dim"]

    /// Where a user's own themes live: `$XDG_CONFIG_HOME/briefing/themes` (or `~/.config/…`).
    public static func userDirectory(_ env: [String: String]) -> String? {
        if let x = env["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/briefing/themes" }
        if let h = env["HOME"], !h.isEmpty { return h + "/.config/briefing/themes" }
        return nil
    }

    /// The theme to use: `--theme NAME|PATH` when given; else `mono` when NO_COLOR is set
    /// and non-empty; else `default`. A name is looked up in the user's theme folder
    /// first, then among the built-in themes.
    public static func load(_ spec: String?, environment env: [String: String]) throws -> Theme {
        if let spec {
            return try load(spec: spec, env: env, depth: 0)
        }
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        return try load(spec: noColor ? "mono" : "default", env: env, depth: 0)
    }

    static func isPath(_ spec: String) -> Bool { spec.contains("/") || spec.hasSuffix(".toml") }

    static func load(spec: String, env: [String: String], depth: Int) throws -> Theme {
        if isPath(spec) {
            guard let data = FileManager.default.contents(atPath: spec), let text = String(data: data, encoding: .utf8) else {
                let reason = FileManager.default.fileExists(atPath: spec) ? "cannot be read as UTF-8 text" : "no such file"
                throw ThemeError(file: spec, line: nil, key: nil, reason: reason)
            }
            return try parse(text, file: spec, env: env, depth: depth)
        }
        if let dir = userDirectory(env) {
            let path = dir + "/" + spec + ".toml"
            if FileManager.default.fileExists(atPath: path) { return try load(spec: path, env: env, depth: depth) }
        }
        if let text = BuiltinThemes.files[spec] {
            return try parse(text, file: "themes/\(spec).toml (built in)", env: env, depth: depth)
        }
        throw ThemeError(file: spec, line: nil, key: nil,
                         reason: "no such theme; built in: \(Theme.builtinNames.joined(separator: ", ")), "
                            + "or a file NAME.toml in \(userDirectory(env) ?? "$XDG_CONFIG_HOME/briefing/themes"), or a path")
    }

    /// Parses a theme file. Every problem is a `ThemeError` naming the file, line and key.
    public static func parse(_ text: String, file: String, env: [String: String] = [:], depth: Int = 0) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw ThemeError(file: file, line: e.source.begin.line, key: nil, reason: "not valid TOML: \(e.description)")
        }
        let locate = KeyLocator(text)
        func fail(_ section: String?, _ key: String, _ reason: String) -> ThemeError {
            ThemeError(file: file, line: locate.line(section: section, key: key),
                       key: section.map { $0 + "." + key } ?? key, reason: reason)
        }
        var base = Theme(name: "", styles: [:])
        var name = (file as NSString).lastPathComponent.replacingOccurrences(of: ".toml", with: "")
        var palette: [String: ThemeColor] = [:]
        for (key, value) in table {
            switch key {
            case "name":
                guard let s = value.tomlValue.string else { throw fail(nil, key, "expected a string") }
                name = s
            case "description":
                guard value.tomlValue.string != nil else { throw fail(nil, key, "expected a string") }
            case "inherits":
                guard let s = value.tomlValue.string else { throw fail(nil, key, "expected a theme name or path") }
                guard depth < 8 else { throw fail(nil, key, "themes inherit from each other in a loop") }
                do {
                    base = try load(spec: s, env: env, depth: depth + 1)
                } catch let e as ThemeError {
                    throw fail(nil, key, "cannot load '\(s)': \(e.description)")
                }
            case "palette", "styles":
                guard value.tomlValue.table != nil else { throw fail(nil, key, "expected a table [\(key)]") }
            default:
                throw fail(nil, key, "unknown key; a theme has name, description, inherits, [palette] and [styles]")
            }
        }
        if let p = table["palette"]?.tomlValue.table {
            for (key, value) in p {
                palette[key] = try colour(value.tomlValue, palette: [:]) { fail("palette", key, $0) }
            }
        }
        var styles = base.styles
        if let s = table["styles"]?.tomlValue.table {
            for (key, value) in s {
                guard let role = Role(rawValue: key) else {
                    throw fail("styles", key, "unknown style; known: " + Role.allCases.map(\.rawValue).joined(separator: ", "))
                }
                var style = ThemeStyle()
                let v = value.tomlValue
                if v.type == .string || v.type == .int {
                    style.fg = try colour(v, palette: palette) { fail("styles", key, $0) }
                } else if let t = v.table {
                    for (attr, av) in t {
                        let a = av.tomlValue
                        switch attr {
                        case "fg": style.fg = try colour(a, palette: palette) { fail("styles", key + "." + attr, $0) }
                        case "bg": style.bg = try colour(a, palette: palette) { fail("styles", key + "." + attr, $0) }
                        case "bold", "underline", "reverse", "italic", "dim":
                            guard let b = a.bool else { throw fail("styles", key + "." + attr, "expected true or false") }
                            switch attr {
                            case "bold": style.bold = b
                            case "underline": style.underline = b
                            case "reverse": style.reverse = b
                            case "italic": style.italic = b
                            default: style.dim = b
                            }
                        default:
                            throw fail("styles", key + "." + attr, "unknown attribute; use fg, bg, "
                                       + attributes.joined(separator: ", "))
                        }
                    }
                } else {
                    throw fail("styles", key, "expected a colour or a table like { fg = \"red\", bold = true }")
                }
                styles[role] = style
            }
        }
        return Theme(name: name, styles: styles)
    }

    static func colour(_ v: TOMLValue, palette: [String: ThemeColor], _ fail: (String) -> ThemeError) throws -> ThemeColor {
        let hint = "use a colour name (red, bright-blue, grey, default), 0–255, \"#rrggbb\" or a [palette] name"
        if let i = v.int {
            guard (0...255).contains(i) else { throw fail("colour \(i) is out of 0–255") }
            return .indexed(i)
        }
        guard let s = v.string else { throw fail("expected a colour; " + hint) }
        let lower = s.lowercased()
        if lower == "default" || lower == "none" { return .terminalDefault }
        if let n = colourNames[lower] { return .indexed(n) }
        if let p = palette[s] { return p }
        if lower.hasPrefix("#") {
            let hex = lower.dropFirst()
            if hex.count == 6, let n = UInt32(hex, radix: 16) {
                return .rgb(UInt8(n >> 16), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF))
            }
        }
        throw fail("unknown colour '\(s)'; " + hint)
    }
}

/// Finds the line of a key in TOML text, for error messages (TOMLKit gives positions
/// only for syntax errors). A dotted key ("selected.fg") is looked for by its first part.
struct KeyLocator {
    let lines: [Substring]

    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    func line(section: String?, key: String) -> Int? {
        let head = String(key.split(separator: ".").first ?? Substring(key))
        var current: String?
        for (i, raw) in lines.enumerated() {
            let l = raw.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("[") {
                current = l.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard current == section else { continue }
            for candidate in [head, "\"\(head)\""] where l.hasPrefix(candidate) {
                let rest = l.dropFirst(candidate.count).trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("=") { return i + 1 }
            }
        }
        return nil
    }
}
