/// Texts written one after another as UTF-8 bytes, each made a `String` only when asked.
///
/// A class over memory of its own, written by one owner: an append is a capacity check and
/// a copy, without an array's uniqueness check at every call (the summaries make several
/// appends a word). Reserved room is only touched as it is written.
///
/// Sendable as the timeline's entries use it: the analysis writes the summaries, then hands
/// the buffer to the entries (`TimelineTexts`), and no one writes to it after.
final class UTF8Buffer: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Where the text being written starts.
    private var start = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Starts a new text after the ones written.
    func beginText() { start = count }
    /// The text being written is empty.
    var isEmpty: Bool { count == start }
    /// Where the text being written is.
    var current: Range<Int> { start..<count }

    func string(_ range: Range<Int>) -> String {
        withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a text written; the pointer is valid in `body` only.
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    /// The space between a summary's words: most appends are one, without a literal's
    /// buffer to go through.
    func appendSpace() {
        reserve(1)
        base[count] = 0x20
        count += 1
    }

    /// The summaries' own words and separators ("to", "and "): literals, their bytes appended as they are.
    func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes in
            reserve(bytes.count)
            for k in 0..<bytes.count { base[count + k] = bytes[k] }
            count += bytes.count
        }
    }

    /// A span of the text, encoded: an ASCII span (nearly every word) narrowed unit by unit
    /// straight into place, in one pass that also tells whether it was ASCII (a loop the
    /// compiler can vectorise); any other span is then written again, scalar by scalar.
    func append(_ text: PackedScalars, _ from: Int, _ to: Int) {
        text.withView { view in
            let units = UnsafeBufferPointer(rebasing: view.units[from..<to])
            reserve(units.count)
            let into = base + count
            var seen: UInt16 = 0
            for k in 0..<units.count {
                seen |= units[k]
                into[k] = UInt8(truncatingIfNeeded: units[k])
            }
            if seen < 0x80 {
                count += units.count
                return
            }
            for i in from..<to { appendScalar(view[i].value) }
        }
    }

    private func appendScalar(_ v: UInt32) {
        reserve(4)
        if v < 0x80 {
            base[count] = UInt8(v)
            count += 1
        } else if v < 0x800 {
            base[count] = UInt8(0xC0 | (v >> 6)); base[count + 1] = UInt8(0x80 | (v & 0x3F))
            count += 2
        } else if v < 0x10000 {
            base[count] = UInt8(0xE0 | (v >> 12)); base[count + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            base[count + 2] = UInt8(0x80 | (v & 0x3F))
            count += 3
        } else {
            base[count] = UInt8(0xF0 | (v >> 18)); base[count + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            base[count + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); base[count + 3] = UInt8(0x80 | (v & 0x3F))
            count += 4
        }
    }

    /// Room for `n` more bytes: the memory doubled when it runs out.
    @inline(__always)
    private func reserve(_ n: Int) {
        if count + n > capacity { grow(to: max(capacity * 2, count + n)) }
    }

    private func grow(to newCapacity: Int) {
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.initialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = newCapacity
    }
}
