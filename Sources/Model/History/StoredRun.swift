import Foundation

/// One run of the pipeline as the store keeps it.
public struct StoredRun: Hashable, Sendable {
    /// The row id; `nil` until saved.
    public var id: Int64?
    /// When the run started.
    public var startedAt: Date
    /// The tool version that made it.
    public var toolVersion: String
    /// The sources as given (paths, folders, URLs), in order; `verify` re-runs these.
    public var inputs: [String]
    /// How many documents, claims, matches and findings the run produced.
    public var documentCount: Int
    /// Claims saved for the run, stale ones included.
    public var claimCount: Int
    /// Matches saved for the run.
    public var matchCount: Int
    /// Findings saved for the run, stale ones included.
    public var findingCount: Int
    /// Pages that failed to load.
    public var failedCount: Int

    /// Creates a run description.
    public init(id: Int64? = nil, startedAt: Date, toolVersion: String, inputs: [String],
                documentCount: Int = 0, claimCount: Int = 0, matchCount: Int = 0, findingCount: Int = 0,
                failedCount: Int = 0) {
        self.id = id
        self.startedAt = startedAt
        self.toolVersion = toolVersion
        self.inputs = inputs
        self.documentCount = documentCount
        self.claimCount = claimCount
        self.matchCount = matchCount
        self.findingCount = findingCount
        self.failedCount = failedCount
    }
}
