import Documents
import Extraction
import Fetching
import Findings
import Foundation
import Reporting
import Store

/// Turns a run's ``Report`` into the ``RunSnapshot`` the store keeps.
///
/// Claims, matches and findings are stored as the very objects `report.json` shows (minus the
/// review, which lives in its own table), so `changes.json` can quote an old run exactly.
public enum SnapshotBuilder {
    /// Builds the snapshot of a run.
    /// - Parameters:
    ///   - report: The run's report.
    ///   - failures: Pages that could not be used.
    ///   - fetches: What the fetcher got for each URL page (status, ETag, body).
    /// - Returns: The snapshot, not yet saved; failed pages are rows with `failed` set.
    /// - Throws: ``ReportingError`` when the report cannot be encoded.
    public static func snapshot(of report: Report, failures: [PageFailure],
                                fetches: [String: URLFetchResult]) throws -> RunSnapshot {
        let bare = Report(documents: report.documents, claims: report.claims, matches: report.matches,
                          findings: report.findings, failures: report.failures, run: report.run)
        let json = try JSONValue(json: String(decoding: try JSONReportWriter().encode(bare), as: UTF8.self))
        let claimObjects = Self.array(json["claims"], count: report.claims.count)
        let matchObjects = Self.array(json["matches"], count: report.matches.count)
        let findingObjects = Self.array(json["findings"], count: report.findings.count)

        let documents = report.documents.map { document -> StoredDocument in
            let fetch = fetches[document.source]
            return StoredDocument(
                documentID: document.id, source: document.source, format: document.format.rawValue,
                title: document.title, contentHash: contentHash(of: document),
                fetchedAt: fetch?.fetchedAt ?? report.run.time, httpStatus: fetch?.status, etag: fetch?.etag,
                lastModified: fetch?.lastModified,
                // A 304 reuses a body already stored with an earlier run; keep one copy per change.
                body: fetch.flatMap { $0.notModified ? nil : Data($0.body) },
                blocksJSON: fetch.flatMap {
                    $0.notModified ? nil : String(decoding: BlockJSON.cacheBytes([document]), as: UTF8.self)
                })
        }
        let taken = Set(documents.map(\.documentID))
        let failed = failures.filter { !taken.contains($0.source) }.map { failure in
            StoredDocument(documentID: failure.source, source: failure.source, fetchedAt: report.run.time,
                           failed: true, error: failure.message)
        }
        let claims = zip(report.claims, claimObjects).map { claim, object in
            StoredClaim(id: claim.id, document: claim.document, kind: claim.study == nil ? .evidence : .study,
                        payload: object)
        }
        let matches = zip(report.matches, matchObjects).map { match, object in
            StoredMatch(id: match.id, status: match.status.rawValue, score: match.score, claims: match.claims,
                        payload: object)
        }
        let findings = zip(report.findings, findingObjects).map { finding, object in
            StoredFinding(fingerprint: finding.id, kind: finding.kind, severity: finding.severity,
                          field: finding.field, message: finding.message, values: values(of: finding),
                          payload: object)
        }
        let run = StoredRun(startedAt: report.run.time, toolVersion: report.run.toolVersion,
                            inputs: report.run.inputs, documentCount: documents.count, claimCount: claims.count,
                            matchCount: matches.count, findingCount: findings.count, failedCount: failed.count)
        return RunSnapshot(run: run, documents: documents + failed, claims: claims, matches: matches,
                           findings: findings)
    }

    /// The values a review decision is made on: each side's value as a person reads it.
    public static func values(of finding: Finding) -> [String] {
        finding.values.map(\.value.description)
    }

    /// A hash of a page's visible content (block kinds and texts), so markup-only or
    /// whitespace-only edits do not count as a changed page.
    public static func contentHash(of document: Document) -> String {
        StableHash.hex(document.blocks.map { $0.kind.rawValue + ":" + $0.text }, length: 16)
    }

    private static func array(_ value: JSONValue?, count: Int) -> [JSONValue] {
        guard case .array(let items)? = value, items.count == count else {
            return [JSONValue](repeating: .null, count: count)
        }
        return items
    }
}
