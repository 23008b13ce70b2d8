/// Words that name one study in prose, and the cues that make a mention specific enough to
/// be a study claim rather than talk about research in general ("dozens of trials show…").
///
/// The patterns are `Data/StudyMentionPatterns.tsv`; the word sets `Data/StudyNounWords.tsv`.
enum StudyNouns {
    private static let patterns = VocabularyTable.extractionPatterns(
        "StudyMentionPatterns", roles: names, single: Set(names))
    private static let names = [
        "singular", "plural", "team_verbs", "author_verbs", "finding_verbs", "plural_back_reference", "named_sources",
        "focus_back_reference", "other_team", "methods_passive", "standard_document", "background_frame",
        "finding_clause", "contrast_clause",
    ]
    private static let words = VocabularyTable.extractionTerms(
        "StudyNounWords", roles: ["generic_determiner", "review_qualifier", "common_label", "compound_head", "compound_modifier", "generic_label",
                                 "verb_marker"])

    /// Singular nouns for one study (regex alternation; plurals are not anchors).
    static let singular = patterns.single("singular")

    /// Plural nouns used when a sentence names several studies by their years
    /// ("the 2009 Danish and 2015 Italian RCTs").
    static let plural = patterns.single("plural")

    /// Words before a singular noun that make it generic, not one study ("no trial has shown",
    /// "every study cited above", "each study").
    static let genericDeterminers = Set(words.terms("generic_determiner"))

    /// Words a claim label may not consist of alone ("study", "the new study", "Review").
    static let genericLabelWords = Set(words.terms("generic_label"))

    /// Nouns that a study noun modifies ("study period", "trial participants", "study
    /// author"): the phrase is about a part of a study, not a mention of one.
    static let compoundHeads = Set(words.terms("compound_head"))

    /// Words right before a study noun that make it a verb ("to review", "we study").
    static let verbMarkers = Set(words.terms("verb_marker"))

    /// Words between a study noun and its head in such a compound ("study lead author").
    static let compoundModifiers = Set(words.terms("compound_modifier"))

    /// "Researchers at a Lisbon clinic gave 36 adults…", "Chilean researchers gave…": a study told by
    /// what its team did.
    /// "Liver specialists in Norway and the UK described four cases…" is a case report told
    /// by its team too.
    static let teamVerbs = patterns.single("team_verbs")

    /// Author-led sentences: "Okafor and Brandt (2009) randomized 20 adults".
    /// A parenthetical that dates the citation ("(2019, Medical Reports)", "(Hepatology Reports, 2020)")
    /// anchors it on its own.
    static let authorVerbs = patterns.single("author_verbs")
    /// What follows the noun of a study reported by its finding ("a study finds", "a new
    /// trial published Monday suggests").
    static let findingVerbs = patterns.single("finding_verbs")

    /// A sentence about the paragraph's studies together ("Both trials were small…"): it
    /// describes each study the paragraph named, not only the last one.
    /// A sentence that goes on about the study in focus ("They then measured…", "The
    /// volunteers who…"): a paragraph of its own still describes that study.
    static let focusBackReference = patterns.single("focus_back_reference")
    static let pluralBackReference = patterns.single("plural_back_reference")

    /// The identifier of a document that is not a study ("RFC 9110", "ISBN 978-…", "ISO 8601").
    static let standardDocument = TextPattern(patterns.single("standard_document"))

    /// A finding verb with "that" ("shows that", "found that"): what follows is the finding.
    static let findingClause = TextPattern(patterns.single("finding_clause"))

    /// The words joining two contrasted clauses ("…, but a 2019 trial found…").
    static let contrastClause = TextPattern(patterns.single("contrast_clause"))

    /// A study named as an instance of earlier or other work ("Previous research, including a
    /// 2011 trial…"): background the page cites without weighing.
    static let backgroundFrame = TextPattern(patterns.single("background_frame"))

    /// What a study's people underwent, in the passive ("were randomized", "were enrolled").
    static let methodsPassive = TextPattern(patterns.single("methods_passive"))

    /// A team at a named place ("scientists at the University of Lund"), group 1 the place.
    static let otherTeam = TextPattern(patterns.single("other_team"), caseSensitive: true)

    /// A source named as a specific evidence body ("a Cochrane review").
    static let namedSources = patterns.single("named_sources")

    /// Words that may precede a capitalised "Review" naming a study design ("a Cochrane
    /// Review"); after other capitalised words "Review" is part of a title ("Film Review:",
    /// "Law Review").
    static let reviewQualifiers = Set(words.terms("review_qualifier"))

    /// Words of a noun phrase too common to tell two studies apart.
    static let commonLabelWords = Set(words.terms("common_label"))
}
