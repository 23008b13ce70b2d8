/// Reads the journal or publisher a page names for a study ("published in PNAS",
/// "(Papadakis et al., Journal of Applied Physiology)", "in Nutrients").
public struct VenueExtractor: Sendable {
    private static let titleWord = #"(?:\p{Lu}[\p{L}’'.:-]*|\d+)"#
    private static let connector = "(?:" + VenueWords.connectors.joined(separator: "|") + ")"
    private static let name = titleWord + #"(?:\s+(?:"# + connector + #"\s+){0,2}"# + titleWord + "){0,7}"
    private static let afterLeadIn = TextPattern(
        #"\b"# + VenueWords.leadIn + #"\s+(?:the\s+)?("# + name + ")", caseSensitive: true)
    private static let inCitation = TextPattern(
        #"(?:et al\.?|colleagues|\b\p{L}+),\s+("# + name + #")(?:\s*\([^)]*\))?\s*(?:,|\))"#, caseSensitive: true)
    /// "the journal Appetite": the word "journal" itself says the name is one.
    private static let namedJournal = TextPattern(#"\b(?:the\s+)?journal\s+("# + name + ")", caseSensitive: true)
    private static let journalWord = TextPattern(
        #"\b(?:"# + VenueWords.journalWords.joined(separator: "|") + #")\b"#, caseSensitive: true)
    /// A medical specialty's name ("Urology", "Geriatrics", "Psychiatry") titles many journals.
    private static let specialtyWord = TextPattern(#"\b\p{Lu}\p{Ll}+(?:ology|iatry|iatrics)\b"#, caseSensitive: true)
    /// "the June issue of Stroke": only a periodical has issues.
    private static let issueOf = TextPattern(#"\bissue\s+of\s+(?:the\s+)?("# + name + ")", caseSensitive: true)
    /// Another word-led item after a citation's comma ("HTML, CSS, XML"): the capitals are
    /// one item of a list, not the journal of "(Okafor et al., JAMA, 2019)".
    private static let listGoesOn = TextPattern(#"^\s*\p{L}[\p{L}\d.+#-]*\s*[,)]"#)
    private static let allCaps = TextPattern(#"^\p{Lu}{3,6}$"#, caseSensitive: true)
    private static let monthOrPlace = TextPattern(
        #"^(?:January|February|March|April|May|June|July|August|September|October|November|December|\d+)\b"#,
        caseSensitive: true)

    /// Day and month names, which end a venue's name when a connector leads to them.
    private static let dateWords: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// Creates an extractor.
    public init() {}

    /// The venue named in `text`, or `nil`.
    public func venue(in text: String) -> String? {
        for match in Self.namedJournal.matches(in: text) {
            guard let raw = match.group(1) else { continue }
            let candidate = trimmed(raw)
            if !candidate.isEmpty, !Self.monthOrPlace.isFound(in: candidate), !candidate.contains("et al") {
                return candidate
            }
        }
        for match in Self.issueOf.matches(in: text) {
            guard let raw = match.group(1) else { continue }
            let candidate = trimmed(raw)
            if !candidate.isEmpty, !Self.monthOrPlace.isFound(in: candidate), !candidate.contains("et al") {
                return candidate
            }
        }
        // In a title-case line ("Zinc in the Prevention of Colds: The X Health Study") the
        // capitals after "in" go on with the title; only a name with "Journal" in it is one.
        let titleCase = Self.isTitleCase(text)
        let citations = Self.inCitation.matches(in: text).map { (match: $0, afterIn: false) }
        for (match, afterIn) in citations + Self.afterLeadIn.matches(in: text).map({ ($0, true) }) {
            guard let raw = match.group(1) else { continue }
            let candidate = trimmed(raw)
            if afterIn, titleCase, !candidate.contains("Journal") { continue }
            if !afterIn, text[match.range].hasSuffix(","),
               Self.listGoesOn.isFound(in: String(text[match.range.upperBound...])) { continue }
            if isVenue(candidate) { return candidate }
        }
        return nil
    }

    /// Whether most of `text`'s words of four letters or more are capitalised (at least four
    /// of them): a title, not a sentence.
    static func isTitleCase(_ text: String) -> Bool {
        let long = text.split { !$0.isLetter }.filter { $0.count >= 4 }
        guard long.count >= 4 else { return false }
        return Double(long.filter { $0.first?.isUppercase == true }.count) >= 0.8 * Double(long.count)
    }

    /// The venue of a byline "Authors, Venue, Year" or "Venue (Publisher), design, Year".
    public func venue(inByline byline: String) -> String? {
        let parts = byline.split(separator: ",").map { String($0).trimmingPhrasePunctuation }
        for part in parts where isVenue(part) { return part }
        return nil
    }

    private func isVenue(_ candidate: String) -> Bool {
        guard !candidate.isEmpty, !Self.monthOrPlace.isFound(in: candidate) else { return false }
        if candidate.contains("et al") { return false }
        return Self.journalWord.isFound(in: candidate) || Self.specialtyWord.isFound(in: candidate)
            || Self.allCaps.isFound(in: candidate)
    }

    private func trimmed(_ raw: String) -> String {
        var words = raw.split(separator: " ").map(String.init)
        // "published in 2013 in Stroke", "in March in Pediatrics": the date before a second "in".
        if let inIndex = words.firstIndex(of: "in"), inIndex > 0, inIndex + 1 < words.count,
           words[..<inIndex].allSatisfy({ $0.allSatisfy(\.isASCIIDigit) || Self.dateWords.contains($0.trimmingPhrasePunctuation) }) {
            words.removeSubrange(...inIndex)
        }
        // "in Stroke on Monday", "in Pediatrics in March 2019": a date after the name ends it.
        if let date = words.indices.dropFirst().first(where: { index in
            Self.dateWords.contains(words[index].trimmingPhrasePunctuation)
                && VenueWords.connectors.contains(words[index - 1].lowercased())
        }) {
            words.removeSubrange(date...)
        }
        while let last = words.last, VenueWords.connectors.contains(last.lowercased()) || last.allSatisfy(\.isASCIIDigit) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingPhrasePunctuation
    }
}
