/// One corpus extraction is scored on: where its pages are and what it must reach (its
/// floors come from ``ScoreThresholds/Extraction``).
struct ScoredCorpus: CustomStringConvertible, Sendable {
    /// Name shown in test output.
    let name: String
    /// Folders (or files) holding the pages, absolute.
    let pages: [String]
    /// The gold file, absolute.
    let gold: String
    /// Metric → lowest accepted value.
    let minimums: [String: Double]
    /// Metric → highest accepted value.
    let maximums: [String: Double]

    var description: String { name }
}
