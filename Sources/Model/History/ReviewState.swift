/// A reviewer's decision on a finding (DESIGN.md: open, accepted, dismissed).
public enum ReviewState: String, Codable, Sendable, Hashable, CaseIterable {
    /// Not decided yet, or reopened because the finding's values changed.
    case open
    /// The reviewer agrees the finding is real and has handled it.
    case accepted
    /// The reviewer judged the finding not worth acting on.
    case dismissed

    /// Whether `--fail-on` and `verify` should still raise the finding.
    public var needsAttention: Bool { self == .open }
}
