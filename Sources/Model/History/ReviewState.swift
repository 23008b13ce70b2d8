/// A reviewer's decision on a finding (DESIGN.md: open, accepted, dismissed).
public enum ReviewState: String, Codable, Sendable, Hashable, CaseIterable {
    /// Not decided yet.
    case open
    /// The reviewer agrees the finding is real and has handled it.
    case accepted
    /// The reviewer judged the finding not worth acting on.
    case dismissed
    /// Accepted or dismissed on other values: the finding (the same studies and field) now
    /// disagrees differently. Never recorded, only shown (``Review/effectiveState(currentValues:)``).
    case reopened

    /// Whether `--fail-on` and `verify` should still raise the finding.
    public var needsAttention: Bool { self == .open || self == .reopened }
}
