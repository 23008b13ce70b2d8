/// How review pages lay out their ratings of the evidence, as data for ``EvidenceExtractor``.
///
/// Header words are lowercase and matched as whole words of a table header cell.
enum EvidencePhrases {
    /// Header words of a column that rates the evidence and decides the row's verdict
    /// ("Verdict", "Our rating", "Our view", "Our assessment").
    static let verdictHeaderWords: Set<String> = [
        "verdict", "rating", "rated", "assessment", "view", "grade", "graded", "status",
        "certainty", "confidence", "bottom", "conclusion",
    ]
    /// Header words of a column that describes the evidence and may carry a verdict when no
    /// verdict column does ("Evidence Level", "How strong is the science?").
    static let evidenceHeaderWords: Set<String> = [
        "evidence", "science", "strength", "strong", "level", "support", "supported",
        "established", "shows", "proven", "benefit", "expected", "works", "effective",
        "work", "help", "helps", "effectiveness", "efficacy",
    ]
    /// Header words of a column that never rates the evidence ("Key Findings", "Protocol").
    static let nonRatingHeaderWords: Set<String> = [
        "finding", "findings", "result", "results", "outcome", "outcomes", "protocol", "dose",
        "dosage", "duration", "design", "notes", "note", "mechanism", "recommended",
        "source", "sources", "reference", "references", "price", "cost",
    ]
    /// Header words of a first column that names topics directly ("Condition", "Claim",
    /// "Benefit", "Use"); any other first column must mention a known condition.
    static let topicHeaderWords: Set<String> = [
        "condition", "conditions", "claim", "claims", "benefit", "benefits", "use", "uses",
        "outcome", "topic", "area", "symptom", "symptoms", "effect", "effects", "goal", "goals",
        "indication", "problem", "issue", "health", "what", "purpose", "target", "concern",
    ]
    /// Header words that make a table a list of studies, whose rows are study claims.
    static let studyHeaderWords: Set<String> = [
        "study", "studies", "year", "design", "n", "participants", "sample", "authors",
        "author", "trial", "trials", "journal", "citation", "pmid", "doi", "country",
    ]
    /// Signs that a sentence reports one study (its year, size or authors) rather than
    /// rating a topic; such sentences are left to study claims.
    static let studySentencePatterns: [String] = [
        #"\b(in|a|an|from|the|of|since|by)\s+(19|20)\d\d\b"#, #"\((19|20)\d\d\)"#, #"\bet al\b"#,
        #"\bn\s*=\s*\d"#, #"\b(meta analysis|meta-analysis|systematic review|cochrane)\b"#,
        #"^(it|they|this|the (study|trial|review|analysis|authors|researchers))\s+(found|reported|showed|concluded|pooled|identified)\b"#,
        #"\b\d[\d,]*\s+(participants|people|adults|men|women|volunteers|patients|subjects|students|children|seniors)\b"#,
        #"\b(randomi[sz]ed|colleagues|researchers|published)\b"#,
    ]
    /// Verdict words too loose to rate a topic in running prose ("yes", "safe" alone).
    static let looseProseWords: Set<String> = [
        "yes", "safe", "supported", "supports", "small", "early", "good", "strong", "thin", "no",
        "effective", "confirmed", "confirms", "confirm", "established", "unknown",
    ]
    /// Verbs that open a flat claim of benefit after a label ("Eye strain: reduces tired,
    /// dry eyes"); such an item rates its topic `strong`.
    static let effectVerbs: Set<String> = [
        "reduces", "helps", "shields", "protects", "relieves", "lowers", "improves", "boosts",
        "prevents", "eases", "calms", "supports", "strengthens", "speeds", "increases",
        "decreases", "fights", "treats", "cures", "soothes", "blocks", "restores", "repairs",
        "promotes", "stimulates", "regulates", "balances", "heals", "clears", "smooths",
        "firms", "enhances", "sharpens", "raises", "cuts", "burns", "melts", "relaxes", "works",
    ]
    /// Prefixes that mark a question or an answer in a FAQ ("Q:", "A:").
    static let questionPrefixes = ["q:", "q.", "question:"]
    /// Prefixes that mark an answer in a FAQ.
    static let answerPrefixes = ["a:", "a.", "answer:"]
    /// How many words a label before a colon may have to count as a topic label.
    static let maxLabelWords = 6
}
