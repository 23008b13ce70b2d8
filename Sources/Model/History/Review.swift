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

    /// Creates a review.
    public init(fingerprint: String, state: ReviewState, reviewer: String, time: Date, note: String?,
                values: [String]) {
        self.fingerprint = fingerprint
        self.state = state
        self.reviewer = reviewer
        self.time = time
        self.note = note
        self.values = values
    }

    /// The state that applies to a finding that now has `currentValues`.
    ///
    /// A decision holds only for the values it was made on: an accepted or dismissed finding
    /// whose values changed (say a page now reports n = 60 instead of 82) is open again.
    public func effectiveState(currentValues: [String]) -> ReviewState {
        currentValues == values ? state : .open
    }
}
