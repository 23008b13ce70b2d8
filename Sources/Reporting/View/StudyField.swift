import Extraction
import Findings

/// The rows of a side-by-side study table, in reading order.
enum StudyField: CaseIterable {
    case label, authors, year, design, sampleSize, duration, dose, verdict, conditions, venue, country, identifiers

    /// The row heading.
    var title: String {
        switch self {
        case .label: return "Named as"
        case .authors: return "Authors"
        case .year: return YearField.title
        case .design: return DesignField.title
        case .sampleSize: return SampleSizeField.title
        case .duration: return DurationField.title
        case .dose: return DoseField.title
        case .verdict: return VerdictField.title
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
        case .dose: return .dose
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
        case .design: return classified(claim.design, DesignField.display)
        case .sampleSize: return classified(claim.sampleSize, SampleSizeField.display)
        case .duration: return classified(claim.duration, DurationField.display)
        case .dose: return classified(claim.dose, DoseField.display)
        case .verdict: return classified(claim.verdict, VerdictField.display)
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
