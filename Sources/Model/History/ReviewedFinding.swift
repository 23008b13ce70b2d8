/// A finding of the latest run together with its review decision.
public struct ReviewedFinding: Hashable, Sendable {
    /// The finding.
    public let finding: StoredFinding
    /// The recorded decision, if any (it may no longer apply; see ``state``).
    public let review: Review?
    /// The state that applies now: open when undecided or when the values changed since the decision.
    public let state: ReviewState

    /// Joins a finding with its decision.
    public init(finding: StoredFinding, review: Review?) {
        self.finding = finding
        self.review = review
        self.state = review?.effectiveState(currentValues: finding.values) ?? .open
    }

    /// Joins findings with the decisions recorded for their fingerprints, keeping the findings' order.
    public static func join(_ findings: [StoredFinding], reviews: [String: Review]) -> [ReviewedFinding] {
        findings.map { ReviewedFinding(finding: $0, review: reviews[$0.fingerprint]) }
    }
}
