/// Total participants (`sampleSize` in the JSON contract).
///
/// Levels: equal; close within 10%; compatible up to about double (completers vs
/// randomised, one arm vs both: often the same study); different beyond. Conflicts: close
/// is minor, compatible and different major (the conflict rule refines this for counts that
/// are part of the other's total and approximate numbers).
public enum SampleSizeField: StudyFieldDescriptor {
    /// Within this ratio two sample sizes are close.
    public static let closeRatio = 1.1
    /// Within this ratio two sample sizes can still be one study told two ways.
    public static let compatibleRatio = 2.05
    /// Within this ratio an approximate number ("about 80") agrees closely enough for a minor conflict.
    public static let approximateRatio = 1.2

    public static let key = "sampleSize"
    public static let title = "Sample size"
    public static func value(of claim: StudyClaim) -> Int? { claim.sampleSize?.value }
    public static func words(of claim: StudyClaim) -> String { claim.sampleSize?.text ?? "" }

    public static func agreement(_ a: Int, _ b: Int) -> FieldAgreement {
        if a == b { return .equal }
        let ratio = quantityRatio(Double(a), Double(b))
        if ratio <= closeRatio { return .close }
        if ratio <= compatibleRatio { return .compatible }
        return .different
    }

    public static func display(_ value: Int) -> String { "n = \(value)" }

    /// Whether a count's words give it approximately ("about 500", "more than 1,000", "~80").
    public static func isApproximate(_ text: String) -> Bool {
        text.contains { ApproximationWords.symbols.contains($0) }
            || TextFolding.words(text).contains { ApproximationWords.words.contains($0) }
    }
}
