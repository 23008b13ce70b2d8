/// How much a finding matters to a fact-checker.
public enum Severity: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case info, minor, major

    /// Order: info < minor < major.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .info: return 0
        case .minor: return 1
        case .major: return 2
        }
    }
}
