/// Words that say which sex a study enrolled ("44 men", "in women").
///
/// Two claims about one trial never disagree on this, while a research team's follow-up
/// trial in the other sex is a classic near-duplicate; so a clash is strong evidence
/// that two claims are about different studies.
public enum PopulationTerms {
    /// Words that mean the study enrolled males.
    public static let male: Set<String> = ["men", "man", "male", "males", "boys", "boy"]
    /// Words that mean the study enrolled females.
    public static let female: Set<String> = [
        "women", "woman", "female", "females", "girls", "girl",
    ]
}
