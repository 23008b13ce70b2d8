import Documents
import Extraction
import Findings
import Matching
import Model

/// Lookups the writers share: claims and pages by id, `file:line` locations.
struct ReportIndex {
    let report: Report
    let claims: [String: Claim]
    let documents: [String: Document]
    /// Claims per page id, in page order.
    let claimsByDocument: [String: [Claim]]
    /// Conflict findings per match id, in finding order.
    let conflictsByMatch: [String: [Finding]]

    init(_ report: Report) {
        self.report = report
        claims = Dictionary(report.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        documents = Dictionary(report.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        claimsByDocument = Dictionary(grouping: report.claims, by: \.document)
        conflictsByMatch = report.conflictsByMatch
    }

    /// The page a claim comes from (its id when the claim is unknown).
    func documentID(ofClaim id: String) -> String {
        claims[id]?.document ?? id.split(separator: "#").first.map(String.init) ?? id
    }

    /// `source:line` for a place on a claim's page.
    func location(claim id: String, line: Int) -> String {
        let doc = documentID(ofClaim: id)
        return "\(documents[doc]?.source ?? doc):\(line)"
    }

    /// The primary quote and line of a claim.
    func quote(of claim: Claim) -> (text: String, line: Int) {
        switch claim {
        case .study(let study): return (study.quote, study.span.line)
        case .evidence(let evidence): return (evidence.mention.quote, evidence.mention.span.line)
        }
    }

    /// A short name for a claim: a study's label, an evidence claim's topic.
    func label(of id: String) -> String {
        switch claims[id] {
        case .study(let study)?: return study.label
        case .evidence(let evidence)?: return evidence.topic
        case nil: return id
        }
    }

    /// The conflict findings of one match, in finding order.
    func conflicts(of match: Match) -> [Finding] {
        conflictsByMatch[match.id] ?? []
    }
}
