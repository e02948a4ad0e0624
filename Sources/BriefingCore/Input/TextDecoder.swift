/// Turns raw bytes into the document text: UTF-8, BOM stripped, line ends made `\n`,
/// invalid bytes replaced by U+FFFD.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public let text: String
        /// How many invalid byte sequences became U+FFFD.
        public let replacements: Int
    }

    public static func decode(_ input: [UInt8]) -> Decoded {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // CR is ASCII and never part of a multi-byte sequence, so line ends can be
        // normalised on the bytes before decoding.
        let normalised = bytes.contains(0x0D) ? ArraySlice(normaliseLineEnds(bytes)) : bytes
        if let text = String(validating: normalised, as: UTF8.self) {
            return Decoded(text: text, replacements: 0)
        }
        return Decoded(text: String(decoding: normalised, as: UTF8.self),
                       replacements: countInvalidSequences(normalised))
    }

    private static func normaliseLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
            } else {
                if !(byte == 0x0A && previousWasCR) { out.append(byte) }
                previousWasCR = false
            }
        }
        return out
    }

    /// Counts the sequences `String(decoding:)` replaces, with the same rules.
    private static func countInvalidSequences(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var count = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: count += 1
            case .emptyInput: return count
            }
        }
    }
}
