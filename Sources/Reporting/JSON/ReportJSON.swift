import Documents
import Foundation

/// `report.json`: the DESIGN.md JSON contract with `documents`, `claims`, `matches`, `findings`
/// and `run` (schemaVersion 1).
struct ReportJSON: Encodable {
    let schemaVersion = BlockJSON.currentSchemaVersion
    let documents: [DocumentJSON]
    let claims: [ClaimJSON]
    let matches: [MatchJSON]
    let findings: [FindingJSON]
    let run: RunJSON

    init(_ report: Report) {
        let index = ReportIndex(report)
        documents = report.documents.map(DocumentJSON.init)
        claims = report.claims.map(ClaimJSON.init)
        matches = report.matches.map { MatchJSON($0, conflicts: index.conflicts(of: $0)) }
        findings = report.findings.map {
            FindingJSON(finding: $0, review: report.reviews?[$0.id], hasReviews: report.reviews != nil)
        }
        run = RunJSON(report)
    }
}

/// A page in `report.json`: id, source, format and title (no blocks).
struct DocumentJSON: Encodable {
    let document: Document

    init(_ document: Document) { self.document = document }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(document.id, forKey: DynamicKey("id"))
        try c.encode(document.source, forKey: DynamicKey("source"))
        try c.encode(document.format.rawValue, forKey: DynamicKey("format"))
        try c.encode(document.title, forKey: DynamicKey("title"))
    }
}
