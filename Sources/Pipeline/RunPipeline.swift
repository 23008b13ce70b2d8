import Documents
import Extraction
import Findings
import Foundation
import Matching
import Model
import Reporting

/// `reconcile run`'s pipeline: collect inputs → load pages (concurrently) → extract claims
/// (concurrently, per page) → match → findings → ``Report``.
///
/// The stages are pure functions passed in as ``Stages``; this type only schedules them and
/// gathers page failures. Writing the reports is ``ReportFolder``'s job, so a caller (the
/// store) can look at or extend the ``RunResult`` first.
public struct RunPipeline: Sendable {
    /// The pure stages a run chains.
    public struct Stages: Sendable {
        /// Claims of one page.
        public var extract: @Sendable (Document) -> [Claim]
        /// Same study across pages, with the weight table used (`nil` when not matching).
        public var match: @Sendable ([Claim]) -> (matches: [Match], weights: WeightTable?)
        /// Conflicts, evidence conflicts and internal findings.
        public var findings: @Sendable ([Claim], [Match]) -> [Finding]

        /// Creates stages from the three functions.
        public init(extract: @escaping @Sendable (Document) -> [Claim],
                    match: @escaping @Sendable ([Claim]) -> (matches: [Match], weights: WeightTable?),
                    findings: @escaping @Sendable ([Claim], [Match]) -> [Finding]) {
            self.extract = extract
            self.match = match
            self.findings = findings
        }
    }

    /// A step of a run, for progress display.
    public enum Step: Hashable, Sendable {
        /// Reading and parsing this many pages.
        case loading(pages: Int)
        /// Extracting claims from this many pages.
        case extracting(pages: Int)
        /// Matching this many claims.
        case matching(claims: Int)
        /// Building findings for this many matches.
        case findings(matches: Int)
    }

    /// The stages to run.
    public let stages: Stages
    /// Reads and parses pages.
    public let loader: PageLoader

    /// Creates a pipeline.
    public init(stages: Stages, loader: PageLoader = PageLoader()) {
        self.stages = stages
        self.loader = loader
    }

    /// Runs the whole pipeline on command-line PATHs.
    ///
    /// - Parameters:
    ///   - paths: Files, folders or URLs as given.
    ///   - skipping: A folder never to read pages from (the reports' folder).
    ///   - time: The run's time (injected so tests are reproducible).
    ///   - toolVersion: Recorded in the report.
    ///   - progress: Called as each step starts.
    /// - Returns: The report and every page failure (missing PATHs and unreadable pages).
    public func run(paths: [String], skipping: String? = nil, time: Date, toolVersion: String,
                    progress: @Sendable (Step) -> Void = { _ in }) async -> RunResult {
        let collected = InputCollector(skipping: skipping).collect(paths)
        progress(.loading(pages: collected.inputs.count))
        let pages = LoadedPages(collectionFailures: collected.failures, results: await loader.load(collected.inputs))
        let info = RunInfo(time: time, inputs: paths, toolVersion: toolVersion)
        let report = await analyze(documents: pages.documents, failures: pages.failures, info: info, progress: progress)
        return RunResult(report: report, failures: pages.failures)
    }

    /// Runs the pure stages on parsed pages.
    ///
    /// - Parameters:
    ///   - documents: Pages in input order.
    ///   - failures: Pages that could not be used; listed in the report.
    ///   - info: Time, inputs and tool version.
    ///   - progress: Called as each step starts.
    /// - Returns: The report, claims in page order.
    public func analyze(documents: [Document], failures: [PageFailure] = [], info: RunInfo,
                        progress: @Sendable (Step) -> Void = { _ in }) async -> Report {
        progress(.extracting(pages: documents.count))
        let claims = await extractAll(documents)
        progress(.matching(claims: claims.count))
        let (matches, weights) = stages.match(claims)
        progress(.findings(matches: matches.count))
        let findings = stages.findings(claims, matches)
        return Report(
            documents: documents, claims: claims, matches: matches, findings: findings,
            failures: failures.map { PageFailureRecord(source: $0.source, message: $0.message) }, run: info,
            weights: weights)
    }

    /// Extracts every page's claims concurrently, keeping page order (also used by
    /// `reconcile extract`, which stops after this stage).
    /// - Parameter documents: Parsed pages.
    /// - Returns: Every page's claims, page by page.
    public func extractAll(_ documents: [Document]) async -> [Claim] {
        let extract = stages.extract
        var perPage = [[Claim]](repeating: [], count: documents.count)
        await withTaskGroup(of: (Int, [Claim]).self) { group in
            for (position, document) in documents.enumerated() {
                group.addTask { (position, extract(document)) }
            }
            for await (position, claims) in group { perPage[position] = claims }
        }
        return perPage.flatMap { $0 }
    }
}

/// What a run produced, before its reports are written.
public struct RunResult: Sendable {
    /// The report: documents, claims, matches, findings, failures, run info.
    public let report: Report
    /// Every page failure with its reason (for the exit code).
    public let failures: [PageFailure]

    /// Creates a result.
    public init(report: Report, failures: [PageFailure]) {
        self.report = report
        self.failures = failures
    }

    /// The findings at or above `severity` that no reviewer has accepted or dismissed
    /// (for `--fail-on`; without review decisions every finding counts).
    public func findingsNeedingReview(atLeast severity: Severity) -> [Finding] {
        report.findings.filter { finding in
            guard finding.severity >= severity else { return false }
            let status = report.reviews?[finding.id]?.status ?? .open
            return status == .open
        }
    }
}
