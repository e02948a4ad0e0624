import Dispatch

/// The built-in tables the analysis reads (places and names, word frequencies, topic themes,
/// time words, actors' word lists). Each process builds them from their texts the first time
/// a stage asks: some 30 million instructions, far more than the analysis of a short article.
public enum AnalysisTables {
    /// Starts building the tables on two other threads, so that a command finds them built,
    /// or half built, once it has parsed its arguments and read its text. A stage that asks
    /// for a table another thread is building waits for it, as with any `static let`, so
    /// nothing else changes: only the wall time of a short run falls.
    ///
    /// Each thread takes about half of the work, and the topics' tables first, since the
    /// topics stage runs before the others.
    public static func buildInBackground() {
        let queue = DispatchQueue.global(qos: .userInitiated)
        queue.async {
            _ = TopicVocabulary.shared
            _ = TopicLexicon.shared
            _ = TimeLexicon.index
        }
        queue.async {
            _ = NameTables.fixedIndex("") // the gazetteer's places and the well-known names
            _ = WordLists.table
        }
    }
}
