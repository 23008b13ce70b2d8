import Foundation
import Model

/// `changes.json` (DESIGN.md): new, resolved, changed and source-removed findings (`sourceRemoved`:
/// gone because their page is no longer among the sources), added, removed and edited
/// claims, and changed, unchanged and failed pages. Objects are the report's own JSON objects;
/// findings of this run carry their `review`, stale claims and findings carry `"stale": true`.
public struct ChangesJSON: Sendable {
    /// The comparison to write.
    public let changes: ChangeSet
    /// This run's review objects by finding id (the `review` of `report.json`).
    public let reviews: [String: FindingReview]

    /// Wraps a comparison for writing.
    public init(_ changes: ChangeSet, reviews: [String: FindingReview]) {
        self.changes = changes
        self.reviews = reviews
    }

    /// The document as a JSON tree.
    public var tree: JSONValue {
        let findings: JSONValue = .object([
            "new": .array(changes.newFindings.map { finding($0, withReview: true) }),
            "resolved": .array(changes.resolvedFindings.map { finding($0, withReview: false) }),
            "sourceRemoved": .array(changes.sourceRemovedFindings.map { finding($0, withReview: false) }),
            "changed": .array(changes.changedFindings.map {
                .object(["before": finding($0.before, withReview: false), "after": finding($0.after, withReview: true)])
            }),
            "unchanged": .int(changes.unchangedFindings),
        ])
        let claims: JSONValue = .object([
            "added": .array(changes.addedClaims.map(claim)),
            "removed": .array(changes.removedClaims.map(claim)),
            "edited": .array(changes.editedClaims.map { .object(["before": claim($0.before), "after": claim($0.after)]) }),
        ])
        let pages: JSONValue = .object([
            "changed": .array(changes.changedPages.map(JSONValue.string)),
            "unchanged": .array(changes.unchangedPages.map(JSONValue.string)),
            "removed": .array(changes.removedPages.map(JSONValue.string)),
            "failed": .array(changes.failedPages.map {
                .object(["source": .string($0.source), "error": .string($0.error), "stale": .bool($0.stale)])
            }),
        ])
        return .object([
            "schemaVersion": .int(1),
            "previousRun": changes.previousRun.map { .string(ISO8601.string($0)) } ?? .null,
            "run": .string(ISO8601.string(changes.run)),
            "findings": findings, "claims": claims, "pages": pages,
        ])
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    /// - Throws: `EncodingError` (not expected for a JSON tree).
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(tree)) + Array("\n".utf8)
    }

    private func finding(_ finding: StoredFinding, withReview: Bool) -> JSONValue {
        var record = finding.payload
        record.stale = finding.stale
        record.review = withReview ? reviews[finding.fingerprint].map(ReviewJSON.init) : nil
        return Self.tree(record)
    }

    private func claim(_ claim: StoredClaim) -> JSONValue {
        var record = claim.payload
        record.stale = claim.stale
        return Self.tree(record)
    }

    /// A record as a JSON tree (records encode to plain JSON, so this does not fail).
    private static func tree(_ record: some Encodable) -> JSONValue {
        (try? JSONValue(encoding: record)) ?? .null
    }
}
