import Findings
import Model
import Store

/// The store's review decisions as the reports show them.
public enum ReviewMapping {
    /// Each finding's review as it applies now, keyed by finding id.
    ///
    /// Every finding gets an entry (open when undecided), so reports show the state of all of
    /// them. A decision applies to its fingerprint, or to a finding with the same identity (the
    /// same studies and field); one made on other values is shown `reopened`, with the values
    /// it was made on and the values now.
    /// - Parameters:
    ///   - findings: The run's findings.
    ///   - reviews: Decisions by fingerprint, from ``RunStore/reviews()``.
    public static func findingReviews(_ findings: [Finding], reviews: [String: Review]) -> [String: FindingReview] {
        var result: [String: FindingReview] = [:]
        let byIdentity = Review.latestByIdentity(reviews)
        for finding in findings {
            guard let review = Review.applying(to: finding.id, identity: finding.identity, in: reviews,
                                               byIdentity: byIdentity)
            else {
                result[finding.id] = FindingReview(status: .open)
                continue
            }
            let values = SnapshotBuilder.values(of: finding)
            let state = review.effectiveState(currentValues: values)
            let reopened = state == .reopened
            result[finding.id] = FindingReview(
                status: status(state), reviewer: review.reviewer, time: review.time, note: review.note,
                earlier: reopened ? FindingReview.Earlier(status: status(review.state), values: review.values) : nil,
                values: reopened ? values : nil)
        }
        return result
    }

    /// The report's status for a store state.
    public static func status(_ state: ReviewState) -> FindingReview.Status {
        switch state {
        case .open: return .open
        case .accepted: return .accepted
        case .dismissed: return .dismissed
        case .reopened: return .reopened
        }
    }
}
