// The file is read with the C library, not Foundation: the analysis needs nothing of
// Foundation, and a process that loads it carries ~8 MB of its pages.
import Glibc

/// Reads a document from a path or standard input ("-") and checks it is text.
public enum DocumentReader {
    /// Inputs larger than this are refused unless the caller raises the limit (`--max-size`).
    /// The analysis needs under 8× its input in memory, so this keeps a run near 1 GB.
    public static let defaultByteLimit = 128 * 1024 * 1024

    public struct Document: Sendable {
        /// The name to show: the path, or "standard input".
        public let name: String
        public let text: String
        /// How many invalid UTF-8 sequences were replaced by U+FFFD.
        public let replacements: Int
    }

    public static func read(path: String, byteLimit: Int = defaultByteLimit) throws(InputError) -> Document {
        let name = path == "-" ? "standard input" : path
        let bytes: [UInt8]
        if path == "-" {
            bytes = try readAll(STDIN_FILENO, name: name, byteLimit: byteLimit)
        } else {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                switch errno {
                case ENOENT, ENOTDIR: throw .cannot(name, "no such file")
                case EACCES, EPERM:
                    // A directory says so, whether or not it may be read.
                    throw .cannot(name, isDirectory(path) ? "is a directory, not a text file" : "permission denied")
                default: throw cannotRead(name, errno)
                }
            }
            defer { close(fd) }
            var status = stat()
            guard fstat(fd, &status) == 0 else {
                throw cannotRead(name, errno)
            }
            if status.st_mode & S_IFMT == S_IFDIR { throw .cannot(name, "is a directory, not a text file") }
            // A regular file's size is known: refuse it up front rather than after reading.
            let size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
            if size > byteLimit { throw tooLarge(name, byteLimit) }
            bytes = try readAll(fd, name: name, byteLimit: byteLimit, expectedSize: size)
        }
        return try document(from: bytes, name: name)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Checks and decodes bytes already in memory (the built-in sample, tests).
    public static func document(from bytes: [UInt8], name: String) throws(InputError) -> Document {
        if bytes.contains(0) { throw .cannot(name, "looks binary (it contains NUL bytes), not text") }
        let decoded = TextDecoder.decode(bytes)
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw .cannot(name, "is empty")
        }
        return Document(name: name, text: decoded.text, replacements: decoded.replacements)
    }

    /// Reads to the end. With the file's size known the bytes are read straight into one array
    /// of that size, not copied from buffer to buffer as an array doubles (five copies of a
    /// 100 MB file); what is left (a pipe, standard input, a file that grew) is read in chunks.
    private static func readAll(_ fd: Int32, name: String, byteLimit: Int,
                                expectedSize: Int = 0) throws(InputError) -> [UInt8] {
        var reading = Reading(fd: fd)
        var bytes = [UInt8](unsafeUninitializedCapacity: min(expectedSize, byteLimit)) { buffer, count in
            count = reading.fill(buffer)
        }
        var chunk = [UInt8](repeating: 0, count: reading.isOver ? 0 : 1 << 16)
        while !reading.isOver {
            let count = chunk.withUnsafeMutableBufferPointer { reading.fill($0) }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > byteLimit { throw tooLarge(name, byteLimit) }
        }
        if reading.failure != 0 {
            throw cannotRead(name, reading.failure)
        }
        return bytes
    }

    /// Reads from a file descriptor, remembering where it stopped: once a read has found the
    /// end, no other is made (at a terminal each would wait for another Ctrl-D).
    private struct Reading {
        let fd: Int32
        /// A read returned 0: the input ended.
        private(set) var ended = false
        /// The errno of a failed read, else 0.
        private(set) var failure: Int32 = 0

        var isOver: Bool { ended || failure != 0 }

        /// Reads into `buffer` until it is full or the input is over; the count read. A read
        /// interrupted by a signal is tried again; one that would block (standard input left
        /// non-blocking by the program before) waits until there is something to read.
        mutating func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
            var count = 0
            while count < buffer.count && !isOver {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n > 0 {
                    count += n
                } else if n == 0 {
                    ended = true
                } else if errno == EAGAIN || errno == EWOULDBLOCK {
                    var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&ready, 1, -1)
                } else if errno != EINTR {
                    failure = errno
                }
            }
            return count
        }
    }

    /// A failure of the C library's, `number` its errno, in words.
    private static func cannotRead(_ name: String, _ number: Int32) -> InputError {
        .cannot(name, "cannot be read (\(String(cString: strerror(number))))")
    }

    private static func tooLarge(_ name: String, _ byteLimit: Int) -> InputError {
        .cannot(name, "is larger than the \(byteLimit / (1024 * 1024)) MB limit (raise it with --max-size MB)")
    }
}
