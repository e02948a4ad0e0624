import Glibc

/// `printf`-style formatting of numbers through the C library (`%10.1f`, `%9.0f` …), where
/// Foundation's `String(format:)` would load Foundation, ~8 MB of pages in every measured
/// child. Numbers only: C's `%@` does not exist.
func cFormat(_ format: String, _ arguments: CVarArg...) -> String {
    withVaList(arguments) { list in
        var buffer = [CChar](repeating: 0, count: 256)
        let written = buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress!, $0.count, format, list) }
        precondition(written >= 0 && written < 256, "a formatted cell is longer than 255 bytes")
        return String(decoding: buffer[..<Int(written)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// `text` followed by spaces to `width` characters: a left-aligned cell.
func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

/// One line on standard error, written at once.
func printError(_ line: String) {
    var line = line + "\n"
    line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
