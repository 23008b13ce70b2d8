/// Words that name the people (or units) a study enrolled, and the words that mark a
/// count as something other than the total.
///
/// The nouns are `Data/ParticipantNouns.tsv`; the patterns `Data/ParticipantPatterns.tsv`.
enum ParticipantNouns {
    /// Nouns that follow a participant count ("82 participants", "45 young vegetarians").
    static let nouns: [String] = VocabularyTable.extractionList("ParticipantNouns")

    private static let patterns = VocabularyTable.extractionPatterns(
        "ParticipantPatterns", roles: ["qualifier", "subset_verb", "control_arm"], single: ["qualifier"])

    /// Adjectives and qualifiers allowed between a count and its noun ("46 older adults",
    /// "sixty-two young vegan adults", "3,018 Dutch adults").
    static let qualifier = patterns.single("qualifier")

    /// Words after a count that make it a subgroup, not the total ("42 completed").
    static let subsetVerbs: [String] = patterns.terms("subset_verb")

    /// What a control arm received ("placebo", "usual care"): a count before it is an arm.
    static let controlArms: [String] = patterns.terms("control_arm")
}
