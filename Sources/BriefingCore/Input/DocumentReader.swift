import Foundation

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
            bytes = try readAll(FileHandle.standardInput, name: name, byteLimit: byteLimit)
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .cannot(name, "no such file")
            }
            if isDirectory.boolValue { throw .cannot(name, "is a directory, not a text file") }
            guard FileManager.default.isReadableFile(atPath: path),
                  let handle = FileHandle(forReadingAtPath: path) else {
                throw .cannot(name, "permission denied")
            }
            // A regular file's size is known: refuse it up front rather than after reading.
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            if let size, size > byteLimit {
                try? handle.close()
                throw tooLarge(name, byteLimit)
            }
            defer { try? handle.close() }
            bytes = try readAll(handle, name: name, byteLimit: byteLimit, expectedSize: size ?? 0)
        }
        return try document(from: bytes, name: name)
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

    /// Reads to the end. With the file's size known the bytes are read into one buffer of that
    /// size, not copied from buffer to buffer as an array doubles (five copies of a 100 MB file).
    private static func readAll(_ handle: FileHandle, name: String, byteLimit: Int,
                                expectedSize: Int = 0) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expectedSize, byteLimit))
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw .cannot(name, "cannot be read (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > byteLimit { throw tooLarge(name, byteLimit) }
        }
        return bytes
    }

    private static func tooLarge(_ name: String, _ byteLimit: Int) -> InputError {
        .cannot(name, "is larger than the \(byteLimit / (1024 * 1024)) MB limit (raise it with --max-size MB)")
    }
}
