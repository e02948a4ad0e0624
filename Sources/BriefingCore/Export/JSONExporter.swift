/// Writes a `Briefing` as the contract's `briefing/1` JSON object.
public enum JSONExporter {
    public static func export(_ briefing: Briefing) -> String {
        String(decoding: exportUTF8(briefing), as: UTF8.self)
    }

    /// The export as UTF-8 bytes, without the copy into a String.
    public static func exportUTF8(_ briefing: Briefing) -> [UInt8] {
        ByteStream.collect { write(briefing, to: $0) }
    }

    /// Writes the export to `stream` piece by piece; the caller finishes the stream.
    public static func write(_ briefing: Briefing, to stream: ByteStream) {
        let w = JSONWriter(out: stream)
        w.raw("{\n  \"format\": \"briefing/1\",\n  \"document\": {\n    \"title\": ")
        w.optionalString(briefing.title)
        w.raw(",\n    \"date\": ")
        w.optionalString(briefing.date?.description)
        w.raw(",\n    \"text\": ")
        w.string(briefing.source)
        w.raw("\n  },\n  \"sentences\": [")
        // Sentences come in text order, so their paragraphs are read off with one cursor.
        var paragraph = 0
        let paragraphs = briefing.paragraphs
        list(w, briefing.sentences) { w, s in
            while paragraph + 1 < paragraphs.count && paragraphs[paragraph + 1].span.start <= s.span.start { paragraph += 1 }
            w.raw("{\"index\": "); w.int(s.index)
            w.raw(", \"start\": "); w.int(s.span.start)
            w.raw(", \"end\": "); w.int(s.span.end)
            w.raw(", \"paragraph\": "); w.int(paragraph)
            w.raw(", \"story\": "); w.int(s.story)
            w.raw("}")
        }
        w.raw("],\n  \"actors\": [")
        list(w, briefing.actors) { w, a in
            w.raw("{\"id\": "); w.string(a.id)
            w.raw(", \"name\": "); w.string(a.name)
            w.raw(", \"kind\": "); w.string(a.kind.rawValue)
            w.raw(", \"aliases\": "); w.stringArray(a.aliases)
            w.raw(", \"roles\": "); w.stringArray(a.roles)
            w.raw(", \"affiliation\": "); w.optionalString(a.affiliation)
            w.raw(", \"mentions\": [")
            for (i, m) in a.mentions.enumerated() {
                if i > 0 { w.raw(", ") }
                w.raw("{\"start\": "); w.int(m.span.start)
                w.raw(", \"end\": "); w.int(m.span.end)
                w.raw(", \"sentence\": "); w.int(m.sentence)
                w.raw("}")
            }
            w.raw("]}")
        }
        w.raw("],\n  \"times\": [")
        list(w, briefing.times) { w, t in
            w.raw("{\"start\": \(t.span.start), \"end\": \(t.span.end), \"sentence\": \(t.sentence), ")
            w.raw("\"type\": "); w.string(t.type.rawValue)
            w.raw(", \"value\": "); w.optionalString(t.value)
            w.raw(", \"text\": "); w.string(briefing.source.slice(t.span))
            w.raw("}")
        }
        w.raw("],\n  \"timeline\": [")
        list(w, briefing.timeline) { w, e in
            w.raw("{\"sentence\": \(e.sentence), \"order\": \(e.order), \"relation\": ")
            w.optionalString(e.relation?.rawValue)
            w.raw(", \"time\": "); w.optionalInt(e.time)
            w.raw(", \"actors\": "); w.stringArray(e.texts.actorIds)
            w.raw(", \"summary\": "); e.texts.withSummaryUTF8 { w.string(utf8: $0) }
            w.raw("}")
        }
        w.raw("],\n  \"topics\": [")
        list(w, briefing.topics) { w, t in
            w.raw("{\"id\": "); w.string(t.id)
            w.raw(", \"label\": "); w.string(t.label)
            w.raw(", \"weight\": "); w.number(t.weight)
            w.raw(", \"keywords\": "); w.stringArray(t.keywords)
            w.raw(", \"sentences\": "); w.intArray(t.sentences)
            w.raw(", \"stories\": "); w.intArray(t.stories)
            w.raw("}")
        }
        w.raw("]\n}\n")
    }

    /// One item a line, so large exports stay readable and diffable.
    private static func list<T>(_ w: JSONWriter, _ items: [T], _ item: (JSONWriter, T) -> Void) {
        for (i, element) in items.enumerated() {
            w.raw(i == 0 ? "\n    " : ",\n    ")
            item(w, element)
        }
        if !items.isEmpty { w.raw("\n  ") }
    }
}
