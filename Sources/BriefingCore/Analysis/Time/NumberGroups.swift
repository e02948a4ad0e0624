/// The digit groups of one token split at a separator ("2008-03-27", "27.03.2008"): how
/// many, and the value and digit count of the first three, kept inline.
///
/// The date patterns that read them want at most three; an array of each (two allocations
/// a call) cost more than the rest of the pattern for every dotted number ("1.5").
struct NumberGroups {
    /// How many groups the token has, three or more of them kept.
    private(set) var count = 0
    private var values: (Int, Int, Int) = (0, 0, 0)
    private var widths: (Int, Int, Int) = (0, 0, 0)

    /// The groups of `tok`'s digits split at `separator`; nil if anything else stands in it.
    init?(_ tok: TimeToken, _ text: PackedScalars, separator: Unicode.Scalar) {
        var value = 0, width = 0
        for i in tok.start..<tok.end {
            let c = text[i]
            // Wrapping arithmetic: a hostile run of digits must not trap; callers check the widths.
            if c.isDigit { value = value &* 10 &+ Int(c.value - 48); width += 1 }
            else if c == separator { add(value, width); value = 0; width = 0 }
            else { return nil }
        }
        add(value, width)
    }

    private mutating func add(_ value: Int, _ width: Int) {
        switch count {
        case 0: values.0 = value; widths.0 = width
        case 1: values.1 = value; widths.1 = width
        case 2: values.2 = value; widths.2 = width
        default: break
        }
        count += 1
    }

    /// The value of group `k` (below 3 and below `count`).
    func value(_ k: Int) -> Int {
        precondition(k < min(count, 3), "a digit group not kept")
        return k == 0 ? values.0 : (k == 1 ? values.1 : values.2)
    }

    /// The digit count of group `k` (below 3 and below `count`).
    func width(_ k: Int) -> Int {
        precondition(k < min(count, 3), "a digit group not kept")
        return k == 0 ? widths.0 : (k == 1 ? widths.1 : widths.2)
    }
}
