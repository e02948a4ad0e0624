#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// A list of word indices that `WordBuffer` fills once a sentence is read, from the bits of
/// the words that belong, eight words at a time (`append(_:from:_:)`). Held as where the list
/// starts and where it ends.
///
/// Its owner makes the room and frees it (`deallocate`): `WordBuffer` gives each list room for
/// one index per word it has room for, and adds at most one per word; the list has eight more,
/// as eight indices are written at once past the last one kept.
struct IndexList {
    private let start: UnsafeMutablePointer<Int32>
    private var end: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        start = .allocate(capacity: capacity + 8)
        end = start
    }

    /// The indices kept, in the order added; valid until the list changes.
    var indices: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: start, count: end - start) }

    /// For each byte value, where its set bits are (0 to 7, a byte each, in order from the first
    /// byte; 0 past the last) and how many there are: worked out once, in memory never freed.
    struct SetBits {
        let places: UnsafePointer<UInt64>
        let counts: UnsafePointer<UInt8>

        nonisolated(unsafe) static let all: SetBits = {
            let places = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
            let counts = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            for byte in 0..<256 {
                var packed: UInt64 = 0
                var count: UInt64 = 0
                for bit in 0..<8 where byte >> bit & 1 != 0 {
                    packed |= UInt64(bit) << (8 * count)
                    count += 1
                }
                places[byte] = packed
                counts[byte] = UInt8(count)
            }
            return SetBits(places: places, counts: counts)
        }()
    }

    /// Adds the indices of the set bits of `bits` (eight bits), bit i standing for index
    /// `base + i`, in order: the places of the byte's bits (`setBits`) widened to indices and
    /// written all eight at once, and the end moved past those set, with no branch (a loop
    /// over the set bits ended at a branch the processor could not foresee).
    @inline(__always) mutating func append(_ bits: UInt64, from base: Int, _ setBits: SetBits) {
        assert(bits < 256, "the bits of eight words")
        let byte = Int(truncatingIfNeeded: bits)
        #if arch(x86_64)
        let zero = _mm_setzero_si128()
        let places = _mm_unpacklo_epi8(_mm_cvtsi64_si128(Int64(bitPattern: setBits.places[byte])), zero)
        let offset = _mm_set1_epi32(Int32(truncatingIfNeeded: base))
        let raw = UnsafeMutableRawPointer(end)
        raw.storeBytes(of: _mm_add_epi32(_mm_unpacklo_epi16(places, zero), offset), as: __m128i.self)
        raw.storeBytes(of: _mm_add_epi32(_mm_unpackhi_epi16(places, zero), offset), toByteOffset: 16,
                       as: __m128i.self)
        end += Int(setBits.counts[byte])
        #else
        var packed = setBits.places[byte]
        for _ in 0..<Int(setBits.counts[byte]) {
            end.pointee = Int32(truncatingIfNeeded: base &+ Int(packed & 0xFF))
            end += 1
            packed >>= 8
        }
        #endif
    }

    mutating func removeAll() { end = start }

    /// Frees the storage: the list is not used after.
    func deallocate() { start.deallocate() }
}
