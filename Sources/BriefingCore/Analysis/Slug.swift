/// Stable ids from names: "David Lammy" → "david-lammy", "Bank of England" → "bank-of-england".
public enum Slug {
    public static func make(_ name: String) -> String {
        var name = name
        return name.withUTF8 { make(utf8: $0) }
    }

    /// The same of a name's UTF-8 (an actor's, in its store, made no `String`).
    static func make(utf8 name: UnsafeBufferPointer<UInt8>) -> String {
        ascii(name) ?? unicode(String(decoding: name, as: UTF8.self))
    }

    /// Any name: lowercased, letters and digits kept, apostrophes dropped, every other run
    /// of characters one dash between words.
    static func unicode(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isLetterOrDigit {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if !scalar.isApostrophe {
                pendingDash = true
            }
        }
        return out.isEmpty ? "item" : out
    }

    /// The same for a name all ASCII (nearly every one), byte by byte: lowercasing the string
    /// and asking each scalar's properties took about 4,300 instructions a name. Nil for any
    /// other name. A slug is never longer than its name (a dash stands for at least one
    /// character left out), so it asks for the name's length: a slug of 15 bytes or fewer is
    /// then held inline in its `String`, where twice the length put every one of them on the
    /// heap (about 70 bytes an actor on a text of many names).
    private static func ascii(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        guard name.allSatisfy({ $0 < 0x80 }) else { return nil }
        let slug = String(unsafeUninitializedCapacity: name.count) { out in
            var n = 0
            var pendingDash = false
            for byte in name {
                let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
                    if pendingDash && n > 0 { out[n] = 0x2D; n += 1 }
                    pendingDash = false
                    out[n] = lower
                    n += 1
                } else if byte != 0x27 {
                    pendingDash = true
                }
            }
            return n
        }
        return slug.isEmpty ? "item" : slug
    }
}
