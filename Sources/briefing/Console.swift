import Foundation

/// Standard output and error, written whole.
enum Console {
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes all of the bytes, straight from the buffer, retrying short writes.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
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
    }

    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func fail(_ line: String) -> Never {
        warn(line)
        exit(1)
    }
}
