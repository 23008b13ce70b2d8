import Findings
import Model
import Store

/// The store's review decisions as the reports show them.
public enum ReviewMapping {
    /// Each finding's review as it applies now, keyed by finding id.
    ///
    /// Every finding gets an entry (open when undecided), so reports show the state of all of
    /// them. A decision whose finding's values changed since is shown open again, with a note.
    /// - Parameters:
    ///   - findings: The run's findings.
    ///   - reviews: Decisions by fingerprint, from ``RunStore/reviews()``.
    public static func findingReviews(_ findings: [Finding], reviews: [String: Review]) -> [String: FindingReview] {
        var result: [String: FindingReview] = [:]
        for finding in findings {
            guard let review = reviews[finding.id] else {
                result[finding.id] = FindingReview(status: .open)
                continue
            }
            let state = review.effectiveState(currentValues: SnapshotBuilder.values(of: finding))
            let reopened = state != review.state
            result[finding.id] = FindingReview(
                status: status(state), reviewer: review.reviewer, time: review.time,
                note: reopened ? "reopened: values changed since it was \(review.state.rawValue)" : review.note)
        }
        return result
    }

    /// The report's status for a store state.
    public static func status(_ state: ReviewState) -> FindingReview.Status {
        switch state {
        case .open: return .open
        case .accepted: return .accepted
        case .dismissed: return .dismissed
        }
    }
}
