import Documents
import Matching
import Foundation

/// `report.json`: the DESIGN.md JSON contract with `documents`, `claims`, `matches`, `findings`
/// and `run` (schemaVersion 1), as typed records.
public struct ReportJSON: Encodable, Sendable {
    /// Always ``BlockJSON/currentSchemaVersion``.
    public let schemaVersion = BlockJSON.currentSchemaVersion
    /// The pages, without blocks.
    public let documents: [DocumentJSON]
    /// Every claim.
    public let claims: [ClaimJSON]
    /// Every match, with its conflicts.
    public let matches: [MatchJSON]
    /// Every finding; each carries `review` when the run has a review store.
    public let findings: [FindingJSON]
    /// Time, inputs, tool version and failed pages.
    public let run: RunJSON
    /// The match weights the run used: where they came from and every level's m, u and
    /// weight (absent when the run did not match). `--weights report.json` pins them.
    public let weights: WeightTable?

    /// The records of a report.
    public init(_ report: Report) {
        let conflicts = report.conflictsByMatch
        documents = report.documents.map { DocumentJSON($0, stale: report.stalePages.contains($0.id)) }
        claims = report.claims.map { claim in
            var record = report.record(of: claim)
            record.stale = report.stalePages.contains(claim.document)
            return record
        }
        matches = report.matches.map { MatchJSON($0, conflicts: conflicts[$0.id] ?? []) }
        findings = report.findings.map { finding in
            var record = FindingJSON(finding, review: report.reviews.map { $0[finding.id] ?? FindingReview(status: .open) })
            record.stale = report.isStale(finding)
            return record
        }
        run = RunJSON(report)
        weights = report.weights
    }
}

/// A page in `report.json`: id, source, format and title (no blocks).
public struct DocumentJSON: Encodable, Sendable {
    /// The page.
    public let document: Document
    /// Whether the page failed this run and its previous claims stand in (written only when set).
    public let stale: Bool

    /// Wraps a page for encoding.
    public init(_ document: Document, stale: Bool = false) {
        self.document = document
        self.stale = stale
    }

    /// Writes id, source, format and title (`null` when absent), and `stale` when set.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(document.id, forKey: DynamicKey("id"))
        try c.encode(document.source, forKey: DynamicKey("source"))
        try c.encode(document.format.rawValue, forKey: DynamicKey("format"))
        try c.encode(document.title, forKey: DynamicKey("title"))
        if stale { try c.encode(true, forKey: DynamicKey("stale")) }
    }
}
