/// How review pages name the intervention they are about, as data for ``SubjectDetector``.
///
/// Words are lowercase with hyphens written as spaces. Extend the tables freely:
/// `Data/SubjectWords.tsv` and `Data/SubjectSynonyms.tsv`.
enum SubjectPhrases {
    private static let words = VocabularyTable.extractionTerms("SubjectWords", roles: ["generic", "plural"])

    /// Title words that never name an intervention ("Does X Really Work? A Complete
    /// Science Review"): question words, review vocabulary, filler.
    static let genericWords = Set(words.terms("generic"))

    /// Variant names → the name the project uses for the intervention. Keys are matched
    /// after hyphens become spaces and the last word's plural is folded.
    static let synonyms: [String: String] = VocabularyTable.extraction("SubjectSynonyms", columns: 2...2) {
        try $0.termMap()
    }

    /// Words that stay plural in a subject name.
    static let pluralWords = Set(words.terms("plural"))
}
