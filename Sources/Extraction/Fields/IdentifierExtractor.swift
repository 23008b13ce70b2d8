/// Reads study identifiers: PMID, DOI, NCT, ISRCTN, PMCID and bracket citations (`[web:141]`).
public struct IdentifierExtractor: Sendable {
    private static let pmid = TextPattern(#"\bPMID:?\s*(\d{5,9})\b"#)
    private static let doi = TextPattern(#"(?:\bdoi:?\s*|doi\.org/)(10\.\d{4,9}/[^\s"<>]+)"#)
    private static let nct = TextPattern(#"\b(NCT\d{8})\b"#)
    private static let isrctn = TextPattern(#"\b(ISRCTN\d{8})\b"#)
    private static let pmcid = TextPattern(#"\b(PMC\d{5,9})\b"#)
    private static let bracket = TextPattern(#"\[((?:[a-z]+:)?\d+(?:[,–-]\s*\d+)*)\]"#)

    /// Creates an extractor.
    public init() {}

    /// The identifiers named in `text`.
    public func identifiers(in text: String) -> Identifiers {
        var ids = Identifiers()
        ids.pmid = Self.pmid.firstMatch(in: text)?.group(1)
        ids.doi = Self.doi.firstMatch(in: text)?.group(1).map(cleanDOI)
        ids.nct = Self.nct.firstMatch(in: text)?.group(1)?.uppercased()
        ids.isrctn = Self.isrctn.firstMatch(in: text)?.group(1)?.uppercased()
        ids.pmcid = Self.pmcid.firstMatch(in: text)?.group(1)?.uppercased()
        ids.citations = citations(in: text)
        return ids
    }

    /// Bracket citations in page order, without brackets ("[web:141]" → "web:141").
    public func citations(in text: String) -> [String] {
        var seen: [String] = []
        for match in Self.bracket.matches(in: text) {
            guard let citation = match.group(1), !seen.contains(citation) else { continue }
            seen.append(citation)
        }
        return seen
    }

    /// `text` without its bracket citations, for labels.
    public func removingCitations(from text: String) -> String {
        Self.bracket.replacing(in: text, with: "").collapsingWhitespace
    }

    private func cleanDOI(_ raw: String) -> String {
        raw.trimmingCharacters(in: .init(charactersIn: ".,;:)]}")).lowercased()
    }
}
