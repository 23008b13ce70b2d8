import Extraction
import Foundation
import Findings

/// Review decisions as a JSON document for sharing (`reconcile review export`).
public struct ReviewExport: Hashable, Sendable, Codable {
    /// One decision, with the finding's message and severity when the latest run has the finding.
    public struct Entry: Hashable, Sendable, Codable {
        /// The finding's fingerprint.
        public let id: String
        /// open, accepted or dismissed, as recorded.
        public let state: ReviewState
        /// Who decided.
        public let reviewer: String
        /// When.
        public let time: Date
        /// The note, if any.
        public let note: String?
        /// The finding's values the decision was made on.
        public let values: [String]
        /// The finding's message in the latest run, if it is still there.
        public let message: String?
        /// The finding's severity in the latest run, if it is still there.
        public let severity: Severity?

        /// Builds an entry from a review and, when present, its finding.
        public init(review: Review, finding: StoredFinding?) {
            id = review.fingerprint
            state = review.state
            reviewer = review.reviewer
            time = review.time
            note = review.note
            values = review.values
            message = finding?.message
            severity = finding?.severity
        }
    }

    /// Version of this document's shape.
    public let schemaVersion: Int
    /// When it was exported.
    public let exportedAt: Date
    /// The decisions, by id.
    public let reviews: [Entry]

    /// Creates an export document.
    public init(exportedAt: Date, reviews: [Entry]) {
        schemaVersion = 1
        self.exportedAt = exportedAt
        self.reviews = reviews
    }
}
