#if canImport(Glibc)
import Glibc
#endif

/// A text's Unicode scalars, indexable by scalar offset, in two bytes a scalar.
///
/// Every scalar up to U+FFFF is its own 16-bit unit (surrogate code points are never
/// scalars, so the unit is unambiguous). A scalar above U+FFFF (emoji, rare CJK) is stored
/// as the mark `astralMark` and its value kept in a side table sorted by offset: news text
/// has few of them, and half the memory of a `[Unicode.Scalar]` matters for a 100 MB input.
public struct PackedScalars: RandomAccessCollection, Sendable {
    /// One unit a scalar; `astralMark` where the scalar is above U+FFFF.
    let units: [UInt16]
    /// The scalars above U+FFFF, by offset.
    let astral: [AstralScalar]

    /// A surrogate code unit, which no scalar can be.
    static let astralMark: UInt16 = 0xD800

    struct AstralScalar: Sendable {
        let offset: Int
        let scalar: Unicode.Scalar
    }

    public init(_ string: String) {
        var utf8 = string
        self = utf8.withUTF8 { PackedScalars(utf8: $0) }
    }

    /// The scalars of well-formed UTF-8, counted first so the units are made at their size.
    ///
    /// Both passes take eight bytes at a time where they can: the count from the number of
    /// continuation bytes among them, the units by widening eight ASCII bytes at once.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let count = Self.scalarCount(bytes)
        var astral: [AstralScalar] = []
        let units = [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = count
            Self.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            if count == bytes.count {
                for i in 0..<count { buffer[i] = UInt16(bytes[i]) }  // all ASCII
                return
            }
            let out = UnsafeMutableRawPointer(buffer.baseAddress!)
            var i = 0
            var n = 0
            while i < bytes.count {
                if i + 8 <= bytes.count {
                    let eight = Self.eightBytes(bytes, at: i)
                    if eight & 0x8080_8080_8080_8080 == 0 {
                        out.storeBytes(of: Self.widened(eight), toByteOffset: 2 * n, as: UInt64.self)
                        out.storeBytes(of: Self.widened(eight >> 32), toByteOffset: 2 * n + 8, as: UInt64.self)
                        i += 8
                        n += 8
                        continue
                    }
                }
                let lead = UInt32(bytes[i])
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = lead; length = 1
                } else if lead < 0xE0 {
                    value = lead & 0x1F; length = 2
                } else if lead < 0xF0 {
                    value = lead & 0x0F; length = 3
                } else {
                    value = lead & 0x07; length = 4
                }
                var k = 1
                while k < length {
                    value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                    k += 1
                }
                if value > 0xFFFF {
                    // A String holds valid UTF-8, so every value is a scalar.
                    astral.append(AstralScalar(offset: n, scalar: Unicode.Scalar(value)!))
                    buffer[n] = Self.astralMark
                } else {
                    buffer[n] = UInt16(truncatingIfNeeded: value)
                }
                n += 1
                i += length
            }
        }
        self.units = units
        self.astral = astral
    }

    /// Asks the kernel to back a large untouched buffer with 2 MB pages: the units of a
    /// 10 MB text were otherwise 5,000 page faults, a third of the time spent making them.
    private static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        let hugePage = 2 << 20
        guard buffer.count >= 2 * hugePage, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        if start < end { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
        #endif
    }

    /// How many scalars: the bytes that are not continuation bytes (`10xxxxxx`).
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        var i = 0
        while i + 8 <= bytes.count {
            let eight = eightBytes(bytes, at: i)
            continuations += (eight & ~(eight << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return bytes.count - continuations
    }

    /// Eight bytes read at once, the first in the low byte (every platform Swift runs on is little-endian).
    @inline(__always)
    private static func eightBytes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
    }

    /// The low four bytes of `bytes`, each widened to a 16-bit unit.
    @inline(__always)
    private static func widened(_ bytes: UInt64) -> UInt64 {
        var x = bytes & 0xFFFF_FFFF
        x = (x | x << 16) & 0x0000_FFFF_0000_FFFF
        return (x | x << 8) & 0x00FF_00FF_00FF_00FF
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { units.count }

    @inline(__always)
    public subscript(offset: Int) -> Unicode.Scalar {
        let unit = units[offset]
        if _slowPath(unit == Self.astralMark) { return Self.astralScalar(at: offset, in: astral) }
        return Self.scalar(unit)
    }

    /// Reads the scalars through unsafe pointers, for the hot loops of the analysis.
    public func withView<R>(_ body: (ScalarView) throws -> R) rethrows -> R {
        try units.withUnsafeBufferPointer { units in
            try astral.withUnsafeBufferPointer { astral in
                try body(ScalarView(units: units, astral: astral))
            }
        }
    }

    /// A unit from each 64-byte line of the span's units, combined: reading them brings the
    /// lines into the cache together, so that a pass reading a sentence's text here and
    /// there, in a document too long for the text to stay in cache, waits for memory once
    /// a sentence rather than at each read. The caller keeps the result (in memory it
    /// writes), so the reads are made.
    @inline(__always)
    func touchLines(_ span: TextSpan) -> UInt16 {
        guard span.length > 0 else { return 0 }
        return units.withUnsafeBufferPointer { units in
            var x = units[span.end - 1]
            var k = span.start
            while k < span.end {
                x ^= units[k]
                k &+= 32
            }
            return x
        }
    }

    /// A unit below the mark range is the scalar of the same value.
    @inline(__always)
    static func scalar(_ unit: UInt16) -> Unicode.Scalar {
        unsafeBitCast(UInt32(unit), to: Unicode.Scalar.self)
    }

    static func astralScalar<C: RandomAccessCollection>(at offset: Int, in astral: C) -> Unicode.Scalar
    where C.Element == AstralScalar, C.Index == Int {
        var low = astral.startIndex
        var high = astral.endIndex
        while low < high {
            let mid = (low + high) / 2
            if astral[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        return astral[low].scalar
    }
}

/// `PackedScalars` through unsafe pointers: the same subscript without bounds checks
/// in a release build, valid only inside `PackedScalars.withView`.
public struct ScalarView: RandomAccessCollection {
    let units: UnsafeBufferPointer<UInt16>
    let astral: UnsafeBufferPointer<PackedScalars.AstralScalar>

    public var startIndex: Int { 0 }
    public var endIndex: Int { units.count }

    @inline(__always)
    public subscript(offset: Int) -> Unicode.Scalar {
        let unit = units[offset]
        if _slowPath(unit == PackedScalars.astralMark) {
            return PackedScalars.astralScalar(at: offset, in: astral)
        }
        return PackedScalars.scalar(unit)
    }
}
