import Foundation

/// Standard output and error, written whole.
enum Console {
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes all of the bytes, straight from the buffer, retrying short writes; a write
    /// error ends the program with one line on stderr (a closed pipe ends it by SIGPIPE, quietly).
    static func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                fail("briefing: cannot write the export (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }

    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func fail(_ line: String) -> Never {
        warn(line)
        exit(1)
    }
}
