import Documents
import Extraction
import Fetching
import Findings
import Foundation
import Model

/// Turns a run's ``Report`` into the ``RunSnapshot`` the store keeps.
///
/// Claims, matches and findings are stored as the model's typed records, the very records
/// `report.json` is written from (minus the review, which lives in its own table), so
/// `changes.json` can quote an old run exactly. Nothing is encoded or parsed here.
public enum SnapshotBuilder {
    /// Builds the snapshot of a run.
    /// - Parameters:
    ///   - report: The run's report.
    ///   - failures: Pages that could not be used.
    ///   - fetches: What the fetcher got for each URL page (status, ETag, body).
    /// - Returns: The snapshot, not yet saved; failed pages are rows with `failed` set.
    public static func snapshot(of report: Report, failures: [PageFailure],
                                fetches: [String: URLFetchResult]) -> RunSnapshot {
        let conflicts = report.conflictsByMatch

        // A stale page is stored as its failed row (``StaleCarryOver`` marks it stale).
        let documents = report.documents.filter { !report.stalePages.contains($0.id) }.map { document -> StoredDocument in
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
        let claims = report.claims.map { claim in
            StoredClaim(id: claim.id, document: claim.document, kind: claim.study == nil ? .evidence : .study,
                        stale: report.stalePages.contains(claim.document), payload: report.record(of: claim))
        }
        let matches = report.matches.map { match in
            StoredMatch(id: match.id, status: match.status.rawValue, score: match.score, claims: match.claims,
                        payload: MatchJSON(match, conflicts: conflicts[match.id] ?? []))
        }
        let findings = report.findings.map { finding in
            StoredFinding(fingerprint: finding.id, kind: finding.kind, severity: finding.severity,
                          field: finding.field, message: finding.message, values: values(of: finding),
                          stale: report.isStale(finding), identity: finding.identity, payload: FindingJSON(finding))
        }
        // Stored absolute, so `verify` (often from cron, in another folder) finds what was typed.
        let inputs = report.run.inputs.map { InputCollector.isURL($0) ? $0 : InputCollector.absolute($0) }
        let run = StoredRun(startedAt: report.run.time, toolVersion: report.run.toolVersion,
                            inputs: inputs, documentCount: documents.count, claimCount: claims.count,
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

}
