/// The rows of a table in `GazetteerData`, read from the literal's UTF-8 in one pass with
/// no string or array made per row: each line that is not empty, cut into its fields.
enum TableRows {
    /// Calls `body` with the fields of each line that is not empty, cut at `separator`
    /// (empty fields kept), or with the whole line as one field when there is none. The
    /// buffers are valid only during the call.
    static func forEach(_ table: String, cutAt separator: UInt8?, _ body: (UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>) -> Void) {
        var table = table
        table.withUTF8 { text in
            var fields = Fields()
            defer { fields.deallocate() }
            var lineStart = 0
            var fieldStart = 0
            // One past the end stands for a line break, ending the last line.
            for i in 0...text.count {
                let byte = i < text.count ? text[i] : 10
                if byte == 10 {
                    if i > lineStart {
                        fields.append(UnsafeBufferPointer(rebasing: text[fieldStart..<i]))
                        body(fields.all)
                        fields.count = 0
                    }
                    lineStart = i + 1
                    fieldStart = i + 1
                } else if byte == separator {
                    fields.append(UnsafeBufferPointer(rebasing: text[fieldStart..<i]))
                    fieldStart = i + 1
                }
            }
        }
    }

    /// The fields of one line, in memory written over line after line: an array, emptied
    /// for each line and sliced for `body`, cost more than reading the line.
    private struct Fields {
        private var base = UnsafeMutablePointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: 8)
        private var capacity = 8
        var count = 0

        var all: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>> { UnsafeBufferPointer(start: base, count: count) }

        mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
            if count == capacity {
                let grown = UnsafeMutablePointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: base, count: count)
                base.deallocate()
                base = grown
                capacity *= 2
            }
            (base + count).initialize(to: field)
            count += 1
        }

        func deallocate() { base.deallocate() }
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
