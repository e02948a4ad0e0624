/// The rows of a table in `GazetteerData`, read from the literal's UTF-8 in one pass with
/// no string or array made per row: each line that is not empty, cut into its fields.
enum TableRows {
    /// Calls `body` with the fields of each line that is not empty, cut at `separator`
    /// (empty fields kept), or with the whole line as one field when there is none. The
    /// buffers are valid only during the call.
    static func forEach(_ table: String, cutAt separator: UInt8?, _ body: (ArraySlice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var table = table
        table.withUTF8 { text in
            // The fields of the line so far, in the first `count` elements: overwritten line
            // after line, as emptying the array cost more than reading the line.
            var fields: [UnsafeBufferPointer<UInt8>] = []
            var count = 0
            func cut(_ start: Int, _ end: Int) {
                let field = UnsafeBufferPointer(rebasing: text[start..<end])
                if count < fields.count { fields[count] = field } else { fields.append(field) }
                count += 1
            }
            var lineStart = 0
            var fieldStart = 0
            // One past the end stands for a line break, ending the last line.
            for i in 0...text.count {
                let byte = i < text.count ? text[i] : 10
                if byte == 10 {
                    if i > lineStart {
                        cut(fieldStart, i)
                        body(fields[..<count])
                        count = 0
                    }
                    lineStart = i + 1
                    fieldStart = i + 1
                } else if byte == separator {
                    cut(fieldStart, i)
                    fieldStart = i + 1
                }
            }
        }
    }

    /// Calls `body` with each part of `field` cut at `separator`, empty parts skipped.
    static func forEachPart(of field: UnsafeBufferPointer<UInt8>, cutAt separator: UInt8, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for i in 0...field.count where i == field.count || field[i] == separator {
            if i > start { body(UnsafeBufferPointer(rebasing: field[start..<i])) }
            start = i + 1
        }
    }
}
