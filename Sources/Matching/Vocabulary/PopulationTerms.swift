import Extraction

/// Words that say which sex a study enrolled ("44 men", "in women").
///
/// Two claims about one trial never disagree on this, while a research team's follow-up
/// trial in the other sex is a classic near-duplicate; so a clash is strong evidence
/// that two claims are about different studies. The words are data:
/// `Data/PopulationTerms.tsv`.
public enum PopulationTerms {
    private static let file = VocabularyTable.bundled("PopulationTerms", in: .module, columns: 2...2) {
        try $0.termsByRole(["male", "female"])
    }
    /// Words that mean the study enrolled males.
    public static let male: Set<String> = Set(file["male"] ?? [])
    /// Words that mean the study enrolled females.
    public static let female: Set<String> = Set(file["female"] ?? [])
}
