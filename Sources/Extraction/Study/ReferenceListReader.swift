import Documents

/// Reads reference-list entries ("Verhoef GA, Janssen IN, … BMJ Open. 2016;11(9):e0161749.
/// PMID: 27631616.") into drafts keyed by their number, so footnote markers in the text can
/// pick up authors, year, venue and identifiers.
struct ReferenceListReader {
    private static let numberPrefix = TextPattern(#"^\s*\[?(\d{1,3})[.)\]]\s+"#)
    /// The journal and year after a Vancouver title: ". BMJ Open. 2016;", ". Arch Dermatol 2011;",
    /// ". Pain Med. 2011 Oct.".
    private static let journalYear = TextPattern(#"\.\s+([^.]{2,80}?)\.?\s+((?:19|20)\d\d)\s*(?:[;:.]|\b[A-Z][a-z]{2}\b)"#)
    /// A label that introduces references inside a paragraph ("Sources: …", "Reference: …").
    private static let leadIn = TextPattern(#"^\s*(?:sources?|references?|citations?|studies cited)\s*:\s*"#)
    private static let apaYear = TextPattern(#"\(((?:19|20)\d\d)[a-z]?(?:,[^)]*)?\)\.?"#)
    /// The journal after an APA title: ". Journal Name, 12(3)".
    private static let apaVenue = TextPattern(#"[.?!]\s+([^.,]{3,80}?),\s*\d"#)
    private static let heading = TextPattern(#"^(?:references|sources|bibliography|citations|works cited|studies cited|further reading)\b"#)

    /// Whether `text` is a heading that opens a reference list.
    static func isReferenceHeading(_ text: String) -> Bool { heading.isFound(in: text.trimmingPhrasePunctuation) }

    /// Whether `text` is one Vancouver reference: authors with initials at its start ("Haas
    /// AB, Keller K" or "Haas AB, et al."), then a title, a journal and a year.
    static func isEntry(_ text: String) -> Bool {
        guard let head = AuthorExtractor().referenceHead(in: text),
              headEnd.isFound(in: String(text[head.range.upperBound...])) else { return false }
        return journalAndYear(in: text) != nil
    }

    /// The journal and year of a Vancouver entry (``journalYear``), or `nil`. A journal's
    /// name does not end with a function word (``VenueWords/neverFinal``): in "Mara T. Quill,
    /// a graduate of the Lisbon School in 1987." the words before the year are prose, not a
    /// journal. (As written: an abbreviated journal may end with a capital letter, "Acta Harb
    /// Sect A".)
    static func journalAndYear(in entry: String) -> (journal: String?, year: Int?)? {
        guard let match = journalYear.firstMatch(in: entry) else { return nil }
        let journal = match.group(1)?.trimmingPhrasePunctuation
        if let last = journal?.split(separator: " ").last, VenueWords.neverFinal.contains(String(last)) { return nil }
        return (journal, match.group(2).flatMap { Int($0) })
    }

    /// What ends a reference's author list: a full stop or "et al." ("Vitamin D helps" is
    /// no author list).
    private static let headEnd = TextPattern(#"^(?:\.|,\s*et\s+al\.)\s"#)

    /// The references a paragraph outside a reference list consists of ("Sources: Haas AB,
    /// et al. Title. J Sleep Res 2014;3:1-9; Ode K, et al. Title. Sleep 2015;8:2-7."), each
    /// whole, or `nil` when the paragraph is anything else.
    static func entries(inParagraph text: String) -> [String]? {
        guard text.utf8.count <= TextLimits.maximumSentenceLength * 4 else { return nil }
        var body = Substring(text)
        if let label = leadIn.firstMatch(in: text) { body = text[label.range.upperBound...] }
        // A semicolon ends an entry when the next words are a Vancouver author list.
        var entries: [String] = []
        for piece in body.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            if let last = entries.last, AuthorExtractor().referenceHead(in: trimmed) == nil || !isEntry(last) {
                entries[entries.count - 1] = last + ";" + piece
            } else {
                entries.append(trimmed)
            }
        }
        let cleaned = entries.map { $0.trimmingCharacters(in: .whitespaces) }
        return !cleaned.isEmpty && cleaned.allSatisfy(isEntry) ? cleaned : nil
    }

    /// The draft for one entry, or `nil` when `text` is not a reference.
    /// - Parameters:
    ///   - text: The entry's text.
    ///   - ordinal: Its 1-based position in its list, used when it carries no number.
    func draft(from text: String, ordinal: Int, block: Block, index: Int) -> StudyDraft? {
        var entry = text
        var number = ordinal
        if let prefix = Self.numberPrefix.firstMatch(in: text), let value = prefix.group(1).flatMap({ Int($0) }) {
            number = value
            entry = String(text[prefix.range.upperBound...])
        }
        var authors = AuthorExtractor().referenceAuthors(in: entry)
        var year: Int?
        var venue: String?
        if !authors.isEmpty, let match = Self.journalAndYear(in: entry) {
            year = match.year
            venue = match.journal
        } else {
            // APA: "Smith, J., & Doe, A. (2019). Title. Journal, 12(3), 45–67."
            authors = AuthorExtractor().apaAuthors(in: entry)
            guard !authors.isEmpty, let match = Self.apaYear.firstMatch(in: entry) else { return nil }
            year = match.group(1).flatMap { Int($0) }
            venue = Self.apaVenue.firstMatch(in: String(entry[match.range.upperBound...]))?.group(1)?
                .trimmingPhrasePunctuation
        }
        var draft = StudyDraft(label: "", blockIndex: index, origin: .reference)
        draft.authors = authors
        draft.year = year
        draft.venue = venue
        draft.identifiers = IdentifierExtractor().identifiers(in: entry)
        draft.identifiers.citations = ["ref\(number)"]
        draft.design = DesignExtractor().design(in: entry, allowWeakCues: false)
        draft.label = StudyProseReader.label(authors: authors, year: draft.year, phrase: draft.venue ?? "")
        draft.nounPhrase = ""
        draft.mentions = [Mention(quote: text, span: block.span)]
        return draft
    }
}
