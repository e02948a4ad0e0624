/// A sorted word list looked up by binary search over its bytes: loading it costs one
/// pass over the text, with no string or hash table made per word.
struct SortedWords: Sendable {
    private let bytes: [UInt8]
    /// Start of each word in `bytes`; a word ends at the next separator.
    private let starts: [Int32]

    /// Words separated by spaces or line breaks, in byte order.
    init(_ list: String) {
        var list = list
        let count = list.utf8.count + 1
        // The text and a line break after it, for `contains` to stop at.
        let bytes = list.withUTF8 { text in
            [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                if let start = text.baseAddress { buffer.baseAddress!.initialize(from: start, count: count - 1) }
                buffer[count - 1] = 10
                initialized = count
            }
        }
        // At most one word for every two bytes, each word being followed by a separator.
        let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: count / 2)
        defer { scratch.deallocate() }
        let found = bytes.withUnsafeBufferPointer { Self.wordStarts($0, into: scratch) }
        self.bytes = bytes
        starts = Array(UnsafeBufferPointer(start: scratch, count: found))
    }

    /// Writes where each word of `text` starts, and gives how many there are. A word starts
    /// at a byte that is no separator after one that is, or at the first byte. Eight bytes
    /// at a time, each byte's verdict in its top bit: the list is long, and every process
    /// loads it.
    private static func wordStarts(_ text: UnsafeBufferPointer<UInt8>, into starts: UnsafeMutablePointer<Int32>) -> Int {
        let tops: UInt64 = 0x8080_8080_8080_8080
        var n = 0
        // Top bit of the lowest byte: whether the byte before the eight is a separator.
        var separatorBefore: UInt64 = 0x80
        var i = 0
        while i + 8 <= text.count {
            let eight = UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let separators = bytes(of: eight, equalTo: 32) | bytes(of: eight, equalTo: 10)
            var begins = ~separators & (separators << 8 | separatorBefore) & tops
            // Offsets fit in 32 bits (`contains` reads them so), and no count overflows.
            while begins != 0 {
                starts[n] = Int32(truncatingIfNeeded: i &+ begins.trailingZeroBitCount >> 3)
                n &+= 1
                begins &= begins &- 1
            }
            separatorBefore = separators >> 56
            i &+= 8
        }
        var inWord = separatorBefore == 0
        for k in i..<text.count {
            let separator = text[k] == 32 || text[k] == 10
            if !separator && !inWord {
                starts[n] = Int32(k)
                n += 1
            }
            inWord = !separator
        }
        return n
    }

    /// The top bit of each of the eight bytes set where the byte is `byte`, and no other bit.
    @inline(__always) private static func bytes(of eight: UInt64, equalTo byte: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = eight ^ 0x0101_0101_0101_0101 &* UInt64(byte)
        // A byte's top bit, in (low seven bits + 0x7F) | byte, is set exactly when it is not 0;
        // the sum never carries into the next byte.
        return ~((x & lows) &+ lows | x) & ~lows
    }

    var count: Int { starts.count }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { key in
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low + high) / 2
                var i = Int(starts[mid])
                var j = 0
                var order = 0
                while true {
                    let a = bytes[i]
                    let endA = a == 32 || a == 10
                    let endB = j == key.count
                    if endA && endB { order = 0; break }
                    if endA { order = -1; break }
                    if endB { order = 1; break }
                    let b = key[j]
                    if a != b { order = a < b ? -1 : 1; break }
                    i += 1
                    j += 1
                }
                if order == 0 { return true }
                if order < 0 { low = mid + 1 } else { high = mid }
            }
            return false
        }
    }
}
