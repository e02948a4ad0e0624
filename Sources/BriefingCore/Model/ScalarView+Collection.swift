/// `ScalarView` as a collection, for the word-key helpers written over any collection of
/// scalars (`LetterKey.of`): they then read the units without bounds checks.
extension ScalarView: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { units.count }
}
