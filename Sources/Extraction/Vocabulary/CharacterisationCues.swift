/// Words that show a sentence characterises the evidence itself ("the authors called the
/// result tentative", "so this is preliminary", "we would rate it moderate") rather than
/// reporting a finding ("cortisol did not change"). A verdict phrase in such a sentence
/// outweighs one in a sentence without a cue.
///
/// The cues are data: `Data/CharacterisationCues.tsv`.
enum CharacterisationCues {
    private static let file = VocabularyTable.extractionPatterns(
        "CharacterisationCues", roles: ["cue", "mixed_finding"], single: ["mixed_finding"])
    /// Regular expressions, case-insensitive.
    static let patterns: [String] = file.terms("cue")
    /// The weight a cue adds to the verdict phrase of its sentence.
    static let bonus = 2

    /// A finding that went one way for one outcome and not for another ("sick days fell,
    /// but days of illness did not change"): the page reports a mixed result.
    static let mixedFinding = file.single("mixed_finding")
    /// The weight of a mixed finding: that of an explicit rating.
    static let mixedFindingWeight = 3
}
