import Extraction
import Findings
import Matching

/// A match in `report.json` (DESIGN.md "JSON contract").
///
/// A typed record: the run history stores and loads matches as these records.
public struct MatchJSON: Codable, Hashable, Sendable {
    /// The match id.
    public let id: String
    /// `match` or `possible`.
    public let status: MatchStatus
    /// The score, two decimals.
    public let score: Double
    /// The claim ids in the match.
    public let claims: [String]
    /// The per-field evidence of the pair that gives the match its score.
    public let evidence: [EvidenceJSON]
    /// Every pairwise comparison that links the cluster (one for a two-page match).
    public let comparisons: [ComparisonJSON]
    /// The match's conflicts.
    public let conflicts: [ConflictJSON]

    /// The record of a match.
    /// - Parameters:
    ///   - match: The match.
    ///   - conflicts: Its `conflict` findings, in finding order.
    public init(_ match: Match, conflicts: [Finding]) {
        id = match.id
        status = match.status
        score = JSONNumber.rounded(match.score)
        claims = match.claims
        let weakest = match.comparisons.min { $0.score < $1.score }
        evidence = (weakest?.evidence ?? []).map(EvidenceJSON.init)
        comparisons = match.comparisons.map(ComparisonJSON.init)
        self.conflicts = conflicts.map(ConflictJSON.init)
    }

    /// Reads a stored or written match; lists missing from payloads saved by early versions
    /// read as empty.
    /// - Throws: `DecodingError` when the id is missing or a member has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        status = try c.decodeIfPresent(MatchStatus.self, forKey: .status) ?? .possible
        score = try c.decodeIfPresent(Double.self, forKey: .score) ?? 0
        claims = try c.decodeIfPresent([String].self, forKey: .claims) ?? []
        evidence = try c.decodeIfPresent([EvidenceJSON].self, forKey: .evidence) ?? []
        comparisons = try c.decodeIfPresent([ComparisonJSON].self, forKey: .comparisons) ?? []
        conflicts = try c.decodeIfPresent([ConflictJSON].self, forKey: .conflicts) ?? []
    }

    private enum CodingKeys: String, CodingKey { case id, status, score, claims, evidence, comparisons, conflicts }
}

/// One field's contribution to a match score.
public struct EvidenceJSON: Codable, Hashable, Sendable {
    /// The field compared.
    public let field: String
    /// How the two values compared.
    public let comparison: Comparison
    /// Its weight in the score, two decimals.
    public let weight: Double
    /// The values compared, for people.
    public let detail: String

    /// The record of one field's evidence.
    public init(_ evidence: FieldEvidence) {
        field = evidence.field
        comparison = evidence.comparison
        weight = JSONNumber.rounded(evidence.weight)
        detail = evidence.detail
    }
}

/// One pairwise comparison: prior, per-field weights, final score.
public struct ComparisonJSON: Codable, Hashable, Sendable {
    /// The two claim ids.
    public let claims: [String]
    /// The prior, two decimals.
    public let prior: Double
    /// The final score, two decimals.
    public let score: Double
    /// The per-field evidence.
    public let evidence: [EvidenceJSON]

    /// The record of one comparison.
    public init(_ comparison: PairComparison) {
        claims = comparison.claims
        prior = JSONNumber.rounded(comparison.prior)
        score = JSONNumber.rounded(comparison.score)
        evidence = comparison.evidence.map(EvidenceJSON.init)
    }
}

/// A conflict inside a match: a copy of its `conflict` finding, without the repetition.
public struct ConflictJSON: Codable, Hashable, Sendable {
    /// The finding's fingerprint.
    public let finding: String
    /// The disagreeing field.
    public let field: ConflictField?
    /// How much it matters.
    public let severity: Severity
    /// Each side's value.
    public let values: [ConflictValueJSON]
    /// The one-line message.
    public let message: String

    /// The record of a match's conflict finding.
    public init(_ finding: Finding) {
        self.finding = finding.id
        field = finding.field
        severity = finding.severity
        values = finding.values.map(ConflictValueJSON.init)
        message = finding.message
    }

    /// Writes every member, `field` as `null` when absent.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(finding, forKey: .finding)
        try c.encode(field, forKey: .field)
        try c.encode(severity, forKey: .severity)
        try c.encode(values, forKey: .values)
        try c.encode(message, forKey: .message)
    }
}

/// Rounding that keeps report numbers short and stable across platforms.
enum JSONNumber {
    /// `value` rounded to two decimals.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
