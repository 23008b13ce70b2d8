import Extraction
import Findings
import Matching

/// A match in `report.json` (DESIGN.md "JSON contract").
struct MatchJSON: Encodable {
    let id: String
    let status: MatchStatus
    let score: Double
    let claims: [String]
    /// The per-field evidence of the pair that gives the match its score.
    let evidence: [EvidenceJSON]
    /// Every pairwise comparison that links the cluster (one for a two-page match).
    let comparisons: [ComparisonJSON]
    let conflicts: [ConflictJSON]

    init(_ match: Match, conflicts: [Finding]) {
        id = match.id
        status = match.status
        score = JSONNumber.rounded(match.score)
        claims = match.claims
        let weakest = match.comparisons.min { $0.score < $1.score }
        evidence = (weakest?.evidence ?? []).map(EvidenceJSON.init)
        comparisons = match.comparisons.map(ComparisonJSON.init)
        self.conflicts = conflicts.map(ConflictJSON.init)
    }
}

/// One field's contribution to a match score.
struct EvidenceJSON: Encodable {
    let field: String
    let comparison: Comparison
    let weight: Double
    let detail: String

    init(_ evidence: FieldEvidence) {
        field = evidence.field
        comparison = evidence.comparison
        weight = JSONNumber.rounded(evidence.weight)
        detail = evidence.detail
    }
}

/// One pairwise comparison: prior, per-field weights, final score.
struct ComparisonJSON: Encodable {
    let claims: [String]
    let prior: Double
    let score: Double
    let evidence: [EvidenceJSON]

    init(_ comparison: PairComparison) {
        claims = comparison.claims
        prior = JSONNumber.rounded(comparison.prior)
        score = JSONNumber.rounded(comparison.score)
        evidence = comparison.evidence.map(EvidenceJSON.init)
    }
}

/// A conflict inside a match: a copy of its `conflict` finding, without the repetition.
struct ConflictJSON: Encodable {
    let finding: String
    let field: ConflictField?
    let severity: Severity
    let values: [ConflictValueJSON]
    let message: String

    init(_ finding: Finding) {
        self.finding = finding.id
        field = finding.field
        severity = finding.severity
        values = finding.values.map(ConflictValueJSON.init)
        message = finding.message
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(finding, forKey: .finding)
        try c.encode(field, forKey: .field)
        try c.encode(severity, forKey: .severity)
        try c.encode(values, forKey: .values)
        try c.encode(message, forKey: .message)
    }

    private enum CodingKeys: String, CodingKey { case finding, field, severity, values, message }
}

/// Rounding that keeps report numbers short and stable across platforms.
enum JSONNumber {
    /// `value` rounded to two decimals.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
