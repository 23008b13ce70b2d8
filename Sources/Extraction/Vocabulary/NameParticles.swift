/// Lowercase particles that belong to surnames ("van den Berg", "de la Cruz"), and
/// capitalised words that start sentences or name institutions rather than authors.
enum NameParticles {
    /// Surname particles, matched case-sensitively in lowercase.
    static let particles: [String] = ["van", "der", "den", "de", "la", "le", "du", "von", "da", "di", "dos", "del", "ten", "ter", "al", "el", "bin"]

    /// Capitalised words that are never a surname in a citation ("In 2014, …", "The study").
    static let notSurnames: Set<String> = [
        "a", "an", "the", "in", "on", "at", "by", "and", "or", "of", "for", "to", "from", "with",
        "this", "that", "these", "those", "our", "their", "its", "his", "her", "one", "two",
        "study", "studies", "trial", "trials", "review", "research", "researchers", "team",
        "colleagues", "authors", "university", "institute", "college", "hospital", "school",
        "journal", "medicine", "medical", "clinical", "health", "sciences", "science", "open",
        "cochrane", "pubmed", "pmc", "clinicaltrials", "meta", "analysis", "systematic", "rct",
        "yes", "no", "q", "a:", "memory", "depression", "crucially", "however", "also", "earlier",
        "later", "both", "each", "when", "while", "after", "before", "since", "because", "but",
        "if", "as", "like", "swedish", "german", "dutch", "nutrition", "psychiatry", "physiology",
        "we", "you", "it", "they", "he", "she",
    ]
}
