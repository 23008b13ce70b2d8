import Documents
import Extraction
import Findings
import Foundation
import Matching
import Model

/// Turns a ``Report`` into the ``ReportView`` the templates show.
///
/// `escape` is applied to every page-derived string: Markdown escaping for report.md, the
/// identity for report.html (whose `{{ }}` tags HTML-escape).
struct ReportViewBuilder {
    let report: Report
    let index: ReportIndex
    let escape: (String) -> String

    init(_ report: Report, escape: @escaping (String) -> String) {
        self.report = report
        index = ReportIndex(report)
        self.escape = escape
    }

    func build() -> ReportView {
        let summary = ReportSummary(report)
        let studies = report.matches.enumerated().map { study($0.element, number: $0.offset + 1) }
        let evidence = report.findings.filter { $0.kind == .evidenceConflict }.enumerated().map {
            evidenceConflict($0.element, number: $0.offset + 1)
        }
        let matchIDs = Set(report.matches.map(\.id))
        let others = report.findings.filter {
            $0.kind == .internal || ($0.kind == .conflict && !matchIDs.contains($0.match ?? ""))
        }.map(finding)
        let matched = Set(report.matches.flatMap(\.claims))
        let singles = singleStudies(matched: matched)
        let singleCount = report.claims.filter { $0.study != nil && !matched.contains($0.id) }.count
        let tables = evidenceTables()
        let staleSources = Set(report.documents.filter { report.stalePages.contains($0.id) }.map(\.source))
        let failures = report.failures.map { failure in
            FailureView(source: escape(failure.source),
                        message: escape(failure.message) + (staleSources.contains(failure.source) ? Self.staleFailure : ""))
        }
        return ReportView(
            generated: "\(ISO8601.string(report.run.time)) · reconcile \(escape(report.run.toolVersion))",
            inputs: report.run.inputs.map(escape).joined(separator: ", "),
            weights: escape(report.weights?.summary ?? ""), hasWeights: report.weights != nil,
            summary: SummaryView(
                pages: summary.pages, failedPages: summary.failedPages, hasFailedPages: summary.failedPages > 0, studyClaims: summary.studyClaims,
                evidenceClaims: summary.evidenceClaims, matches: summary.matches,
                possibleMatches: summary.possibleMatches, findings: summary.findings,
                major: summary.count(.major), minor: summary.count(.minor), info: summary.count(.info),
                conflicts: summary.count(.conflict), evidenceConflicts: summary.count(.evidenceConflict),
                internalFindings: summary.count(.internal), reviewed: summary.reviewed ?? 0),
            pages: report.documents.map(page),
            studies: studies, hasStudies: !studies.isEmpty,
            evidenceConflicts: evidence, hasEvidenceConflicts: !evidence.isEmpty,
            internalFindings: others, hasInternalFindings: !others.isEmpty,
            evidenceTables: tables, hasEvidenceTables: !tables.isEmpty,
            singles: singles, hasSingles: !singles.isEmpty, moreSingles: singleCount - singles.count,
            hasMoreSingles: singleCount > singles.count,
            failures: failures, hasFailures: !failures.isEmpty, hasReviews: report.reviews != nil)
    }

    private func page(_ document: Document) -> PageView {
        let claims = index.claimsByDocument[document.id] ?? []
        return PageView(
            id: pageName(document.id), source: escape(document.source), title: escape(document.title ?? ""),
            studies: claims.filter { $0.study != nil }.count, evidence: claims.filter { $0.evidence != nil }.count)
    }

    private func study(_ match: Match, number: Int) -> StudyView {
        let claims = match.claims.compactMap { index.claims[$0]?.study }
        let conflicts = index.conflicts(of: match)
        let rows = StudyField.allCases.compactMap { field -> FieldRowView? in
            let values = claims.map { field.value(of: $0) }
            guard values.contains(where: { !$0.value.isEmpty }) else { return nil }
            let hits = conflicts.filter { $0.field != nil && $0.field == field.conflictField }
            let cells = zip(claims, values).map { claim, value -> CellView in
                let hit = hits.first { $0.claims.contains(claim.id) || $0.values.contains { $0.claim == claim.id } }
                return CellView(value: escape(value.value), words: escape(value.words), hasWords: !value.words.isEmpty,
                                conflict: hit != nil, severity: hit?.severity.rawValue ?? "")
            }
            let worst = hits.map(\.severity).max()
            return FieldRowView(field: field.title, conflict: worst != nil, severity: worst?.rawValue ?? "",
                                cells: cells)
        }
        let worst = conflicts.map(\.severity).max()
        let title = claims.map(\.label).uniqued().joined(separator: " ↔ ")
        return StudyView(
            anchor: "study-\(number)", number: number, matchID: escape(match.id),
            title: escape(title.isEmpty ? match.id : title), status: match.status.rawValue,
            isPossible: match.status == .possible, score: Self.number(match.score),
            worst: worst?.rawValue ?? "none",
            columns: claims.map { ColumnView(page: pageName($0.document)) }, rows: rows,
            conflicts: conflicts.map(finding), hasConflicts: !conflicts.isEmpty,
            comparisons: match.comparisons.map(comparison),
            quotes: claims.flatMap { claim in
                claim.mentions.prefix(Self.quotesPerClaim).map {
                    QuoteView(page: pageName(claim.document), text: escape($0.quote),
                              location: escape(index.location(claim: claim.id, line: $0.span.line)))
                }
            })
    }

    private func comparison(_ comparison: PairComparison) -> ComparisonView {
        ComparisonView(
            pair: escape(comparison.claims.joined(separator: " ↔ ")), prior: Self.number(comparison.prior),
            steps: Explanation.steps(comparison).dropFirst().map {
                StepView(field: escape($0.field), comparison: $0.level,
                         m: $0.m.map(Self.probability) ?? "", u: $0.u.map(Self.probability) ?? "",
                         weight: Self.signed($0.weight), total: Self.number($0.total), detail: escape($0.detail),
                         negative: $0.weight < 0)
            },
            score: Self.number(comparison.score),
            chart: WaterfallChart(comparison, matchThreshold: MatchWeights.standard.matchThreshold))
    }

    private func finding(_ finding: Finding) -> FindingView {
        FindingView(id: escape(finding.id), severity: finding.severity.rawValue,
                    field: finding.field.map(StudyField.title) ?? Self.kindTitle(finding.kind), message: message(of: finding),
                    sides: sides(of: finding), review: review(of: finding))
    }

    private func evidenceConflict(_ finding: Finding, number: Int) -> EvidenceConflictView {
        EvidenceConflictView(
            anchor: "evidence-\(number)", id: escape(finding.id), topic: escape(finding.topic ?? ""),
            subject: escape(finding.subject ?? ""), severity: finding.severity.rawValue,
            message: message(of: finding), sides: sides(of: finding), review: review(of: finding))
    }

    /// The finding's message, marked when it rests on a stale page's claims.
    private func message(of finding: Finding) -> String {
        escape(finding.message) + (report.isStale(finding) ? Self.staleMark : "")
    }

    /// A page's id as the reports show it, marked when its claims are the previous run's.
    private func pageName(_ documentID: String) -> String {
        escape(documentID) + (report.stalePages.contains(documentID) ? Self.staleMark : "")
    }

    /// "accepted by ana: checked the source", from the run's review store.
    private func review(of finding: Finding) -> ReviewView {
        guard let review = report.reviews?[finding.id], review.status != .open else {
            return ReviewView(text: "", reviewed: false, status: FindingReview.Status.open.rawValue)
        }
        var text = review.reopenedText ?? review.status.rawValue
        if let reviewer = review.reviewer, !reviewer.isEmpty { text += " by " + reviewer }
        if let note = review.note, !note.isEmpty { text += ": " + note }
        return ReviewView(text: escape(text), reviewed: true, status: review.status.rawValue)
    }

    /// Each side with its value, the page's words and `file:line`; from the claims when the
    /// finding carries no values. Sides of evidence and internal findings also quote the claim.
    private func sides(of finding: Finding) -> [SideView] {
        let quoted = finding.kind != .conflict
        if !finding.values.isEmpty {
            return finding.values.map { value in
                let quote = quoted ? index.claims[value.claim].map { index.quote(of: $0).text } ?? "" : ""
                let shown = quote == value.text ? "" : quote
                return SideView(page: pageName(index.documentID(ofClaim: value.claim)), value: escape(ShownValue.of(value, in: finding)),
                                text: escape(value.text),
                                location: escape(index.location(claim: value.claim, line: value.span.line)),
                                quote: escape(shown), hasQuote: !shown.isEmpty)
            }
        }
        return finding.claims.compactMap { id in
            guard let claim = index.claims[id] else { return nil }
            let quote = index.quote(of: claim)
            return SideView(page: pageName(claim.document), value: escape(index.label(of: id)), text: escape(quote.text),
                            location: escape(index.location(claim: id, line: quote.line)), quote: "", hasQuote: false)
        }
    }

    private func singleStudies(matched: Set<String>) -> [SingleStudyView] {
        report.claims.compactMap(\.study).filter { !matched.contains($0.id) }.prefix(Self.singlesMax).map { claim in
            SingleStudyView(
                page: pageName(claim.document), label: escape(claim.label),
                year: StudyField.year.value(of: claim).value, design: escape(StudyField.design.value(of: claim).value),
                sampleSize: escape(StudyField.sampleSize.value(of: claim).value),
                verdict: escape(StudyField.verdict.value(of: claim).value),
                location: escape(index.location(claim: claim.id, line: claim.span.line)))
        }
    }

    /// Marks a page (and the findings on its claims) that failed this run and whose previous
    /// run's claims are shown instead.
    static let staleMark = " (stale)"

    /// Added to a failed page's message when its previous claims are shown.
    static let staleFailure = " (its previous claims are shown, marked stale)"

    /// Rows of the "cited on one page only" appendix; the rest are in report.json.
    static let singlesMax = 500

    /// Quotes shown per claim in a study section.
    static let quotesPerClaim = 3

    /// What a finding without a field is about.
    static func kindTitle(_ kind: Finding.Kind) -> String {
        switch kind {
        case .conflict: return "Conflict"
        case .evidenceConflict: return "Evidence conflict"
        case .internal: return "Inconsistent page"
        }
    }

    /// A score with one decimal ("11.4").
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A probability with three decimals ("0.850"), or in scientific notation when tiny.
    static func probability(_ value: Double) -> String {
        value > 0 && value < 0.001 ? String(format: "%.1e", value) : String(format: "%.3f", value)
    }

    /// A weight with its sign ("+3.1", "−4.0").
    static func signed(_ value: Double) -> String {
        value < 0 ? "−" + String(format: "%.1f", -value) : "+" + String(format: "%.1f", value)
    }
}
