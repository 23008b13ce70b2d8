import Model

/// A report file `reconcile run` can write (`--format md,html,json,csv`).
public enum ReportFormat: String, CaseIterable, Codable, Sendable, Hashable {
    case md, html, json, csv

    /// The file name in the output folder.
    public var fileName: String {
        switch self {
        case .md: return "report.md"
        case .html: return "report.html"
        case .json: return "report.json"
        case .csv: return "findings.csv"
        }
    }

    /// Renders `report` in this format.
    /// - Parameter report: The run to write.
    /// - Returns: The file's bytes (UTF-8).
    /// - Throws: ``ReportingError`` when a template or the JSON encoder fails.
    public func render(_ report: Report) throws -> [UInt8] {
        switch self {
        case .md: return Array(try MarkdownReportWriter().render(report).utf8)
        case .html: return Array(try HTMLReportWriter().render(report).utf8)
        case .json: return try JSONReportWriter().encode(report)
        case .csv: return Array(CSVFindingsWriter().render(report).utf8)
        }
    }
}
