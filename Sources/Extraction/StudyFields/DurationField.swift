/// How long the study ran, in days (`duration` in the JSON contract, `days` inside it).
///
/// Levels: equal within 10% ("8 weeks" / "two months"), close within 50%, different beyond.
/// Conflicts: close is minor, different major.
public enum DurationField: StudyFieldDescriptor {
    /// Within this ratio two durations are the same length.
    public static let equalRatio = 1.1
    /// Within this ratio two durations are close.
    public static let closeRatio = 1.5

    public static let key = "duration"
    public static let title = "Duration"
    public static func value(of claim: StudyClaim) -> Int? { claim.duration?.value.flatMap { $0 > 0 ? $0 : nil } }
    public static func words(of claim: StudyClaim) -> String { claim.duration?.text ?? "" }

    public static func agreement(_ a: Int, _ b: Int) -> FieldAgreement {
        let ratio = quantityRatio(Double(a), Double(b))
        if ratio <= equalRatio { return .equal }
        if ratio <= closeRatio { return .close }
        return .different
    }

    public static func display(_ value: Int) -> String { value == 1 ? "1 day" : "\(value) days" }
}
