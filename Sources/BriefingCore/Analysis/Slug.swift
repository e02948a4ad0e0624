/// Stable ids from names: "David Lammy" → "david-lammy", "Bank of England" → "bank-of-england".
public enum Slug {
    public static func make(_ name: String) -> String {
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
}
