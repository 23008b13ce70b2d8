import Extraction
import Findings
import Matching
import Model

/// The counts a fact-checker reads first: pages, claims, matches, findings by severity.
public struct ReportSummary: Hashable, Sendable {
    /// Pages parsed.
    public let pages: Int
    /// Pages that could not be used.
    public let failedPages: Int
    /// Study claims across all pages.
    public let studyClaims: Int
    /// Evidence claims across all pages.
    public let evidenceClaims: Int
    /// Matches of status `match`.
    public let confidentMatches: Int
    /// Matches of status `possible`.
    public let possibleMatches: Int
    /// Findings per kind.
    public let byKind: [Finding.Kind: Int]
    /// Findings per severity.
    public let bySeverity: [Severity: Int]
    /// Findings a reviewer accepted or dismissed; `nil` when the run has no review store.
    public let reviewed: Int?

    /// Counts what `report` holds.
    public init(_ report: Report) {
        pages = report.documents.count
        failedPages = report.failures.count
        studyClaims = report.claims.filter { $0.study != nil }.count
        evidenceClaims = report.claims.filter { $0.evidence != nil }.count
        confidentMatches = report.matches.filter { $0.status == .match }.count
        possibleMatches = report.matches.filter { $0.status == .possible }.count
        byKind = Dictionary(grouping: report.findings, by: \.kind).mapValues(\.count)
        bySeverity = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
        reviewed = report.reviews.map { reviews in
            report.findings.filter { (reviews[$0.id]?.status ?? .open) != .open }.count
        }
    }

    /// All claims.
    public var claims: Int { studyClaims + evidenceClaims }
    /// All matches.
    public var matches: Int { confidentMatches + possibleMatches }
    /// All findings.
    public var findings: Int { byKind.values.reduce(0, +) }

    /// Findings of one kind (0 when none).
    public func count(_ kind: Finding.Kind) -> Int { byKind[kind] ?? 0 }
    /// Findings of one severity (0 when none).
    public func count(_ severity: Severity) -> Int { bySeverity[severity] ?? 0 }

    /// The summary as short lines for a terminal, e.g.
    /// `pages: 2 · claims: 40 (30 study, 10 evidence) · matches: 1 (0 possible)`.
    public var lines: [String] {
        var pageText = "pages: \(pages)"
        if failedPages > 0 { pageText += " (\(failedPages) failed)" }
        return [
            "\(pageText) · claims: \(claims) (\(studyClaims) study, \(evidenceClaims) evidence)"
                + " · matches: \(matches) (\(possibleMatches) possible)",
            "findings: \(findings) (\(count(.major)) major, \(count(.minor)) minor, \(count(.info)) info)"
                + " · \(count(.conflict)) study conflicts, \(count(.evidenceConflict)) evidence conflicts,"
                + " \(count(.internal)) internal" + (reviewed.map { " · \($0) reviewed" } ?? ""),
        ]
    }
}
