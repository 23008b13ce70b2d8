import Foundation

/// A review decision, keyed by the finding's stable fingerprint so it carries across runs.
public struct Review: Hashable, Sendable, Codable {
    /// The finding's fingerprint (its id in reports).
    public let fingerprint: String
    /// The decision as recorded.
    public let state: ReviewState
    /// Who made it.
    public let reviewer: String
    /// When it was made.
    public let time: Date
    /// A free-text note, if any.
    public let note: String?
    /// The finding's values when the decision was made.
    public let values: [String]
    /// The finding's identity (its studies and field, ``StoredFinding/identity``); `nil` for
    /// decisions recorded before identities were kept, which follow the fingerprint only.
    public let identity: String?

    /// Creates a review.
    public init(fingerprint: String, state: ReviewState, reviewer: String, time: Date, note: String?,
                values: [String], identity: String? = nil) {
        self.fingerprint = fingerprint
        self.state = state
        self.reviewer = reviewer
        self.time = time
        self.note = note
        self.values = values
        self.identity = identity
    }

    /// The state that applies to a finding that now has `currentValues`.
    ///
    /// A decision holds only for the values it was made on: an accepted or dismissed finding
    /// whose values changed (say a page now reports n = 60 instead of 82) is reopened.
    public func effectiveState(currentValues: [String]) -> ReviewState {
        currentValues == values || state == .open ? state : .reopened
    }

    /// The decision that applies to a finding: the one recorded on its fingerprint, else the
    /// latest one recorded on another fingerprint with the same identity (the same studies
    /// and field, other values).
    /// - Parameters:
    ///   - fingerprint: The finding's id.
    ///   - identity: The finding's identity.
    ///   - reviews: Decisions by fingerprint, from the store.
    ///   - byIdentity: The latest decision per identity (``latestByIdentity(_:)``).
    public static func applying(to fingerprint: String, identity: String, in reviews: [String: Review],
                                byIdentity: [String: Review]) -> Review? {
        reviews[fingerprint] ?? byIdentity[identity]
    }

    /// The latest decision per identity, for ``applying(to:identity:in:byIdentity:)``.
    public static func latestByIdentity(_ reviews: [String: Review]) -> [String: Review] {
        var result: [String: Review] = [:]
        for review in reviews.values {
            guard let identity = review.identity else { continue }
            if let known = result[identity], (known.time, known.fingerprint) > (review.time, review.fingerprint) { continue }
            result[identity] = review
        }
        return result
    }
}
