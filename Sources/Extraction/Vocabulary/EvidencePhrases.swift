/// How review pages lay out their ratings of the evidence, as data for ``EvidenceExtractor``.
///
/// Header words are lowercase and matched as whole words of a table header cell. The words
/// are data: `Data/EvidenceHeaderWords.tsv`, `EvidenceProseWords.tsv`,
/// `EvidenceLabelWords.tsv`, `FAQPrefixes.tsv` and `EvidencePatterns.tsv`.
enum EvidencePhrases {
    private static let headers = VocabularyTable.extractionTerms(
        "EvidenceHeaderWords",
        roles: ["verdict", "evidence", "non_rating", "topic", "study_field", "study_noun", "non_topic"])
    private static let prose = VocabularyTable.extractionTerms(
        "EvidenceProseWords",
        roles: ["loose_prose", "evidence_adjective", "evidence_noun", "effect_verb", "subject_pronoun", "example_marker"])
    private static let labels = VocabularyTable.extractionTerms(
        "EvidenceLabelWords", roles: ["non_topic_lead", "study_label", "non_topic_label"])
    private static let faq = VocabularyTable.extractionTerms("FAQPrefixes", roles: ["question", "answer"])
    private static let patterns = VocabularyTable.extractionPatterns(
        "EvidencePatterns", roles: ["study_sentence", "summary_lead", "topic_lead", "attribution"], single: ["summary_lead"])

    /// Header words of a column that rates the evidence and decides the row's verdict
    /// ("Verdict", "Our rating", "Our view", "Our assessment").
    static let verdictHeaderWords = Set(headers.terms("verdict"))
    /// Header words of a column that describes the evidence and may carry a verdict when no
    /// verdict column does ("Evidence Level", "How solid is the research?").
    static let evidenceHeaderWords = Set(headers.terms("evidence"))
    /// Header words of a column that never rates the evidence ("Key Findings", "Protocol").
    static let nonRatingHeaderWords = Set(headers.terms("non_rating"))
    /// Header words of a first column that names topics directly ("Condition", "Claim",
    /// "Benefit", "Use"); any other first column must mention a known condition.
    static let topicHeaderWords = Set(headers.terms("topic"))
    /// Header words of a study field: any of them makes a table a list of studies, whose rows
    /// are study claims.
    static let studyFieldHeaderWords = Set(headers.terms("study_field"))
    /// Nouns for studies: a header of at most two words with one ("Study", "Key trial")
    /// makes a table a list of studies; a longer one ("What the trials show") does not.
    static let studyNounHeaderWords = Set(headers.terms("study_noun"))
    /// Header words of a first column that holds something other than topics ("Population",
    /// "Dose"); such rows name a topic only through a known condition.
    static let nonTopicHeaderWords = Set(headers.terms("non_topic"))
    /// Signs that a sentence reports one study (its year, size or authors) rather than
    /// rating a topic; such sentences are left to study claims.
    static let studySentencePatterns = patterns.terms("study_sentence") + [participantCountPattern]

    /// Reporting frames around a claim ("…, a new study suggests", "According to research
    /// from …, …"): they say who claims it, not that the sentence reports a study's result.
    static let attributionPatterns = patterns.terms("attribution")
    /// A count of people a study enrolled, the count right before a noun of
    /// ``ParticipantNouns`` ("2,140 Canadians took…", "82 participants").
    static let participantCountPattern =
        #"\b\d[\d,]*\s+(?:"# + ParticipantNouns.nouns.joined(separator: "|") + #")\b"#
    /// Verdict words too loose to rate a topic in running prose ("yes", "safe" alone).
    static let looseProseWords = Set(prose.terms("loose_prose"))
    /// Verdict adjectives that also describe things other than evidence ("a mixed
    /// injury"); in prose they rate a topic only in a clause with one of ``evidenceNouns``.
    static let evidenceAdjectives = Set(prose.terms("evidence_adjective"))
    /// Nouns that make a clause about evidence.
    static let evidenceNouns = Set(prose.terms("evidence_noun"))
    /// Verbs that open a flat claim of benefit after a label ("Eye strain: reduces tired,
    /// dry eyes"); such an item rates its topic `strong`.
    static let effectVerbs = Set(prose.terms("effect_verb"))
    /// Pronouns that, opening a sentence, stand for the page's subject ("It may ease cramps").
    static let subjectPronouns = Set(prose.terms("subject_pronoun"))
    /// Words that open a list of examples of the category before them ("such as", "e.g."),
    /// as whole words: a rating in that clause is the category's, not each example's.
    static let examplesOpening = TextPattern(
        #"(?<!\p{L})(?:"# + prose.terms("example_marker").map(TextPattern.escape).joined(separator: "|") + #")(?!\p{L})"#)
    /// Prefixes that mark a question or an answer in a FAQ ("Q:", "A:").
    static let questionPrefixes = faq.terms("question")
    /// Prefixes that mark an answer in a FAQ.
    static let answerPrefixes = faq.terms("answer")
    /// Openings of a sentence that sums up the page's view ("Our verdict: for healthy adults,
    /// it is no proven remedy for X", "In short, …"); such a sentence in the answer to a
    /// question that names no condition rates the conditions it names.
    static let summaryLeadPattern = patterns.single("summary_lead")
    /// How many words a label before a colon may have to count as a topic label.
    static let maxLabelWords = 6
    /// How many words a comma-separated stretch after a prose verdict may have to count as
    /// one more item of its list ("…, sleep, or mood").
    static let maxListSegmentWords = 4
    /// How many words a label may put before a known condition and still be kept as
    /// written ("bipolar depression").
    static let maxPremodifiers = 2
    /// How many words a label opening a sentence inside a paragraph may have ("Strength: weak.").
    static let maxSentenceLabelWords = 4
    /// First words of a label that is not a topic ("It: …", "Why: …", "Our view: …").
    static let nonTopicLeadWords = Set(labels.terms("non_topic_lead"))
    /// Words of a label that describes a study rather than a topic ("Small pilot trial: …").
    static let studyLabelWords = Set(labels.terms("study_label"))
    /// Normalised labels that are layout, not topics.
    static let nonTopicLabels = Set([""] + labels.terms("non_topic_label"))
    /// Sentence shapes that name the topic they rate; group 1 is the topic, the verdict is
    /// read from the words after the match ("Our verdict on X: early days", "For X, the
    /// evidence is thin", "The evidence for X is mixed", "On X, the data are too thin to rate").
    static let topicLeadPatterns = patterns.terms("topic_lead")
}
