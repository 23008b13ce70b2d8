/// How the page characterises a study's evidence (`verdict` in the JSON contract), graded
/// by ``VerdictClass/strength``.
///
/// Levels: equal; compatible at the same strength (another wording of as much support);
/// close one step apart; different two or more steps apart. Classes without a strength
/// (`mixed`, `unclear`…) compare as missing. Conflicts: compatible info, close minor,
/// different major.
public enum VerdictField: StudyFieldDescriptor {
    public static let key = "verdict"
    public static let title = "Verdict"
    public static func value(of claim: StudyClaim) -> VerdictClass? {
        claim.verdict?.value.flatMap { $0.strength == nil ? nil : $0 }
    }
    public static func words(of claim: StudyClaim) -> String { claim.verdict?.text ?? "" }

    public static func agreement(_ a: VerdictClass, _ b: VerdictClass) -> FieldAgreement {
        if a == b { return .equal }
        guard let sa = a.strength, let sb = b.strength else { return .missing }
        switch abs(sa - sb) {
        case 0: return .compatible
        case 1: return .close
        default: return .different
        }
    }

    public static func severity(of level: FieldAgreement) -> Severity? {
        switch level {
        case .equal, .missing: return nil
        case .compatible: return .info
        case .close: return .minor
        case .different: return .major
        }
    }

    public static func display(_ value: VerdictClass) -> String { value.displayName }
}
