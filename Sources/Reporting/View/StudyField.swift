import Extraction
import Findings

/// The rows of a side-by-side study table, in reading order.
enum StudyField: CaseIterable {
    case label, authors, year, design, sampleSize, duration, verdict, conditions, venue, country, identifiers

    /// The row heading.
    var title: String {
        switch self {
        case .label: return "Named as"
        case .authors: return "Authors"
        case .year: return "Year"
        case .design: return "Design"
        case .sampleSize: return "Sample size"
        case .duration: return "Duration"
        case .verdict: return "Verdict"
        case .conditions: return "Conditions"
        case .venue: return "Venue"
        case .country: return "Country"
        case .identifiers: return "Identifiers"
        }
    }

    /// The row heading for a conflict field ("Sample size" for `sampleSize`).
    static func title(of field: ConflictField) -> String {
        allCases.first { $0.conflictField == field }?.title ?? field.rawValue
    }

    /// The conflict field this row shows, when conflicts can be about it.
    var conflictField: ConflictField? {
        switch self {
        case .label, .conditions: return nil
        case .authors: return .authors
        case .year: return .year
        case .design: return .design
        case .sampleSize: return .sampleSize
        case .duration: return .duration
        case .verdict: return .verdict
        case .venue: return .venue
        case .country: return .country
        case .identifiers: return .identifiers
        }
    }

    /// The claim's normalised value and the page's own words ("" when unknown).
    func value(of claim: StudyClaim) -> (value: String, words: String) {
        switch self {
        case .label: return (claim.label, "")
        case .authors: return (claim.authors.joined(separator: ", "), "")
        case .year: return (claim.year.map(String.init) ?? "", "")
        case .design: return classified(claim.design) { $0.rawValue }
        case .sampleSize: return classified(claim.sampleSize) { "n = \($0)" }
        case .duration: return classified(claim.duration) { $0 == 1 ? "1 day" : "\($0) days" }
        case .verdict: return classified(claim.verdict) { $0.rawValue }
        case .conditions: return (claim.conditions.joined(separator: ", "), "")
        case .venue: return (claim.venue ?? "", "")
        case .country: return (claim.country ?? "", "")
        case .identifiers: return (Self.identifiers(claim.identifiers), "")
        }
    }

    private func classified<V>(_ value: Classified<V>?, _ show: (V) -> String) -> (value: String, words: String) {
        guard let value else { return ("", "") }
        let shown = value.value.map(show) ?? "unknown"
        return (shown, value.text == shown ? "" : value.text)
    }

    private static func identifiers(_ ids: Identifiers) -> String {
        var parts: [String] = []
        if let pmid = ids.pmid { parts.append("PMID \(pmid)") }
        if let doi = ids.doi { parts.append("doi:\(doi)") }
        if let nct = ids.nct { parts.append(nct) }
        if let pmcid = ids.pmcid { parts.append(pmcid) }
        parts += ids.citations.map { "[\($0)]" }
        return parts.joined(separator: ", ")
    }
}
