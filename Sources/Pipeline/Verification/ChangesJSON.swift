import Foundation
import Reporting
import Store

/// `changes.json` (DESIGN.md): new, resolved and changed findings, added, removed and edited
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
        guard case .object(var members) = finding.payload else { return finding.payload }
        if finding.stale { members["stale"] = .bool(true) }
        if withReview, let review = reviews[finding.fingerprint] {
            members["review"] = .object([
                "status": .string(review.status.rawValue),
                "reviewer": review.reviewer.map(JSONValue.string) ?? .null,
                "time": review.time.map { .string(ISO8601.string($0)) } ?? .null,
                "note": review.note.map(JSONValue.string) ?? .null,
            ])
        }
        return .object(members)
    }

    private func claim(_ claim: StoredClaim) -> JSONValue {
        guard claim.stale, case .object(var members) = claim.payload else { return claim.payload }
        members["stale"] = .bool(true)
        return .object(members)
    }
}
