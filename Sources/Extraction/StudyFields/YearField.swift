/// Publication year (`year` in the JSON contract).
///
/// Levels: equal; close one year apart (e-publication vs print); different beyond.
/// Conflicts: close is minor, different major.
public enum YearField: StudyFieldDescriptor {
    public static let key = "year"
    public static let title = "Year"
    public static func value(of claim: StudyClaim) -> Int? { claim.year }
    public static func words(of claim: StudyClaim) -> String { claim.year.map(String.init) ?? "" }

    public static func agreement(_ a: Int, _ b: Int) -> FieldAgreement {
        if a == b { return .equal }
        return abs(a - b) == 1 ? .close : .different
    }

    public static func display(_ value: Int) -> String { String(value) }
}
