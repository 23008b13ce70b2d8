import Extraction
import Findings
import Foundation
import Model
import Reporting
import Store

/// `reconcile verify`: re-runs the sources of the last run (or new ones) and compares.
public struct Verification: Sendable {
    /// The history-aware run.
    public let recorded: RecordedRun

    /// Creates a verification over a recorded run.
    public init(recorded: RecordedRun) {
        self.recorded = recorded
    }

    /// What a verification produced.
    public struct Outcome: Sendable {
        /// The run itself (report, snapshot, previous run).
        public let run: RecordedRun.Outcome
        /// What changed since the previous run.
        public let changes: ChangeSet
        /// The sources that were checked.
        public let sources: [String]

        /// `changes.json` and `changes.md`, ready for ``ReportFolder``.
        public var changeFiles: [ReportFile] {
            let json = ChangesJSON(changes, reviews: run.reviews)
            let markdown = ChangesMarkdown(changes, reviews: run.reviews)
            return [ReportFile(name: "changes.json") { try json.encoded() },
                    ReportFile(name: "changes.md") { Array(markdown.render().utf8) }]
        }

        /// New or changed findings at `severity` or above that no reviewer accepted or dismissed.
        public func findingsNeedingAttention(atLeast severity: Severity) -> [StoredFinding] {
            changes.findingsToLookAt.filter { finding in
                finding.severity >= severity && (run.reviews[finding.fingerprint]?.status ?? .open).needsAttention
            }
        }
    }

    /// The sources to check: those given, else the inputs of the last run.
    /// - Returns: `nil` when none are given and there is no previous run.
    public func sources(given: [String]) throws -> [String]? {
        if !given.isEmpty { return given }
        return try recorded.store.latestRun()?.run.inputs
    }

    /// Runs and compares; nothing is saved yet (``RecordedRun/save(_:)`` does that).
    /// - Parameters:
    ///   - sources: What to check (see ``sources(given:)``).
    ///   - skipping: A folder never to read pages from (the reports' folder).
    ///   - time: The run's time.
    ///   - toolVersion: Recorded in the reports and the store.
    ///   - progress: Called as each step starts.
    /// - Throws: ``StoreError``, ``ReportingError``.
    public func run(sources: [String], skipping: String?, time: Date, toolVersion: String,
                    progress: @Sendable (RunPipeline.Step) -> Void = { _ in }) async throws -> Outcome {
        let outcome = try await recorded.run(paths: sources, skipping: skipping, time: time, toolVersion: toolVersion,
                                             progress: progress)
        return Outcome(run: outcome, changes: ChangeSet(previous: outcome.previous, current: outcome.snapshot),
                       sources: sources)
    }
}
