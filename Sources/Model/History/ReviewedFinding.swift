/// A finding of the latest run together with its review decision.
public struct ReviewedFinding: Hashable, Sendable {
    /// The finding.
    public let finding: StoredFinding
    /// The recorded decision, if any (it may no longer apply; see ``state``).
    public let review: Review?
    /// The state that applies now: open when undecided, reopened when the values changed since the decision.
    public let state: ReviewState

    /// Joins a finding with its decision.
    public init(finding: StoredFinding, review: Review?) {
        self.finding = finding
        self.review = review
        self.state = review?.effectiveState(currentValues: finding.values) ?? .open
    }

    /// Joins findings with the decisions that apply to them (on their fingerprint, else on their
    /// identity: ``Review/applying(to:identity:in:byIdentity:)``), keeping the findings' order.
    public static func join(_ findings: [StoredFinding], reviews: [String: Review]) -> [ReviewedFinding] {
        let byIdentity = Review.latestByIdentity(reviews)
        return findings.map { finding in
            ReviewedFinding(finding: finding, review: Review.applying(
                to: finding.fingerprint, identity: finding.identity, in: reviews, byIdentity: byIdentity))
        }
    }
}
