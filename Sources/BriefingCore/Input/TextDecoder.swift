/// Turns raw bytes into the document text: UTF-8, BOM stripped, line ends made `\n`,
/// invalid bytes replaced by U+FFFD.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public let text: String
        /// How many invalid byte sequences became U+FFFD.
        public let replacements: Int
    }

    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> Decoded where Bytes.Element == UInt8 {
        var start = bytes.startIndex
        if bytes.count >= 3 {
            let b0 = bytes[start]
            let b1 = bytes[bytes.index(start, offsetBy: 1)]
            let b2 = bytes[bytes.index(start, offsetBy: 2)]
            if b0 == 0xEF, b1 == 0xBB, b2 == 0xBF { start = bytes.index(start, offsetBy: 3) }
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var replacements = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var previousWasCR = false
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\r" {
                    scalars.append("\n")
                    previousWasCR = true
                    continue loop
                }
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue loop
                }
                previousWasCR = false
                scalars.append(scalar)
            case .error:
                previousWasCR = false
                replacements += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        return Decoded(text: String(scalars), replacements: replacements)
    }
}
