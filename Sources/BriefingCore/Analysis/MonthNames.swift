/// English month names and their abbreviations, lowercased, to month numbers.
public enum MonthNames {
    public static let full: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    public static let abbreviated: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Full names and abbreviations ("Jan", "Sept"), case-insensitive.
    public static func month(_ word: String) -> Int? {
        let key = word.lowercased()
        return full[key] ?? abbreviated[key]
    }
}
