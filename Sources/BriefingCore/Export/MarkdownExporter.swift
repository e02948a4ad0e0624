/// Writes a `Briefing` as a readable Markdown note: title and date, Actors,
/// Timeline (with the time expression and a quote of the source sentence), Topics.
public enum MarkdownExporter {
    public static func export(_ briefing: Briefing) -> String {
        String(decoding: ByteStream.collect { write(briefing, to: $0) }, as: UTF8.self)
    }

    /// Writes the note to `out` piece by piece; the caller finishes the stream.
    public static func write(_ briefing: Briefing, to out: ByteStream) {
        out.write("# \(inline(briefing.title ?? "Briefing"))\n\n")
        if let date = briefing.date { out.write("*Date: \(date)*\n\n") }
        out.write("\(briefing.sentences.count) sentences in \(briefing.stories.count) ")
        out.write(briefing.stories.count == 1 ? "story.\n\n" : "stories.\n\n")

        out.write("## Actors\n\n")
        if briefing.actors.isEmpty { out.write("None found.\n\n") }
        for actor in briefing.actors {
            out.write("- **\(inline(actor.name))** (\(actor.kind.rawValue))")
            if !actor.roles.isEmpty { out.write(": " + actor.roles.map(inline).joined(separator: "; ")) }
            out.write(" — \(actor.mentions.count) mention\(actor.mentions.count == 1 ? "" : "s")\n")
        }
        if !briefing.actors.isEmpty { out.write("\n") }

        out.write("## Timeline\n\n")
        if briefing.timeline.isEmpty { out.write("None found.\n\n") }
        for entry in briefing.timeline.sorted(by: { $0.order < $1.order }) {
            var when = entry.relation?.rawValue ?? "undated"
            if let index = entry.time {
                let time = briefing.times[index]
                when = "\(inline(briefing.source.slice(time.span)))" + (time.value.map { " (\($0))" } ?? "")
            }
            out.write("\(entry.order + 1). **\(when)**: \(inline(entry.summary))\n")
            out.write("   > \(inline(briefing.text(of: briefing.sentences[entry.sentence])))\n")
        }
        if !briefing.timeline.isEmpty { out.write("\n") }

        out.write("## Topics\n\n")
        if briefing.topics.isEmpty { out.write("None found.\n") }
        for topic in briefing.topics {
            out.write("- **\(inline(topic.label))**: \(topic.keywords.map(inline).joined(separator: ", "))")
            out.write(" — \(topic.sentences.count) sentence\(topic.sentences.count == 1 ? "" : "s")\n")
        }
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
