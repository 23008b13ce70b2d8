import Findings
import Model

/// Writes `findings.csv`: one row per finding, for spreadsheets.
///
/// Columns: id, kind, severity, field, subject, topic, match, claims, message, values,
/// locations, quotes, review, stale (`stale` when the finding rests on claims of a page that
/// failed this run, carried from the previous run). Multi-valued cells list one side per line. A cell that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first; the OWASP CSV
/// injection rule) gets a leading `'`; control characters other than newline and tab are
/// dropped (``ControlCharacters``), so `cat findings.csv` cannot run ANSI escapes.
public struct CSVFindingsWriter: Sendable {
    /// The header row.
    public static let header = [
        "id", "kind", "severity", "field", "subject", "topic", "match", "claims", "message",
        "values", "locations", "quotes", "review", "stale",
    ]

    /// Creates a writer.
    public init() {}

    /// Renders every finding of `report` as CSV (RFC 4180, CRLF line ends).
    public func render(_ report: Report) -> String {
        let index = ReportIndex(report)
        let rows = report.findings.map { finding -> [String] in
            [
                finding.id, finding.kind.rawValue, finding.severity.rawValue, finding.field?.rawValue ?? "",
                finding.subject ?? "", finding.topic ?? "", finding.match ?? "",
                finding.claims.joined(separator: "\n"), finding.message,
                finding.values.map { "\($0.claim)=\(ShownValue.of($0, in: finding))" }.joined(separator: "\n"),
                finding.values.map { index.location(claim: $0.claim, line: $0.span.line) }.joined(separator: "\n"),
                finding.values.map(\.text).joined(separator: "\n"),
                report.reviews.map { $0[finding.id]?.status.rawValue ?? FindingReview.Status.open.rawValue } ?? "",
                report.isStale(finding) ? "stale" : "",
            ].map(safe)
        }
        return CSVWriter().document(header: Self.header, rows: rows)
    }

    /// A cell that would start a spreadsheet formula, prefixed with `'`, without terminal controls.
    func safe(_ text: String) -> String {
        let clean = ControlCharacters.strip(text)
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return clean }
        return "'" + clean
    }
}
