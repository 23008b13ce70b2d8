import Documents
import Extraction
import Findings
import Foundation
import Matching

/// Everything one `reconcile run` found: the input of every report writer.
///
/// A pure value: writers turn it into text without touching files, the clock or the network.
public struct Report: Hashable, Sendable {
    /// The pages that were parsed, in input order.
    public let documents: [Document]
    /// Every claim of every page, in page order.
    public let claims: [Claim]
    /// Studies recognised on more than one page.
    public let matches: [Match]
    /// Conflicts, evidence conflicts and internal inconsistencies.
    public let findings: [Finding]
    /// Pages that could not be read or parsed; the other pages were still reported.
    public let failures: [PageFailureRecord]
    /// When the run happened, on what, with which tool version.
    public let run: RunInfo
    /// Review decisions keyed by finding id; `nil` when the run has no review store.
    public let reviews: [String: FindingReview]?
    /// The match weights the run used (estimated from its claims or pinned); `nil` when it
    /// did not match (`extract`).
    public let weights: WeightTable?
    /// Ids of the pages that failed this run and whose previous run's claims are matched in
    /// instead, marked stale in every report (their documents carry no blocks).
    public let stalePages: Set<String>
    /// The stored records of the stale pages' claims by claim id, written as they were saved
    /// (a record keeps more than the claim it reads back as, e.g. where each field came from).
    public let staleRecords: [String: ClaimJSON]

    /// Creates a report.
    public init(documents: [Document], claims: [Claim], matches: [Match], findings: [Finding],
                failures: [PageFailureRecord] = [], run: RunInfo, reviews: [String: FindingReview]? = nil,
                weights: WeightTable? = nil, stalePages: Set<String> = [], staleRecords: [String: ClaimJSON] = [:]) {
        self.documents = documents
        self.claims = claims
        self.matches = matches
        self.findings = findings
        self.failures = failures
        self.run = run
        self.reviews = reviews
        self.weights = weights
        self.stalePages = stalePages
        self.staleRecords = staleRecords
    }

    /// The record of a claim: the stored one for a stale page's claim, else made from it.
    public func record(of claim: Claim) -> ClaimJSON {
        staleRecords[claim.id] ?? ClaimJSON(claim)
    }

    /// Whether the claim with this id comes from a stale page (its id starts `<document id>#`).
    public func isStale(claim id: String) -> Bool {
        guard !stalePages.isEmpty, let hash = id.lastIndex(of: "#") else { return false }
        return stalePages.contains(String(id[..<hash]))
    }

    /// Whether a finding rests on a stale page's claim.
    public func isStale(_ finding: Finding) -> Bool {
        finding.claims.contains(where: isStale(claim:)) || finding.values.contains { isStale(claim: $0.claim) }
    }

    /// The `conflict` findings of each match, keyed by match id, in finding order.
    public var conflictsByMatch: [String: [Finding]] {
        Dictionary(grouping: findings.filter { $0.kind == .conflict && $0.match != nil }, by: { $0.match ?? "" })
    }

    /// A copy with review decisions attached (the store's seam).
    public func withReviews(_ reviews: [String: FindingReview]) -> Report {
        Report(documents: documents, claims: claims, matches: matches, findings: findings,
               failures: failures, run: run, reviews: reviews, weights: weights, stalePages: stalePages,
               staleRecords: staleRecords)
    }

    /// A copy whose pages `ids` are stale (see ``stalePages``), with their claims' stored records.
    public func markingStale(_ ids: Set<String>, records: [String: ClaimJSON]) -> Report {
        Report(documents: documents, claims: claims, matches: matches, findings: findings,
               failures: failures, run: run, reviews: reviews, weights: weights, stalePages: stalePages.union(ids),
               staleRecords: staleRecords.merging(records) { _, new in new })
    }

    /// A copy whose document sources and run inputs have `prefix` removed where they start
    /// with it (used to keep absolute paths out of golden files and shareable reports).
    public func relativizingPaths(to prefix: String) -> Report {
        let base = prefix.hasSuffix("/") ? prefix : prefix + "/"
        func strip(_ path: String) -> String { path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path }
        let docs = documents.map {
            Document(id: $0.id, source: strip($0.source), format: $0.format, title: $0.title, blocks: $0.blocks)
        }
        let info = RunInfo(time: run.time, inputs: run.inputs.map(strip), toolVersion: run.toolVersion)
        let fails = failures.map { PageFailureRecord(source: strip($0.source), message: $0.message) }
        return Report(documents: docs, claims: claims, matches: matches, findings: findings,
                      failures: fails, run: info, reviews: reviews, weights: weights, stalePages: stalePages,
                      staleRecords: staleRecords)
    }
}

/// When and on what a run happened.
public struct RunInfo: Hashable, Sendable {
    /// When the run started.
    public let time: Date
    /// The PATH and URL arguments as given on the command line.
    public let inputs: [String]
    /// The `reconcile` version that produced the report.
    public let toolVersion: String

    /// Creates run information.
    public init(time: Date, inputs: [String], toolVersion: String) {
        self.time = time
        self.inputs = inputs
        self.toolVersion = toolVersion
    }
}

/// A page that could not be used, as the reports show it.
public struct PageFailureRecord: Hashable, Sendable {
    /// The path or URL of the page.
    public let source: String
    /// What went wrong, `path:line: problem (expected …)` style.
    public let message: String

    /// Creates a failure record.
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
}

/// A reviewer's decision on one finding (DESIGN.md: `open`, `accepted`, `dismissed`, and
/// `reopened`: decided on values the finding no longer has).
public struct FindingReview: Hashable, Sendable {
    /// Where a finding stands in review.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case open, accepted, dismissed, reopened

        /// Whether `--fail-on` still counts the finding: undecided, or decided on other values.
        public var needsAttention: Bool { self == .open || self == .reopened }
    }

    /// What a reopened finding was decided on.
    public struct Earlier: Hashable, Sendable {
        /// The decision then (`accepted` or `dismissed`).
        public let status: Status
        /// The finding's values then, as a person reads them.
        public let values: [String]

        /// Creates the earlier decision.
        public init(status: Status, values: [String]) {
            self.status = status
            self.values = values
        }
    }

    /// The decision.
    public let status: Status
    /// Who decided, when known.
    public let reviewer: String?
    /// When the decision was made, when known.
    public let time: Date?
    /// The reviewer's note, when any.
    public let note: String?
    /// For `reopened`: the decision and the values it was made on.
    public let earlier: Earlier?
    /// For `reopened`: the finding's values now.
    public let values: [String]?

    /// Creates a review decision.
    public init(status: Status, reviewer: String? = nil, time: Date? = nil, note: String? = nil,
                earlier: Earlier? = nil, values: [String]? = nil) {
        self.status = status
        self.reviewer = reviewer
        self.time = time
        self.note = note
        self.earlier = earlier
        self.values = values
    }

    /// "reopened: dismissed on 82, 42; now 60, 42" for a reopened decision, `nil` otherwise.
    public var reopenedText: String? {
        guard status == .reopened, let earlier else { return nil }
        return "reopened: \(earlier.status.rawValue) on \(earlier.values.joined(separator: ", ")); "
            + "now \((values ?? []).joined(separator: ", "))"
    }
}
