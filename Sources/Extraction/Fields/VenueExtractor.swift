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
    private static let allCaps = TextPattern(#"^\p{Lu}{3,6}$"#, caseSensitive: true)
    private static let monthOrPlace = TextPattern(
        #"^(?:January|February|March|April|May|June|July|August|September|October|November|December|\d+)\b"#,
        caseSensitive: true)

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
        for match in Self.inCitation.matches(in: text) + Self.afterLeadIn.matches(in: text) {
            guard let raw = match.group(1) else { continue }
            let candidate = trimmed(raw)
            if isVenue(candidate) { return candidate }
        }
        return nil
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
        return Self.journalWord.isFound(in: candidate) || Self.allCaps.isFound(in: candidate)
    }

    private func trimmed(_ raw: String) -> String {
        var words = raw.split(separator: " ").map(String.init)
        while let last = words.last, VenueWords.connectors.contains(last.lowercased()) || last.allSatisfy(\.isASCIIDigit) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingPhrasePunctuation
    }
}
