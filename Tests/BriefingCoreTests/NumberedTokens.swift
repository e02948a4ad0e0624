@testable import BriefingCore

/// The tokens of a whole text with their word numbers, for the tests of what stages keep by
/// number: read from a token store that numbers them (`WordNumbering`), as the analysis reads
/// them, or (`numbered` false) straight from the tokenizer with none, so the stage's own
/// tables find them — and a text may then be longer than a sentence can be.
func numberedTokens(_ scalars: PackedScalars, numbered: Bool) -> [(Token, Int)] {
    guard numbered else { return Tokenizer.tokens(scalars, in: TextSpan(0, scalars.count)).map { ($0, 0) } }
    var tokens: [(Token, Int)] = []
    let store = TokenStore(length: scalars.count, sentenceCount: 1)
    scalars.withView { view in
        store.scanNumbered(view, Sentence(index: 0, span: TextSpan(0, scalars.count), story: 0)) { tokens.append(($0, $1)) }
    }
    return tokens
}
