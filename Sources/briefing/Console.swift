import Foundation

/// Standard output and error, written whole.
enum Console {
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func fail(_ line: String) -> Never {
        warn(line)
        exit(1)
    }
}
