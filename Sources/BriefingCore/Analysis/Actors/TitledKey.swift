/// A name's key with the first byte of each word made uppercase (a to z only): the surface
/// of most names ("Emubcrd Sbqgbcn" of "emubcrd sbqgbcn"), which `NameStrings` then makes
/// from the key instead of keeping it.
enum TitledKey {
    /// Whether `surface` is `of(key)`, byte for byte.
    static func matches(_ surface: String, _ key: String) -> Bool {
        guard surface.utf8.count == key.utf8.count else { return false }
        var surface = surface, key = key
        return surface.withUTF8 { surface in
            key.withUTF8 { key in
                for i in 0..<key.count where surface[i] != titled(key, i) { return false }
                return true
            }
        }
    }

    /// The key with each word's first byte uppercase.
    static func of(_ key: String) -> String {
        var key = key
        return key.withUTF8(of)
    }

    /// The same, of the key's bytes.
    static func of(_ key: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: key.count) { buffer in
            for i in 0..<key.count { buffer[i] = titled(key, i) }
            return key.count
        }
    }

    /// Byte `i` of `of(key)`: uppercase when it is a to z and opens a word (first, or after a space).
    @inline(__always) private static func titled(_ key: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8 {
        let b = key[i]
        let opensWord = i == 0 || key[i - 1] == 32
        return opensWord && b >= 97 && b <= 122 ? b - 32 : b
    }
}
