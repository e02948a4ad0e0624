/// Word lists the sentence splitter consults at a full stop, as `LowercaseLetters`s.
enum Abbreviations {
    /// Never end a sentence: titles, months, "e.g.". Lowercased, without dots.
    static let neverFinal: LowercaseLetterSet = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt",
        "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "messrs", "mt", "ft", "vs", "v",
        "eg", "ie", "cf", "approx", "est", "dept", "univ", "fig", "figs", "vol", "pp", "ca",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ave", "blvd", "rd", "pres", "supt", "insp", "det", "cpl", "pvt", "sr", "jr",
    ]

    /// End a sentence only when a typical sentence opener follows: "Apple Inc. The deal…".
    static let maybeFinal: LowercaseLetterSet = [
        "etc", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "al", "esq", "no", "nos",
    ]

    /// "No. 5", "Nos. 3 and 4": final only before a sentence opener that is no number.
    static let numbering: LowercaseLetterSet = ["no", "nos"]

    /// The words of `numbering`, `neverFinal` and `maybeFinal`, asked first at a full stop.
    static let beforeStops = LowercaseLetterSet(unionOf: numbering, neverFinal, maybeFinal)

    /// "e.g.", "i.e.": dotted, never final.
    static let latinLinks: LowercaseLetterSet = ["eg", "ie"]

    /// Capitalised words that usually open a sentence rather than continue a name.
    static let sentenceOpeners: LowercaseLetterSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "but", "and", "or", "however", "in", "on", "at", "his", "her", "its",
        "their", "our", "my", "after", "before", "when", "while", "if", "as", "so", "yet",
        "meanwhile", "also", "some", "many", "most", "all", "both", "not", "what", "who", "why",
        "how", "where", "one", "since", "although", "though", "according", "earlier", "later",
        "last", "next", "then", "now", "today", "yesterday", "for", "with", "by", "from",
        "analysts", "officials", "moreover", "additionally", "further", "furthermore",
    ]

    /// Words that, ending a line, show the sentence goes on below.
    static let continuing: LowercaseLetterSet = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
        "by", "from", "as", "that", "which", "who", "whose", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "will", "would", "its", "his", "her", "their",
        "our", "this", "these", "those", "than", "into", "about", "over", "under",
    ]

    /// Titles that stand before a name, so a line ending in one runs on: "US President\nDonald Trump".
    static let titles: LowercaseLetterSet = [
        "president", "minister", "secretary", "chancellor", "governor", "senator",
        "ambassador", "chief", "director", "chairman", "chairwoman", "chair", "ceo",
        "leader", "commissioner", "spokesman", "spokeswoman", "spokesperson", "general",
        "king", "queen", "prince", "princess", "pope", "mayor", "judge", "justice",
        "representative", "congressman", "congresswoman", "premier", "envoy", "head",
        "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "prof", "professor",
        "officer", "executive", "founder", "deputy", "vice",
    ]
}
