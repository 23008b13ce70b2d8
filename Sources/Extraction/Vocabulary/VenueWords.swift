/// Words that mark a capitalised phrase as a journal or publisher name.
///
/// The words are `Data/VenueWords.tsv`; the lead-in `Data/VenuePatterns.tsv`.
enum VenueWords {
    private static let words = VocabularyTable.extractionTerms("VenueWords", roles: ["journal_word", "connector", "never_final"])
    /// Title words typical of journal names.
    static let journalWords: [String] = words.terms("journal_word")
    /// Small words allowed inside journal names.
    static let connectors: [String] = words.terms("connector")
    /// Function words no journal name ends with (lower case, as written).
    static let neverFinal: Set<String> = Set(words.terms("never_final"))
    /// Words before a venue: "published in", "in", "(".
    static let leadIn = VocabularyTable.extractionPatterns("VenuePatterns", roles: ["lead_in"], single: ["lead_in"])
        .single("lead_in")
}
