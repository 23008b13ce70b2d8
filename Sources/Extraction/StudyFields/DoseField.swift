import Foundation

/// The daily dose given in the study (`dose` in the JSON contract), in milligrams per day
/// where the page's words allow ("300 mg twice daily" → 600), the words kept as written.
///
/// Levels: equal within 1% (rounding of unit conversions), different otherwise. A
/// differing daily dose is a minor conflict: pages often round, or give one arm's dose.
public enum DoseField: StudyFieldDescriptor {
    /// Within this ratio two daily doses are the same.
    public static let equalRatio = 1.01

    public static let key = "dose"
    public static let title = "Dose"
    public static func value(of claim: StudyClaim) -> Double? { claim.dose?.value.flatMap { $0 > 0 ? $0 : nil } }
    public static func words(of claim: StudyClaim) -> String { claim.dose?.text ?? "" }

    public static func agreement(_ a: Double, _ b: Double) -> FieldAgreement {
        quantityRatio(a, b) <= equalRatio ? .equal : .different
    }

    public static func severity(of level: FieldAgreement) -> Severity? {
        level == .different ? .minor : nil
    }

    /// "600 mg/day"; fractions to two decimals at most ("0.5 mg/day").
    public static func display(_ value: Double) -> String {
        "\(milligrams(value)) mg/day"
    }

    /// A milligram figure without a needless fraction: 600 → "600", 0.25 → "0.25".
    public static func milligrams(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
