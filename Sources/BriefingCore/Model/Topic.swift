/// Something the briefing is about, with the words that show it.
public struct Topic: Hashable, Sendable {
    public let id: String
    public let label: String
    /// 0…1, heaviest first in `Briefing.topics`.
    public let weight: Double
    public let keywords: [String]
    /// Sentence indexes it covers.
    public let sentences: [Int]
    /// Stories it covers, for per-story views.
    public let stories: [Int]

    public init(id: String, label: String, weight: Double, keywords: [String],
                sentences: [Int], stories: [Int]) {
        self.id = id
        self.label = label
        self.weight = weight
        self.keywords = keywords
        self.sentences = sentences
        self.stories = stories
    }
}
