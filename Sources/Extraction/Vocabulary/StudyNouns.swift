/// Words that name one study in prose, and the cues that make a mention specific enough to
/// be a study claim rather than talk about research in general ("dozens of trials show…").
enum StudyNouns {
    /// Singular nouns for one study (regex alternation; plurals are not anchors).
    static let singular = #"stud(?:y)|trial|rct|experiment|meta-?analysis|systematic review|review|position stand|consensus statement|analysis|paper|survey"#

    /// Plural nouns used when a sentence names several studies by their years
    /// ("the 2012 Swedish and 2018 German RCTs").
    static let plural = #"rcts|trials|studies|reviews|experiments"#

    /// Words before a singular noun that make it generic, not one study ("no trial has shown",
    /// "every study cited above", "each study").
    /// Nouns that a study noun modifies ("study period", "trial participants", "study
    /// author"): the phrase is about a part of a study, not a mention of one.
    static let compoundHeads: Set<String> = [
        "quality", "design", "designs", "participants", "participant", "results", "result", "data", "period",
        "periods", "author", "authors", "group", "groups", "population", "protocol", "protocols", "site", "sites",
        "visit", "visits", "arm", "arms", "subjects", "subject", "leader", "leaders", "team", "teams", "investigator",
        "investigators", "coordinator", "staff", "volunteers", "sample", "samples", "findings", "finding", "drug",
        "medication", "registry", "registration", "sponsor", "sponsors", "funding", "end", "start",
    ]

    /// Words between a study noun and its head in such a compound ("study lead author").
    static let compoundModifiers: Set<String> = ["lead", "senior", "principal", "main", "primary", "first", "chief", "co", "corresponding"]

    static let genericDeterminers: Set<String> = [
        "no", "every", "each", "any", "another", "other", "more", "further", "future", "larger",
        "such", "which", "what", "whether", "same", "similar", "one's", "this",
    ]

    /// "UCLA researchers gave 40 adults…", "Australian researchers gave…": a study told by
    /// what its team did.
    /// "Liver specialists in Norway and the UK described four cases…" is a case report told
    /// by its team too.
    static let teamVerbs = #"(?:researchers|scientists|investigators|specialists|doctors|physicians|clinicians|a team|the team|colleagues|et al\.?)(?:\s+(?:at|from|in|of)\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+(?:of\s+|and\s+(?:the\s+)?)?\p{Lu}[\p{L}.&-]*){0,3})?,?\s+(?:\(\d{4}\)\s+)?(?:gave|randomi[sz]ed|assigned|followed|recruited|enrolled|tested|treated|studied|compared|tracked|asked|had|looked\s+at|analy[sz]ed|examined|surveyed|measured|monitored|used\s+data|(?:reported|described|documented)(?=\s+(?:\w+\s+){0,2}(?:cases|patients|people)\b))\b"#

    /// Author-led sentences: "Okafor and Brandt (2009) randomized 20 adults".
    /// A parenthetical that dates the citation ("(2019, Medical Reports)", "(Hepatology Reports, 2020)")
    /// anchors it on its own.
    static let authorVerbs = #"^\s*(?:\([^()]*\b(?:19|20)\d\d[a-z]?\b[^()]*\)|(?:\([^()]*\)\s*,?\s*)?(?:gave|randomi[sz]ed|assigned|followed|recruited|enrolled|tested|treated|studied|compared|reported|found|showed|published|conducted|examined|measured|concluded|argued|pooled|identified|described|analy[sz]ed|surveyed|reviewed|added|split|divided|observed|documented)\b)"#

    /// A sentence about the paragraph's studies together ("Both trials were small…"): it
    /// describes each study the paragraph named, not only the last one.
    static let pluralBackReference = #"^\s*(?:both|the two|these two|the three|these three|all three|these)\s+(?:studies|trials|rcts|papers|reviews|experiments)\b"#

    /// A source named as a specific evidence body ("a Cochrane review").
    static let namedSources = #"\bCochrane\b|\bposition stand\b"#

    /// Words that may precede a capitalised "Review" naming a study design ("a Cochrane
    /// Review"); after other capitalised words "Review" is part of a title ("Film Review:",
    /// "Law Review").
    static let reviewQualifiers: Set<String> = [
        "cochrane", "systematic", "narrative", "literature", "umbrella", "scoping", "rapid", "research",
    ]

    /// Words of a noun phrase too common to tell two studies apart.
    static let commonLabelWords: Set<String> = [
        "study", "studies", "trial", "trials", "rct", "rcts", "review", "analysis", "meta",
        "randomized", "randomised", "controlled", "small", "large", "single", "new", "recent",
        "the", "a", "an", "of", "in", "on", "and", "with", "et", "al", "research", "published",
        "clinical", "pilot", "systematic", "experiment",
    ]
}
