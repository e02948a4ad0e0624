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
            out.write("   > ")
            writeInline(briefing.text(of: briefing.sentences[entry.sentence]), to: out)
            out.write("\n")
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
            if let replacement = inlineReplacement(scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `inline` written straight to the stream: a quoted sentence may be long and quoted
    /// often, and building it as a String scalar by scalar was most of a large export's time.
    static func writeInline(_ s: String, to out: ByteStream) {
        for scalar in s.unicodeScalars {
            if let replacement = inlineReplacement(scalar) {
                out.write(replacement)
            } else {
                UTF8.encode(scalar) { out.write($0) }
            }
        }
    }

    /// What `inline` shows for a scalar; nil to show it as it is.
    @inline(__always) private static func inlineReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n", "\t": return " "
        case "*", "_", "`", "[", "]", "<", ">", "#", "|", "\\": return "\\" + String(scalar)
        default: return VisibleText.needsEscape(scalar) ? VisibleText.escape(scalar) : nil
        }
    }
}
