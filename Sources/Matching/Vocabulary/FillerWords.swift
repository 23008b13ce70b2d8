/// Words that carry no identity when comparing phrases or labels.
///
/// Data, not logic: the matcher and the findings stage read these sets and nothing else
/// decides which words are filler.
public enum FillerWords {
    /// Ignored inside short phrases (conditions, topics, subjects).
    public static let phrase: Set<String> = [
        "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "from",
    ]

    /// Ignored when comparing a claim's label and quote: grammar words, citation filler and
    /// words every study description uses.
    public static let label: Set<String> = [
        "a", "an", "the", "of", "in", "on", "and", "or", "et", "al", "with", "to", "for", "at",
        "by", "from", "was", "were", "is", "are", "be", "been", "that", "this", "these", "those",
        "it", "its", "as", "vs", "versus", "web", "than", "into", "over", "about", "per", "who",
        "which", "their", "after", "one", "two", "study", "studies", "trial", "trials", "review",
        "reviews", "research", "multiple", "participant", "participants", "patient", "patients",
        "people", "group", "groups", "reported", "found", "showed", "result", "results",
        "evidence", "colleagues", "published", "analysis", "meta", "systematic", "randomized",
        "randomised", "controlled", "control", "placebo", "pilot", "rct",
    ]
}
