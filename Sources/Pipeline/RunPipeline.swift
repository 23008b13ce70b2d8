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
/// gathers page failures. Each page's extraction has a budget of its own, as long as the
/// parse's (``PageLoader/pageTimeout``), in processor seconds with a wall-clock backstop
/// (``PageDeadline``); the grammars check it between sentences (``ExtractionDeadline``). A page
/// past it fails with ``PipelineError/extractionTimedOut(path:seconds:)``, like a page that
/// could not be parsed, and the other pages go on. Writing the reports is ``ReportFolder``'s job, so a caller (the
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
        await run(paths: paths, skipping: skipping, time: time, toolVersion: toolVersion, progress: progress) { _, _ in
            StalePages()
        }
    }

    /// Runs the whole pipeline, matching in the claims `stale` gives for the failed pages
    /// (given the failures and the ids of the pages read); the history's seam.
    func run(paths: [String], skipping: String?, time: Date, toolVersion: String,
             progress: @Sendable (Step) -> Void,
             stale: ([PageFailure], Set<String>) -> StalePages) async -> RunResult {
        let collected = InputCollector(skipping: skipping).collect(paths)
        progress(.loading(pages: collected.inputs.count))
        let pages = LoadedPages(collectionFailures: collected.failures, results: await loader.load(collected.inputs))
        let info = RunInfo(time: time, inputs: paths, toolVersion: toolVersion)
        let (documents, duplicates) = DuplicateRenditions.removing(from: pages.documents)
        progress(.extracting(pages: documents.count))
        let extracted = await extractPages(documents)
        let failures = pages.failures + extracted.failures
        let carried = stale(failures, Set(extracted.documents.map(\.id)))
        let report = await analyze(documents: extracted.documents + carried.documents,
                                   claims: extracted.claims + carried.claims, failures: failures, info: info,
                                   progress: progress)
        return RunResult(report: report.markingStale(carried.ids, records: carried.records), failures: failures,
                         duplicates: duplicates)
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
        let extracted = await extractPages(documents)
        return await analyze(documents: extracted.documents, claims: extracted.claims,
                             failures: failures + extracted.failures, info: info, progress: progress)
    }

    /// Matches and checks claims already extracted.
    func analyze(documents: [Document], claims: [Claim], failures: [PageFailure], info: RunInfo,
                 progress: @Sendable (Step) -> Void) async -> Report {
        progress(.matching(claims: claims.count))
        let (matches, weights) = stages.match(claims)
        progress(.findings(matches: matches.count))
        let findings = stages.findings(claims, matches)
        return Report(
            documents: documents, claims: claims, matches: matches, findings: findings,
            failures: failures.map { PageFailureRecord(source: $0.source, message: $0.message) }, run: info,
            weights: weights)
    }

    /// Extracts every page's claims, ``PageLoader/workers`` pages at a time, each within
    /// ``PageLoader/pageTimeout`` (also used by `reconcile extract`, which stops after this stage).
    /// - Parameter documents: Parsed pages.
    /// - Returns: The pages whose extraction finished and their claims, page by page, and a
    ///   failure for each page that ran out of time.
    public func extractPages(_ documents: [Document]) async -> ExtractedPages {
        let extract = stages.extract
        let seconds = loader.pageTimeout
        var perPage = [[Claim]?](repeating: nil, count: documents.count)
        await withTaskGroup(of: (Int, [Claim]?).self) { group in
            var next = 0
            func addNext() {
                guard next < documents.count else { return }
                let (position, document) = (next, documents[next])
                group.addTask { (position, await Self.extract(document, within: seconds, extract)) }
                next += 1
            }
            for _ in 0..<loader.workers { addNext() }
            while let (position, claims) = await group.next() {
                perPage[position] = claims
                addNext()
            }
        }
        var result = ExtractedPages()
        for (document, claims) in zip(documents, perPage) {
            if let claims {
                result.documents.append(document)
                result.claims += claims
            } else {
                let error = PipelineError.extractionTimedOut(path: document.source, seconds: seconds)
                result.failures.append(PageFailure(source: document.source, message: error.description, reason: .badData))
            }
        }
        return result
    }

    /// One page's extraction on a thread of its own, `nil` when it spent its budget.
    ///
    /// The grammars check the budget (``ExtractionDeadline``) between sentences and blocks and
    /// stop when it is spent; past the wall-clock backstop the work is abandoned and told to
    /// stop, so its thread does not keep a core busy for long.
    static func extract(_ document: Document, within seconds: Double,
                        _ extract: @escaping @Sendable (Document) -> [Claim]) async -> [Claim]? {
        let deadline = ExtractionDeadline(seconds: seconds)
        let claims = await PageDeadline.run(seconds: seconds) {
            deadline.begin()
            let claims = ExtractionDeadline.$current.withValue(deadline) { extract(document) }
            deadline.check()
            return claims
        }
        // Claims that come back after the budget are from a page that ran out of time (a grammar
        // may have stopped early at its deadline check): the page fails either way.
        guard let claims, !deadline.isExpired else {
            deadline.expire()
            return nil
        }
        return claims
    }
}

/// The pages whose claims were extracted in time, and the pages that were not.
public struct ExtractedPages: Sendable {
    /// Pages extracted in time, in input order.
    public var documents: [Document] = []
    /// Their claims, page by page.
    public var claims: [Claim] = []
    /// A failure naming each page whose extraction ran out of time, in input order.
    public var failures: [PageFailure] = []
}

/// What a run produced, before its reports are written.
public struct RunResult: Sendable {
    /// The report: documents, claims, matches, findings, failures, run info.
    public let report: Report
    /// Every page failure with its reason (for the exit code).
    public let failures: [PageFailure]
    /// Pages left out because another page of their folder holds the same text.
    public let duplicates: [DuplicateRenditions.Duplicate]

    /// Creates a result.
    public init(report: Report, failures: [PageFailure], duplicates: [DuplicateRenditions.Duplicate] = []) {
        self.report = report
        self.failures = failures
        self.duplicates = duplicates
    }

    /// The findings at or above `severity` that no reviewer has accepted or dismissed
    /// (for `--fail-on`; without review decisions every finding counts).
    public func findingsNeedingReview(atLeast severity: Severity) -> [Finding] {
        report.findings.filter { finding in
            guard finding.severity >= severity else { return false }
            return (report.reviews?[finding.id]?.status ?? .open).needsAttention
        }
    }
}
