import Documents
import Fetching
import Foundation
import Model
import Store

/// Runs the pipeline with the run history: URL pages are fetched conditionally against their
/// cached copies, a page that fails keeps its previous claims (matched in, marked stale:
/// ``StalePages``), the report carries the review decisions, and the run is ready to be saved.
public struct RecordedRun: Sendable {
    /// The run history.
    public let store: RunStore
    /// The pure stages.
    public let stages: RunPipeline.Stages
    /// Limits for URL pages.
    public let fetchOptions: FetchOptions
    /// Processor seconds one page's parse may take, and again its extraction (``PageLoader/pageTimeout``).
    public let pageTimeout: Double

    /// Creates a recorded run.
    public init(store: RunStore, stages: RunPipeline.Stages = .standard, fetchOptions: FetchOptions = FetchOptions(),
                pageTimeout: Double = PageLoader.defaultPageTimeout) {
        self.store = store
        self.stages = stages
        self.fetchOptions = fetchOptions
        self.pageTimeout = pageTimeout
    }

    /// What a recorded run produced, before anything is saved or written.
    public struct Outcome: Sendable {
        /// The report (with review states) and the page failures.
        public let result: RunResult
        /// The run as it will be saved, failed pages' previous claims carried over as stale.
        public let snapshot: RunSnapshot
        /// The last saved run, if any.
        public let previous: RunSnapshot?
        /// Review states by finding id, as the report shows them.
        public let reviews: [String: FindingReview]
        /// URL pages (as given) the server confirmed unchanged whose cached parse was reused.
        public let reusedDocuments: Set<String>
    }

    /// Runs the pipeline on `paths`.
    /// - Parameters:
    ///   - paths: Files, folders or URLs as given.
    ///   - skipping: A folder never to read pages from (the reports' folder).
    ///   - time: The run's time.
    ///   - toolVersion: Recorded in the report and the store.
    ///   - progress: Called as each step starts.
    /// - Returns: The outcome; nothing is saved yet (see ``save(_:)``).
    /// - Throws: ``StoreError`` when the history cannot be read.
    public func run(paths: [String], skipping: String?, time: Date, toolVersion: String,
                    progress: @Sendable (RunPipeline.Step) -> Void = { _ in }) async throws -> Outcome {
        let previous = try store.latestRun()
        let log = FetchLog()
        let fetcher = URLFetcher(options: fetchOptions, cache: try cache(for: paths), log: log)
        let pipeline = RunPipeline(stages: stages, loader: PageLoader(fetcher: fetcher, pageTimeout: pageTimeout))
        let plain = await pipeline.run(paths: paths, skipping: skipping, time: time, toolVersion: toolVersion,
                                       progress: progress) { failures, live in
            StalePages.carried(from: previous, failures: failures, live: live)
        }
        let fresh = SnapshotBuilder.snapshot(of: plain.report, failures: plain.failures, fetches: await log.all)
        let snapshot = StaleCarryOver.apply(to: fresh, previous: previous)
        let reviews = ReviewMapping.findingReviews(plain.report.findings, reviews: try store.reviews())
        let result = RunResult(report: plain.report.withReviews(reviews), failures: plain.failures,
                               duplicates: plain.duplicates)
        return Outcome(result: result, snapshot: snapshot, previous: previous, reviews: reviews,
                       reusedDocuments: await log.reused)
    }

    /// Saves the run in one transaction.
    /// - Throws: ``StoreError``; the store then holds the previous runs unchanged.
    @discardableResult
    public func save(_ outcome: Outcome) throws -> Int64 {
        try store.save(outcome.snapshot)
    }

    /// The newest good copy of each URL among `paths`, for conditional GET.
    func cache(for paths: [String]) throws -> [String: CachedPage] {
        var cache: [String: CachedPage] = [:]
        for path in paths where InputCollector.isURL(path) {
            guard let document = try store.cachedPage(source: path), let body = document.body else { continue }
            cache[path] = CachedPage(
                etag: document.etag, lastModified: document.lastModified, body: [UInt8](body),
                mediaType: document.format == "html" ? "text/html" : "text/plain", charset: nil,
                document: Self.cachedDocument(document.blocksJSON))
        }
        return cache
    }

    /// The stored parse of a page; `nil` when there is none or it does not decode (the page is
    /// then parsed again, never lost).
    static func cachedDocument(_ json: String?) -> Document? {
        guard let json, let documents = BlockJSON.cachedDocuments(from: Array(json.utf8)),
              documents.count == 1 else { return nil }
        return documents.first
    }
}
