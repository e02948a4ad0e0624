/// The later mentions that repeat an earlier candidate (`ActorCandidate.repeats`), set aside
/// as the text is read, each linked to the one before it of the same candidate, which holds
/// the last one's index (`ActorCandidate.takeMentions`).
///
/// Noted at the end of one list: kept with their candidate (a `ChunkedArray` each), each
/// repeat reached back into that candidate's own list, two heap objects far back in memory,
/// and missed the cache at both. Twelve bytes a repeat, as in those lists: a repeat spans
/// as many scalars as its candidate (`ActorCandidate.repeats`), so its start is enough.
///
/// Kept in chunks, as `ChunkedArray` keeps its elements, so that the list never holds two
/// copies while it grows; a chunk is freed once every repeat in it is taken, so that a name
/// said a million times is not held twice, here and in its actor's mentions.
struct RepeatedMentions {
    private struct Link {
        let start: Int32
        let sentence: Int32
        /// Index of the same candidate's repeat before this one, -1 for none.
        let previous: Int32
    }

    /// 16,384 links a chunk.
    private static let shift = 14
    private var chunks: [[Link]] = []
    /// Of each chunk, how many of its repeats are not yet taken.
    private var untaken: [Int] = []

    /// Notes a repeat of the candidate at `candidate`, at `start` in `sentence`.
    mutating func add(start: Int, sentence: Int, repeating candidate: UnsafeMutablePointer<ActorCandidate>) {
        if chunks.isEmpty || chunks[chunks.count - 1].count == 1 << Self.shift {
            // The first chunk grows as an array does, so small texts stay small; a later one is
            // made at its full size at once.
            var chunk: [Link] = []
            if !chunks.isEmpty { chunk.reserveCapacity(1 << Self.shift) }
            chunks.append(chunk)
            untaken.append(0)
        }
        let last = chunks.count - 1
        chunks[last].append(Link(start: Int32(truncatingIfNeeded: start), sentence: Int32(truncatingIfNeeded: sentence),
                                 previous: candidate.pointee.lastRepeat))
        untaken[last] += 1
        candidate.pointee.countRepeat(at: last << Self.shift + chunks[last].count - 1)
    }

    /// Appends to `array`, in text order, the `count` repeats, each `length` scalars long,
    /// of the candidate whose last repeat is at `last`. Each repeat is taken once.
    mutating func take(last: Int32, count: Int, length: Int, to array: inout [Mention]) {
        let first = array.count
        // Appended from the last, then put in order: an array filled at once before the links
        // were read held its pages and all the chunks at the same time.
        var k = Int(last)
        for _ in 0..<count {
            let c = k >> Self.shift
            let link = chunks[c][k & (1 << Self.shift - 1)]
            let start = Int(link.start)
            array.append(Mention(span: TextSpan(start, start + length), sentence: Int(link.sentence)))
            k = Int(link.previous)
            untaken[c] -= 1
            if untaken[c] == 0 { chunks[c] = [] }
        }
        // Through a pointer: reversed through the slice, the mentions were copied out and back.
        array.withUnsafeMutableBufferPointer { mentions in
            var (i, j) = (first, mentions.count - 1)
            while i < j {
                mentions.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
    }
}
