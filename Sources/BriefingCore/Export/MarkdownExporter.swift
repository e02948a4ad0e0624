/// Writes a `Briefing` as a readable Markdown note: title and date, Actors,
/// Timeline (with the time expression and a quote of the source sentence), Topics.
public enum MarkdownExporter {
    public static func export(_ briefing: Briefing) -> String {
        var out = "# \(inline(briefing.title ?? "Briefing"))\n\n"
        if let date = briefing.date { out += "*Date: \(date)*\n\n" }
        out += "\(briefing.sentences.count) sentences in \(briefing.stories.count) "
        out += briefing.stories.count == 1 ? "story.\n\n" : "stories.\n\n"

        out += "## Actors\n\n"
        if briefing.actors.isEmpty { out += "None found.\n\n" }
        for actor in briefing.actors {
            out += "- **\(inline(actor.name))** (\(actor.kind.rawValue))"
            if !actor.roles.isEmpty { out += ": " + actor.roles.map(inline).joined(separator: "; ") }
            out += " — \(actor.mentions.count) mention\(actor.mentions.count == 1 ? "" : "s")\n"
        }
        if !briefing.actors.isEmpty { out += "\n" }

        out += "## Timeline\n\n"
        if briefing.timeline.isEmpty { out += "None found.\n\n" }
        for entry in briefing.timeline.sorted(by: { $0.order < $1.order }) {
            var when = entry.relation?.rawValue ?? "undated"
            if let index = entry.time {
                let time = briefing.times[index]
                when = "\(inline(briefing.source.slice(time.span)))" + (time.value.map { " (\($0))" } ?? "")
            }
            out += "\(entry.order + 1). **\(when)**: \(inline(entry.summary))\n"
            out += "   > \(inline(briefing.text(of: briefing.sentences[entry.sentence])))\n"
        }
        if !briefing.timeline.isEmpty { out += "\n" }

        out += "## Topics\n\n"
        if briefing.topics.isEmpty { out += "None found.\n" }
        for topic in briefing.topics {
            out += "- **\(inline(topic.label))**: \(topic.keywords.map(inline).joined(separator: ", "))"
            out += " — \(topic.sentences.count) sentence\(topic.sentences.count == 1 ? "" : "s")\n"
        }
        return out
    }

    /// Text from the document made safe for one Markdown line: control characters
    /// shown as visible symbols, line breaks as spaces, Markdown punctuation escaped.
    static func inline(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n", "\t": out += " "
            case "*", "_", "`", "[", "]", "<", ">", "#", "|", "\\":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                out += VisibleText.escape(scalar)
            }
        }
        return out
    }
}
