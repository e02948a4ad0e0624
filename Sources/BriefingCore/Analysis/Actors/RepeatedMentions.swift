/// The later mentions that repeat an earlier candidate (`ActorCandidate.repeats`), set aside
/// as the text is read, then gathered by candidate (`place`), so that each candidate's are
/// side by side, in text order, from its `firstRepeat` on (`ActorCandidate.takeMentions`).
///
/// Noted in text order, each with its candidate's index, then placed by counting: first
/// linked each to the one before it of the same candidate, taking a name's repeats walked
/// the links back across the whole document, a cache miss at each, one after another.
/// Placing them costs writes to scattered places, which do not wait on one another.
///
/// Both lists are kept in chunks, as `ChunkedArray` keeps its elements, so that neither
/// holds two copies while it grows: a noted chunk is freed once placed, a placed one once
/// every repeat in it is taken, so that a name said a million times is not held twice,
/// here and in its actor's mentions. Placed chunks are left uninitialised until written,
/// so that memory fresh from the system is not touched before the repeats reach it.
struct RepeatedMentions {
    fileprivate struct Noted {
        let start: Int32
        let sentence: Int32
        let candidate: Int32
    }

    /// A repeat spans as many scalars as its candidate (`ActorCandidate.repeats`), so its
    /// start is enough.
    fileprivate struct Placed {
        let start: Int32
        let sentence: Int32
    }

    /// 16,384 repeats a chunk.
    fileprivate static let shift = 14
    /// The noted repeats, chunk after chunk, in memory behind pointers (`NotedChunks`); the
    /// next is written at `next`, where the chunk being filled has room for `room` more.
    /// Appended to an array, each repeat checked that the array was not shared, a call.
    private let noted = NotedChunks()
    private var next: UnsafeMutablePointer<Noted>
    private var room: Int
    private var notedCount = 0
    private var placed = PlacedChunks()

    init() {
        (next, room) = noted.startChunk()
    }

    /// Notes a repeat of the candidate at `index`, at `start` in `sentence`. The candidate is
    /// not read: it is counted when the repeats are placed, so that noting a repeat of a name
    /// far back in the document costs no trip to it. Inlined, the write: called for most
    /// mentions, the call cost as much; the next chunk is started out of line.
    @inline(__always) mutating func add(start: Int, sentence: Int, repeating index: Int) {
        if room == 0 { (next, room) = noted.startChunk() }
        next.initialize(to: Noted(start: Int32(truncatingIfNeeded: start), sentence: Int32(truncatingIfNeeded: sentence),
                                  candidate: Int32(truncatingIfNeeded: index)))
        next += 1
        room -= 1
        notedCount += 1
    }

    /// Gathers the repeats noted so far by candidate, each candidate's from its
    /// `firstRepeat` on, and sets their counts: `candidates` are those the repeats were noted
    /// for, at the same indexes. Called once, before any is taken.
    mutating func place(_ candidates: inout [ActorCandidate]) {
        guard notedCount > 0 else { return }
        // The chunks' repeats: every chunk full but the last.
        let notedChunks = noted.chunks(holding: notedCount)
        // Each candidate's count, then where its next repeat goes: its first's place, then on.
        var next = [Int32](repeating: 0, count: candidates.count)
        for links in notedChunks {
            for link in links { next[Int(link.candidate)] += 1 }
        }
        var total: Int32 = 0
        for i in candidates.indices {
            let count = next[i]
            candidates[i].placeRepeats(count: count, at: total)
            next[i] = total
            total += count
        }
        placed.allocate(count: notedCount)
        let chunks = placed.chunks
        next.withUnsafeMutableBufferPointer { next in
            for (c, links) in notedChunks.enumerated() {
                for link in links {
                    let k = Int(next[Int(link.candidate)])
                    next[Int(link.candidate)] += 1
                    (chunks[k >> Self.shift]! + (k & (1 << Self.shift - 1)))
                        .initialize(to: Placed(start: link.start, sentence: link.sentence))
                }
                noted.free(c)
            }
        }
        notedCount = 0
        room = 0
    }

    /// Appends to `array`, in text order, the `count` repeats from `first` (after `place`),
    /// each `length` scalars long. Each repeat is taken once.
    mutating func take(first: Int32, count: Int, length: Int, to array: inout [Mention]) {
        var k = Int(first)
        let end = k + count
        while k < end {
            let c = k >> Self.shift
            let upTo = min(end, (c + 1) << Self.shift)
            let chunk = placed.chunks[c]!
            for j in k..<upTo {
                let repeated = chunk[j & (1 << Self.shift - 1)]
                let start = Int(repeated.start)
                array.append(Mention(span: TextSpan(start, start + length), sentence: Int(repeated.sentence)))
            }
            placed.taken(upTo - k, from: c)
            k = upTo
        }
    }
}

/// The noted chunks of a `RepeatedMentions`: memory behind pointers, written through the
/// pointer the repeats hold, each freed once placed. The first chunks are small, each twice
/// the one before, so that small texts stay small; the later ones are full-sized.
private final class NotedChunks {
    private var memory: [(start: UnsafeMutablePointer<RepeatedMentions.Noted>, capacity: Int)] = []

    /// A new chunk after the others, and its room.
    func startChunk() -> (UnsafeMutablePointer<RepeatedMentions.Noted>, Int) {
        let capacity = min(max(memory.last?.capacity ?? 0, 32) * 2, 1 << RepeatedMentions.shift)
        memory.append((.allocate(capacity: capacity), capacity))
        return (memory[memory.count - 1].start, capacity)
    }

    /// The repeats of each chunk when they are `count` in all: every chunk full but the last.
    func chunks(holding count: Int) -> [UnsafeBufferPointer<RepeatedMentions.Noted>] {
        var left = count
        return memory.map { chunk in
            let n = min(left, chunk.capacity)
            left -= n
            return UnsafeBufferPointer(start: chunk.start, count: n)
        }
    }

    /// Frees chunk `c`, whose repeats are placed.
    func free(_ c: Int) {
        memory[c].start.deallocate()
        memory[c].capacity = 0
    }

    deinit {
        for chunk in memory where chunk.capacity > 0 { chunk.start.deallocate() }
    }
}

/// The placed chunks of a `RepeatedMentions`: memory behind pointers, so that they can be
/// left uninitialised until the repeats are written, freed one by one as they are taken.
private final class PlacedChunks {
    private(set) var chunks: [UnsafeMutablePointer<RepeatedMentions.Placed>?] = []
    /// Of each chunk, how many of its repeats are not yet taken.
    private var untaken: [Int] = []

    /// Chunks for `count` repeats, the last only as large as it needs.
    func allocate(count: Int) {
        let size = 1 << RepeatedMentions.shift
        var left = count
        while left > 0 {
            let n = min(left, size)
            chunks.append(.allocate(capacity: n))
            untaken.append(n)
            left -= n
        }
    }

    /// Counts `n` repeats of chunk `c` taken, and frees it once all are.
    func taken(_ n: Int, from c: Int) {
        untaken[c] -= n
        if untaken[c] == 0 {
            chunks[c]!.deallocate()
            chunks[c] = nil
        }
    }

    deinit {
        for chunk in chunks { chunk?.deallocate() }
    }
}
