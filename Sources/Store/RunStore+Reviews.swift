import Foundation
import GRDB
import Model

extension RunStore {
    /// Every recorded review decision, keyed by finding fingerprint.
    /// - Throws: ``StoreError``.
    public func reviews() throws -> [String: Review] {
        try guarded {
            try writer.read { db in
                var result: [String: Review] = [:]
                for record in try ReviewRecord.fetchAll(db) {
                    result[record.fingerprint] = try record.model()
                }
                return result
            }
        }
    }

    /// The latest run's findings, each with its review and the state that applies now.
    /// - Throws: ``StoreError``.
    public func reviewedFindings() throws -> [ReviewedFinding] {
        guard let latest = try latestRun() else { return [] }
        return ReviewedFinding.join(latest.findings, reviews: try reviews())
    }

    /// Records a decision or a note on findings of the latest run.
    ///
    /// Each id is a fingerprint or an unambiguous prefix of one. The decision remembers the
    /// finding's current values, so it lapses when they change. All ids are resolved before
    /// anything is written, and everything is written in one transaction.
    /// - Parameters:
    ///   - ids: Finding ids (or prefixes) as `reconcile review list` shows them.
    ///   - state: The new state; `nil` keeps the current one (a note only).
    ///   - note: A note to store; `nil` keeps the current note.
    ///   - reviewer: Who decides.
    ///   - time: When.
    /// - Returns: The reviews as stored.
    /// - Throws: ``StoreError/unknownFinding(id:)``, ``StoreError/ambiguousFinding(id:candidates:)``.
    @discardableResult
    public func recordReview(ids: [String], state: ReviewState?, note: String?, reviewer: String,
                             time: Date) throws -> [Review] {
        let findings = try latestRun()?.findings ?? []
        let targets = try ids.map { try Self.resolve($0, among: findings) }
        return try guarded {
            try writer.write { db in
                try targets.map { finding in
                    let previous = try ReviewRecord.fetchOne(db, key: finding.fingerprint)?.model()
                    // A reopened decision noted again is open: it was made on other values.
                    let current = previous.map { $0.effectiveState(currentValues: finding.values) } ?? .open
                    let review = Review(fingerprint: finding.fingerprint, state: state ?? (current == .reopened ? .open : current),
                                        reviewer: reviewer, time: time, note: note ?? previous?.note,
                                        values: finding.values, identity: finding.identity)
                    try ReviewRecord(review).save(db)
                    return review
                }
            }
        }
    }

    /// All decisions as a shareable document, with each finding's message where the latest run has it.
    /// - Parameter time: The export time written into the document.
    /// - Throws: ``StoreError``.
    public func exportReviews(time: Date) throws -> ReviewExport {
        let findings = Dictionary((try latestRun()?.findings ?? []).map { ($0.fingerprint, $0) },
                                  uniquingKeysWith: { first, _ in first })
        let entries = try reviews().values.sorted { $0.fingerprint < $1.fingerprint }.map { review in
            ReviewExport.Entry(review: review, finding: findings[review.fingerprint])
        }
        return ReviewExport(exportedAt: time, reviews: entries)
    }

    /// The finding `id` names: an exact fingerprint, else the only one it prefixes.
    static func resolve(_ id: String, among findings: [StoredFinding]) throws -> StoredFinding {
        if let exact = findings.first(where: { $0.fingerprint == id }) { return exact }
        let candidates = findings.filter { !id.isEmpty && $0.fingerprint.hasPrefix(id) }
        guard let only = candidates.first else { throw StoreError.unknownFinding(id: id) }
        guard candidates.count == 1 else {
            throw StoreError.ambiguousFinding(id: id, candidates: candidates.map(\.fingerprint))
        }
        return only
    }
}
