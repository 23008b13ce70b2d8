/// Study design (`design` in the JSON contract), graded on the ``DesignFamily`` tree.
///
/// Levels: equal; compatible within one family (a pilot RCT is an RCT); different across
/// families. `unknown` says nothing and compares as missing. Conflicts are graded by the
/// tree's distance: one family apart minor, further major, `other` info.
public enum DesignField: StudyFieldDescriptor {
    public static let key = "design"
    public static let title = "Design"
    public static func value(of claim: StudyClaim) -> DesignClass? {
        claim.design?.value.flatMap { $0 == .unknown ? nil : $0 }
    }
    public static func words(of claim: StudyClaim) -> String { claim.design?.text ?? "" }

    public static func agreement(_ a: DesignClass, _ b: DesignClass) -> FieldAgreement {
        if a == b { return .equal }
        if let left = DesignFamily(a), let right = DesignFamily(b), left == right { return .compatible }
        return .different
    }

    /// The severity of two designs disagreeing, by their distance on the tree.
    public static func conflictSeverity(_ a: DesignClass, _ b: DesignClass) -> Severity? {
        guard a != b else { return nil }
        guard let distance = DesignFamily.distance(a, b) else { return .info }
        return distance <= 1 ? .minor : .major
    }

    public static func display(_ value: DesignClass) -> String { value.displayName }
}
