/// What the Markdown and HTML templates show, already worded and escaped for their format.
///
/// Mustache reads these properties by name; every page-derived string has passed through the
/// builder's escaping function (Markdown) or is escaped by `{{ }}` (HTML).
struct ReportView {
    let generated: String
    let inputs: String
    /// Which match weights the run used ("estimated from 120 candidate pairs …").
    let weights: String
    let hasWeights: Bool
    let summary: SummaryView
    let pages: [PageView]
    let studies: [StudyView]
    let hasStudies: Bool
    let evidenceConflicts: [EvidenceConflictView]
    let hasEvidenceConflicts: Bool
    let internalFindings: [FindingView]
    let hasInternalFindings: Bool
    /// One ratings table per subject that two or more pages rate.
    let evidenceTables: [EvidenceTableView]
    let hasEvidenceTables: Bool
    let singles: [SingleStudyView]
    let hasSingles: Bool
    /// Single-page studies left out of the appendix (they are all in report.json).
    let moreSingles: Int
    let hasMoreSingles: Bool
    let failures: [FailureView]
    let hasFailures: Bool
    /// Whether review decisions are shown (the run has a review store).
    let hasReviews: Bool
}

/// The counts at the top of a report.
struct SummaryView {
    let pages: Int
    let failedPages: Int
    let hasFailedPages: Bool
    let studyClaims: Int
    let evidenceClaims: Int
    let matches: Int
    let possibleMatches: Int
    let findings: Int
    let major: Int
    let minor: Int
    let info: Int
    let conflicts: Int
    let evidenceConflicts: Int
    let internalFindings: Int
    let reviewed: Int
}

/// One input page.
struct PageView {
    let id: String
    let source: String
    let title: String
    let studies: Int
    let evidence: Int
}

/// One matched study: side-by-side fields, conflicts, why it matched, quotes.
struct StudyView {
    let anchor: String
    let number: Int
    let matchID: String
    let title: String
    let status: String
    let isPossible: Bool
    let score: String
    let worst: String
    let columns: [ColumnView]
    let rows: [FieldRowView]
    let conflicts: [FindingView]
    let hasConflicts: Bool
    let comparisons: [ComparisonView]
    let quotes: [QuoteView]
}

/// A column of a side-by-side table: one page.
struct ColumnView {
    let page: String
}

/// One field across pages.
struct FieldRowView {
    let field: String
    let conflict: Bool
    let severity: String
    let cells: [CellView]
}

/// One page's value of one field.
struct CellView {
    let value: String
    let words: String
    let hasWords: Bool
    let conflict: Bool
    let severity: String
}

/// A finding with each page's side.
struct FindingView {
    let id: String
    let severity: String
    let field: String
    let message: String
    let sides: [SideView]
    let review: ReviewView
}

/// A finding's review decision, when the run has a review store.
struct ReviewView {
    /// "dismissed by ana: duplicate", or "" when open.
    let text: String
    /// Accepted or dismissed (hidden by "hide reviewed").
    let reviewed: Bool
    let status: String
}

/// One page's side of a finding.
struct SideView {
    let page: String
    let value: String
    let text: String
    let location: String
    /// The claim's whole sentence or row, when it says more than `text`.
    let quote: String
    let hasQuote: Bool
}

/// One pairwise comparison as a waterfall: prior, each field's weight, final score.
struct ComparisonView {
    let pair: String
    let prior: String
    let steps: [StepView]
    let score: String
    /// The same waterfall drawn as bars (report.html).
    let chart: WaterfallChart
}

/// One field's contribution to a match score.
struct StepView {
    let field: String
    let comparison: String
    /// The level's m- and u-probability ("" when the weight table does not list it).
    let m: String
    let u: String
    let weight: String
    /// The score after this field (the waterfall's running total).
    let total: String
    let detail: String
    let negative: Bool
}

/// A quote with `file:line`.
struct QuoteView {
    let page: String
    let text: String
    let location: String
}

/// An evidence conflict between pages on one topic.
struct EvidenceConflictView {
    let anchor: String
    let id: String
    let topic: String
    let subject: String
    let severity: String
    let message: String
    let sides: [SideView]
    let review: ReviewView
}

/// Every page's rating per topic of one subject, side by side.
struct EvidenceTableView {
    let subject: String
    let columns: [ColumnView]
    let rows: [FieldRowView]
    let hasRows: Bool
}

/// A study only one page cites.
struct SingleStudyView {
    let page: String
    let label: String
    let year: String
    let design: String
    let sampleSize: String
    let verdict: String
    let location: String
}

/// A page that could not be used.
struct FailureView {
    let source: String
    let message: String
}
