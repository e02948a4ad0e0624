import Foundation
import Testing
@testable import BriefingCore

@Suite("Reading documents")
struct DocumentReaderTests {
    private func temporary(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func error(reading path: String, limit: Int = DocumentReader.defaultByteLimit) -> String? {
        do {
            _ = try DocumentReader.read(path: path, byteLimit: limit)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsAFile() throws {
        let path = try temporary("a.txt", Array("Hello.\r\n".utf8))
        let document = try DocumentReader.read(path: path)
        #expect(document.text == "Hello.\n")
        #expect(document.name == path)
    }

    @Test func missingFile() {
        #expect(error(reading: "/nonexistent/briefing.txt") == "briefing: /nonexistent/briefing.txt: no such file")
    }

    @Test func directory() {
        let path = FileManager.default.temporaryDirectory.path
        #expect(error(reading: path) == "briefing: \(path): is a directory, not a text file")
    }

    @Test func emptyAndBlankFiles() throws {
        let empty = try temporary("empty.txt", [])
        #expect(error(reading: empty) == "briefing: \(empty): is empty")
        let blank = try temporary("blank.txt", Array(" \n\t\n".utf8))
        #expect(error(reading: blank) == "briefing: \(blank): is empty")
    }

    @Test func binaryFile() throws {
        let path = try temporary("b.bin", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        #expect(error(reading: path) == "briefing: \(path): looks binary (it contains NUL bytes), not text")
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return } // root reads everything; the CLI test covers the message path
        let path = try temporary("secret.txt", Array("x".utf8))
        chmod(path, 0)
        #expect(error(reading: path) == "briefing: \(path): permission denied")
    }

    /// A named pipe in a directory of its own, for a writer thread to feed.
    private func fifo() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        return path
    }

    /// A pipe has no size: its bytes come in chunks, past the first chunk's 64 KiB, and its
    /// end is read once.
    @Test func readsAPipeLongerThanAChunk() throws {
        let path = try fifo()
        let text = String(repeating: "All quiet in Paris. ", count: 10_000)  // 200,000 bytes
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)!
            handle.write(Data(text.utf8))
            try? handle.close()
        }
        writer.start()
        let document = try DocumentReader.read(path: path)
        #expect(document.text == text)
    }

    @Test func pipeOverTheLimit() throws {
        let path = try fifo()
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)!
            // The reader stops at the limit and closes its end: the rest may not be written.
            signal(SIGPIPE, SIG_IGN)
            try? handle.write(contentsOf: Data(repeating: 0x61, count: 1_200_000))
            try? handle.close()
        }
        writer.start()
        #expect(error(reading: path, limit: 1 << 20) == "briefing: \(path): is larger than the 1 MB limit (raise it with --max-size MB)")
    }

    @Test func sizeLimit() throws {
        let path = try temporary("big.txt", [UInt8](repeating: 0x61, count: 3 * 1024 * 1024))
        #expect(error(reading: path, limit: 2 * 1024 * 1024)
                == "briefing: \(path): is larger than the 2 MB limit (raise it with --max-size MB)")
    }

    @Test func aLargeFileIsRefusedBeforeItIsRead() throws {
        // A sparse 64 GB file: reading it would take minutes, refusing it takes no time.
        let path = try temporary("huge.txt", Array("Start.".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 64 << 30)
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(error(reading: path) == "briefing: \(path): is larger than the 128 MB limit (raise it with --max-size MB)")
    }
}
