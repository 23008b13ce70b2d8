/// Words that mark a capitalised phrase as a journal or publisher name.
enum VenueWords {
    /// Title words typical of journal names.
    static let journalWords = [
        "Journal", "Medicine", "Sciences", "Science", "Research", "Nutrition", "Psychiatry",
        "Surgery", "Physiology", "Open", "Reviews", "Review", "Therapies", "Therapy", "Aging",
        "Gerontology", "Health", "Reports", "Letters", "Proceedings", "Annals", "Archives",
        "Bulletin", "Lancet", "Nature", "Cell", "PLOS", "PLoS", "One", "BMJ", "JAMA", "PNAS",
        "Pediatrics", "Neurology", "Psychology", "Cardiology", "Dermatology", "Oncology",
        "Endocrinology", "Medical", "Clinical", "Frontiers", "Nutrients", "Sleep", "Pharmacology",
        "Database", "Rheumatology", "Arthritis", "Biology", "Chemistry", "Well-Being", "Disorders",
    ]
    /// Small words allowed inside journal names.
    static let connectors = ["of", "and", "in", "for", "the", "&", "on"]
    /// Words before a venue: "published in", "in", "(".
    static let leadIn = #"(?:published (?:online )?in|appeared in|reported in|in the journal|in)"#
}
