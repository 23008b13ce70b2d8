/// Everything the pipeline knows about one study field, in one place: its name in the
/// JSON contract and reports, its value, how two values agree (one tolerance, used by
/// matching and by the conflict rules), how a disagreement is graded, and how a value is
/// shown.
///
/// Adding a field is a descriptor, its extractor and tests; see ``DoseField`` for one
/// added end to end.
public protocol StudyFieldDescriptor: Sendable {
    /// The normalised value.
    associatedtype Value: Hashable & Sendable

    /// The field's key in the JSON contract and in a finding's `field`.
    static var key: String { get }
    /// The field's name in human reports ("Sample size").
    static var title: String { get }
    /// The claim's normalised value, if stated.
    static func value(of claim: StudyClaim) -> Value?
    /// The page's own words for the claim's value ("" when none).
    static func words(of claim: StudyClaim) -> String
    /// How two stated values compare.
    static func agreement(_ a: Value, _ b: Value) -> FieldAgreement
    /// How much a disagreement at `level` matters; `nil` when it is no conflict.
    static func severity(of level: FieldAgreement) -> Severity?
    /// How much two stated values disagreeing matters: the conflict rule. By default the
    /// severity of their level; a field graded on more than its level (``DesignField``'s
    /// tree distance) says so here.
    static func conflictSeverity(_ a: Value, _ b: Value) -> Severity?
    /// The value as a person reads it.
    static func display(_ value: Value) -> String
}

extension StudyFieldDescriptor {
    /// The agreement of two claims on this field: ``FieldAgreement/missing`` unless both state it.
    public static func agreement(of a: StudyClaim, _ b: StudyClaim) -> FieldAgreement {
        guard let left = value(of: a), let right = value(of: b) else { return .missing }
        return agreement(left, right)
    }

    /// Equal is never a conflict, close is minor, anything else major (the default rule).
    public static func severity(of level: FieldAgreement) -> Severity? {
        switch level {
        case .equal, .missing: return nil
        case .close: return .minor
        case .compatible, .different: return .major
        }
    }

    /// The conflict rule's grade of two values: the severity of their level.
    public static func conflictSeverity(_ a: Value, _ b: Value) -> Severity? {
        severity(of: agreement(a, b))
    }

    /// The level explanations and reports name for two values, held to the conflict rule so
    /// the two never disagree: values the rule grades a major conflict are different (82 vs
    /// 42 is "compatible" to matching, which weighs it as one study told two ways, but the
    /// report flags it major); otherwise the level. Matching still weighs
    /// ``agreement(_:_:)``; this is only what a person is told.
    public static func reportedLevel(_ a: Value, _ b: Value) -> FieldAgreement {
        conflictSeverity(a, b) == .major ? .different : agreement(a, b)
    }

    /// The claim's value as shown in reports, "" when not stated.
    public static func shown(_ claim: StudyClaim) -> String {
        value(of: claim).map(display) ?? ""
    }
}

/// How far apart two positive quantities are, as the larger over the smaller (1 = equal).
/// The tolerances of quantity fields are stated as such ratios.
public func quantityRatio(_ a: Double, _ b: Double) -> Double {
    guard a > 0, b > 0 else { return a == b ? 1 : .infinity }
    return max(a, b) / min(a, b)
}
