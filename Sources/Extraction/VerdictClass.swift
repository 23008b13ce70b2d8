/// How a page characterises the evidence, spelled as in DESIGN.md "Vocabularies".
public enum VerdictClass: String, CaseIterable, Codable, Sendable, Hashable {
    case strong, moderate, preliminary, mixed, unclear
    case noEffect = "no_effect"
    case notEstablished = "not_established"
    case notReported = "not_reported"

    /// The verdict as human reports name it ("not established"), from
    /// `Vocabulary/Data/VerdictNames.tsv`; JSON keeps the raw value.
    public var displayName: String { ClassNames.verdict[self] ?? rawValue }

    /// The evidence scale of DESIGN.md "Conflict rules": strong 4 · moderate 3 ·
    /// preliminary, mixed 2 · unclear, not_established 1 · no_effect 0; `nil` for not_reported.
    public var strength: Int? {
        switch self {
        case .strong: return 4
        case .moderate: return 3
        case .preliminary, .mixed: return 2
        case .unclear, .notEstablished: return 1
        case .noEffect: return 0
        case .notReported: return nil
        }
    }
}
