/// A sentence's tokens, in memory kept from sentence to sentence: `TimeTokens.make` writes
/// them with a capacity check alone (an array's append also checked it was unique, through
/// a call that made the loop save its registers at every token), and the stages read them
/// as an `UnsafeBufferPointer`, without bounds checks.
///
/// It also keeps, by word number (`WordNumbering`), the token each numbered word made the
/// first time, so a word met again is copied rather than worked out: a buffer serves the
/// sentences of one store.
final class TimeTokenBuffer {
    private var base: UnsafeMutablePointer<TimeToken>
    private var capacity: Int
    private var count = 0
    /// By word number, the word's token (at offset 0), or one of kind `.punctuation`, which
    /// no numbered word is, where none is made yet.
    let byNumber: UnsafeMutablePointer<TimeToken>
    /// The sentences' text lines read ahead (`PackedScalars.touchLines`), combined: kept only
    /// so that the reads are made. Every sentence's marks are read from the text, and in a
    /// long document each such read otherwise waited for memory in turn.
    var warmth: UInt16 = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        byNumber = WordNumbering.table(repeating: TimeToken(start: 0, end: 0, kind: .punctuation, key: 0,
                                                            entry: TimeLexicon.index.none, value: .min, digitCount: 0,
                                                            flags: []))
    }

    deinit {
        base.deallocate()
        byNumber.deallocate()
    }

    /// The tokens written last, valid until the buffer is refilled.
    var tokens: UnsafeBufferPointer<TimeToken> { UnsafeBufferPointer(start: base, count: count) }

    /// Replaces the tokens: `write` puts them at the start of the room it is given, which
    /// it may enlarge with `grown(keeping:)`, and says how many it wrote.
    func refill(_ write: (_ room: inout UnsafeMutableBufferPointer<TimeToken>) -> Int) {
        var room = UnsafeMutableBufferPointer(start: base, count: capacity)
        count = 0
        count = write(&room)
    }

    /// Room twice as large, with the first `kept` tokens of the old one.
    func grown(keeping kept: Int) -> UnsafeMutableBufferPointer<TimeToken> {
        let new = UnsafeMutablePointer<TimeToken>.allocate(capacity: capacity * 2)
        new.moveInitialize(from: base, count: kept)
        base.deallocate()
        base = new
        capacity *= 2
        return UnsafeMutableBufferPointer(start: base, count: capacity)
    }
}
