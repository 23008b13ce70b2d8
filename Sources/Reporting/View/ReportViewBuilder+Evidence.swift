import Extraction
import Findings

extension ReportViewBuilder {
    /// A ratings table has one column per page; a subject rated by more pages gets none.
    static let evidenceTableMaxPages = 8

    /// One table per subject rated by two or more pages: a row per topic, a column per page,
    /// conflicting cells marked with the worst severity of their evidence conflicts.
    func evidenceTables() -> [EvidenceTableView] {
        let evidence = report.claims.compactMap(\.evidence)
        var worst: [String: Severity] = [:]
        for finding in report.findings where finding.kind == .evidenceConflict {
            for claim in finding.claims { worst[claim] = max(worst[claim] ?? finding.severity, finding.severity) }
        }
        let pageOrder = Dictionary(report.documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return evidence.map(\.subject).uniqued().compactMap { subject in
            let claims = evidence.filter { $0.subject == subject }
            let pages = claims.map(\.document).uniqued().sorted { (pageOrder[$0] ?? 0) < (pageOrder[$1] ?? 0) }
            guard pages.count >= 2, pages.count <= Self.evidenceTableMaxPages else { return nil }
            var byPageAndTopic: [String: EvidenceClaim] = [:]
            for claim in claims where byPageAndTopic[claim.document + "\u{0}" + claim.topic] == nil {
                byPageAndTopic[claim.document + "\u{0}" + claim.topic] = claim
            }
            let rows = claims.map(\.topic).uniqued().map { topic in
                row(topic: topic, claims: pages.map { byPageAndTopic[$0 + "\u{0}" + topic] }, worst: worst)
            }
            return EvidenceTableView(subject: escape(subject), columns: pages.map { ColumnView(page: escape($0)) },
                                     rows: rows, hasRows: !rows.isEmpty)
        }
    }

    private func row(topic: String, claims: [EvidenceClaim?], worst: [String: Severity]) -> FieldRowView {
        let cells = claims.map { claim -> CellView in
            guard let claim else { return CellView(value: "", words: "", hasWords: false, conflict: false, severity: "") }
            let shown = ShownValue.of(claim.verdict.value)
            let words = claim.verdict.text
            let hit = worst[claim.id]
            return CellView(value: shown, words: escape(words), hasWords: words != shown && !words.isEmpty,
                            conflict: hit != nil, severity: hit?.rawValue ?? "")
        }
        let rowWorst = claims.compactMap { $0.flatMap { worst[$0.id] } }.max()
        return FieldRowView(field: escape(topic), conflict: rowWorst != nil, severity: rowWorst?.rawValue ?? "",
                            cells: cells)
    }
}
