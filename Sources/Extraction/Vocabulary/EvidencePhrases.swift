/// How review pages lay out their ratings of the evidence, as data for ``EvidenceExtractor``.
///
/// Header words are lowercase and matched as whole words of a table header cell.
enum EvidencePhrases {
    /// Header words of a column that rates the evidence and decides the row's verdict
    /// ("Verdict", "Our rating", "Our view", "Our assessment").
    static let verdictHeaderWords: Set<String> = [
        "verdict", "rating", "rated", "assessment", "view", "grade", "graded", "status",
        "certainty", "confidence", "bottom", "conclusion", "take", "judgement", "judgment",
        "score", "stars",
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
    /// Header words of a study field: any of them makes a table a list of studies, whose rows
    /// are study claims.
    static let studyFieldHeaderWords: Set<String> = [
        "year", "design", "n", "participants", "sample", "authors", "author", "journal",
        "citation", "pmid", "doi", "country",
    ]
    /// Nouns for studies: a header of at most two words with one ("Study", "Key trial")
    /// makes a table a list of studies; a longer one ("What the trials show") does not.
    static let studyNounHeaderWords: Set<String> = ["study", "studies", "trial", "trials"]
    /// Header words of a first column that holds something other than topics ("Population",
    /// "Dose"); such rows name a topic only through a known condition.
    static let nonTopicHeaderWords: Set<String> = [
        "population", "group", "groups", "who", "dose", "dosage", "form", "type", "product",
        "brand", "device", "supplement", "intervention", "protocol", "age", "people", "person",
        "model", "method", "approach", "option", "options", "treatment", "therapy", "profile",
        "profiles", "patient", "patients", "user", "users", "candidate", "candidates",
    ]
    /// Signs that a sentence reports one study (its year, size or authors) rather than
    /// rating a topic; such sentences are left to study claims.
    static let studySentencePatterns: [String] = [
        #"\b(in|a|an|from|the|of|since|by)\s+(19|20)\d\d\b"#, #"\((19|20)\d\d\)"#, #"\bet al\b"#,
        #"\bn\s*=\s*\d"#, #"\b(meta analysis|meta-analysis|systematic review|cochrane)\b"#,
        #"^(it|they|this|the (study|trial|review|analysis|authors|researchers))\s+(found|reported|showed|concluded|pooled|identified)\b"#,
        participantCountPattern,
        #"\b(randomi[sz]ed|colleagues|researchers|published)\b"#,
        #"\b(between|across) the (two |three )?(groups|arms)\b"#,
        #"\b(placebo|control|treatment|intervention|supplement|[a-z]+ oil) (group|arm)\b"#,
    ]
    /// A count of people a study enrolled, the count right before a noun of
    /// ``ParticipantNouns`` ("18,353 Americans aged 50 or over took…", "82 participants").
    static let participantCountPattern =
        #"\b\d[\d,]*\s+(?:"# + ParticipantNouns.nouns.joined(separator: "|") + #")\b"#
    /// Verdict words too loose to rate a topic in running prose ("yes", "safe" alone).
    static let looseProseWords: Set<String> = [
        "yes", "safe", "supported", "supports", "small", "early", "good", "strong", "thin", "no",
        "effective", "confirmed", "confirms", "confirm", "established", "unknown",
    ]
    /// Verdict adjectives that also describe things other than evidence ("a mixed
    /// injury"); in prose they rate a topic only in a clause with one of ``evidenceNouns``.
    static let evidenceAdjectives: Set<String> = [
        "mixed", "conflicting", "inconsistent", "contradictory", "weak", "limited", "robust",
        "uncertain", "unclear", "strong",
    ]
    /// Nouns that make a clause about evidence.
    static let evidenceNouns: Set<String> = [
        "evidence", "results", "result", "findings", "finding", "trials", "trial", "studies",
        "study", "data", "research", "picture", "science", "support", "signal", "effect",
        "effects", "benefit", "benefits", "verdict", "case", "record", "literature",
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
    /// Openings of a sentence that sums up the page's view ("Our verdict: for healthy adults,
    /// it is no proven remedy for X", "In short, …"); such a sentence in the answer to a
    /// question that names no condition rates the conditions it names.
    static let summaryLeadPattern =
        #"^\W*(?:(?:our|the|my)\s+)?(?:verdict|bottom line|conclusion|take|answer|upshot|short answer|summary|takeaway)\s*[:,—–-]|^\W*(?:in short|in sum|overall|all in all|on balance|in a nutshell)\b"#
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
    static let nonTopicLeadWords: Set<String> = [
        "it", "this", "that", "these", "those", "they", "we", "our", "you", "your", "he", "she",
        "why", "how", "what", "who", "when", "where", "which", "note", "tip", "update", "source",
        "sources", "disclaimer", "warning", "caution", "summary", "verdict", "conclusion",
        "overall", "takeaway", "bottom", "result", "results", "evidence", "answer", "q", "a",
        "question", "study", "studies", "trial", "trials", "review", "dose", "dosage", "price",
        "cost", "but", "and", "so", "also", "however", "still", "yes", "no", "one", "some",
        "most", "many", "all", "both", "each", "the", "an", "in", "on", "for", "at", "by",
    ]
    /// Words of a label that describes a study rather than a topic ("Small pilot trial: …").
    static let studyLabelWords: Set<String> = [
        "study", "studies", "trial", "trials", "review", "reviews", "analysis", "paper",
        "report", "survey", "experiment", "rct", "rcts",
    ]
    /// Normalised labels that are layout, not topics.
    static let nonTopicLabels: Set<String> = ["", "bottom line", "key point", "key points", "in short"]
    /// Sentence shapes that name the topic they rate; group 1 is the topic, the verdict is
    /// read from the words after the match ("Our verdict on X: early days", "For X, the
    /// evidence is thin", "The evidence for X is mixed", "On X, the data are too thin to rate").
    static let topicLeadPatterns: [String] = [
        #"^\W*(?:[\w'’]+\s+){0,3}?(?:verdict|bottom line|take|view|rating|grade|conclusion|assessment|summary|score)\s+(?:on|for|about)\s+([^:;,.?!]{2,50}?)\s*(?::|—|–|\s-)\s*"#,
        #"^\W*(?:for|on|as for|when it comes to|regarding|with)\s+([^,;:?!]{2,50}?),\s*(?=(?:(?:the|this|that|its|our|any)\s+|there\s+(?:is|are|was|were|has been|have been)\s+)(?:[\w'’]+\s+){0,2}?(?:answer|evidence|research|data|trials|studies|science|picture|verdict|case|results|findings)\b)"#,
        #"\bthe\s+(?:evidence|case|research|science|data)\s+(?:for|on|about)\s+([^,;:?!]{2,40}?)\s+(?=(?:is|are|remains|remain|looks|look|seems|seem|was|were)\b)"#,
    ]
}
