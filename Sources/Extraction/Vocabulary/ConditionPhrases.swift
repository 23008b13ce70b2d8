/// How review pages name conditions and outcomes, as data for ``ConditionNormalizer``.
///
/// The tables live in `Data/ConditionModifiers.tsv`, `ConditionSynonyms.tsv`,
/// `ConditionNarrowerTopics.tsv`, `ConditionPluralPhrases.tsv` and `KnownConditions.tsv`:
/// lowercase words with hyphens written as spaces. Extend them freely: the normaliser and the
/// evidence extractor read nothing else about condition names.
enum ConditionPhrases {
    private static let modifiers = VocabularyTable.extractionTerms(
        "ConditionModifiers",
        roles: ["qualifier", "qualified_topic", "leading_change", "prevention_lead", "trailing"])

    /// Words that qualify a condition without changing which condition it is
    /// ("chronic back pain" is back pain); dropped wherever they stand.
    static let qualifiers = Set(modifiers.terms("qualifier"))

    /// Phrases that open with a qualifier yet name a topic of their own ("long-term use" is
    /// a question of long-term safety, not of "use"); kept whole, then mapped by ``synonyms``.
    static let qualifiedTopics = Set(modifiers.terms("qualified_topic"))

    /// Words before a condition that say what changes about it ("reduced pain",
    /// "better sleep", "protects the retina"); dropped at the start of a topic.
    static let leadingChangeWords = Set(modifiers.terms("leading_change"))

    /// Words before a condition that turn it into its prevention ("preventing dementia" is
    /// dementia prevention, a different question from treating dementia).
    static let preventionLeads = Set(modifiers.terms("prevention_lead"))
    /// The word a prevention topic ends with ("dementia prevention").
    static let preventionWord = "prevention"

    /// Words after a condition that name a change or a measure of it ("cellulite
    /// reduction", "sleep quality"); dropped at the end of a topic, repeatedly.
    static let trailingWords = Set(modifiers.terms("trailing"))

    /// Variants (after qualifiers, change words and plurals are removed) → the name
    /// the project uses for the condition.
    static let synonyms: [String: String] = VocabularyTable.extraction("ConditionSynonyms", columns: 2...2) {
        try $0.termMap()
    }

    /// Broad topics and the narrower ones a page may spell out right after naming them
    /// ("Heart health: steadies your blood pressure" is about blood pressure; "Will it sharpen
    /// your mind? … higher recall scores" is about memory).
    static let narrowerTopics: [String: [String]] = VocabularyTable.extraction(
        "ConditionNarrowerTopics", columns: 2...2
    ) { table in
        var out: [String: [String]] = [:]
        for row in table.rows {
            out[try table.term(row, column: 0), default: []].append(try table.term(row, column: 1))
        }
        return out
    }

    /// Phrases that stay plural ("restless legs", not "restless leg").
    static let pluralPhrases = Set(VocabularyTable.extractionList("ConditionPluralPhrases"))

    /// Condition and outcome names the evidence extractor looks for in running text
    /// (a sentence, a question, a list item without a label). Synonym keys count too.
    static let knownConditions = Set(VocabularyTable.extractionList("KnownConditions"))
}
