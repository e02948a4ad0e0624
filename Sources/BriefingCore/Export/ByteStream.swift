/// Bytes written through a fixed buffer and handed to a sink each time it fills, so an
/// export of any size takes the buffer's memory, not the export's.
///
/// The sink sees each chunk once, in order; `finish()` hands over what is left.
public final class ByteStream {
    /// Large enough that a write call per chunk costs nothing next to the formatting.
    public static let defaultCapacity = 64 * 1024

    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var used = 0
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void

    public init(capacity: Int = ByteStream.defaultCapacity, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        precondition(capacity > 0, "a stream needs room for at least one byte")
        buffer = .allocate(capacity: capacity)
        self.sink = sink
    }

    deinit { buffer.deallocate() }

    /// Collects everything written through `body` in one array: for tests and callers
    /// that want the export in memory.
    public static func collect(_ body: (ByteStream) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        let stream = ByteStream { bytes.append(contentsOf: $0) }
        body(stream)
        stream.finish()
        return bytes
    }

    @inline(__always) public func write(_ byte: UInt8) {
        if used == buffer.count { flush() }
        buffer[used] = byte
        used += 1
    }

    public func write(_ s: String) {
        var s = s
        s.withUTF8 { write($0) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        var rest = bytes
        while !rest.isEmpty {
            if used == buffer.count { flush() }
            // A run larger than the buffer goes to the sink straight, without the copy.
            if used == 0 && rest.count >= buffer.count {
                sink(rest)
                return
            }
            let n = min(rest.count, buffer.count - used)
            (buffer.baseAddress! + used).initialize(from: rest.baseAddress!, count: n)
            used += n
            rest = UnsafeBufferPointer(rebasing: rest[n...])
        }
    }

    /// Hands what is buffered to the sink; call once all is written.
    public func finish() { flush() }

    private func flush() {
        guard used > 0 else { return }
        sink(UnsafeBufferPointer(rebasing: buffer[..<used]))
        used = 0
    }
}
