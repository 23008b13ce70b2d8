/// Words that mark a number as approximate ("about 500", "nearly 3,200").
///
/// A sample size given approximately that differs a little from an exact one is a minor
/// conflict, not a major one (DESIGN.md "Conflict rules"). The words are data:
/// `Data/ApproximationWords.tsv`.
public enum ApproximationWords {
    private static let file = VocabularyTable.extractionTerms("ApproximationWords", roles: ["word", "symbol"])
    /// Folded words; a sample-size text containing one is approximate.
    public static let words: Set<String> = Set(file.terms("word"))
    /// Characters that mark approximation on their own.
    public static let symbols: Set<Character> = Set(file.terms("symbol").compactMap(\.first))
}
