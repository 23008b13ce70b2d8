import Extraction

/// How sure the matcher is that claims describe the same study.
public enum MatchStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Above the match threshold: confident.
    case match
    /// In the band below the threshold: a person should look.
    case possible
}

/// The level at which one field of two claims compares (the field descriptors' levels).
public typealias Comparison = FieldAgreement

/// One field's contribution to a match score.
public struct FieldEvidence: Hashable, Sendable, Codable {
    /// The field compared ("year", "authors", "design", "sampleSize", …).
    public let field: String
    /// How the two values compared.
    public let comparison: Comparison
    /// The log2 weight added to the score (negative for a penalty, 0 when missing).
    public let weight: Double
    /// Human-readable detail: both values, e.g. "2012 = 2012".
    public let detail: String
    /// The level's m-probability (same study) in the run's ``WeightTable``, when it lists the level.
    public let m: Double?
    /// The level's u-probability (different studies), when the table lists the level. The
    /// weight is log2(m/u), blended with the prior, plus any value-specific part (a rare
    /// year, surname or venue).
    public let u: Double?

    /// Creates a field's evidence.
    public init(field: String, comparison: Comparison, weight: Double, detail: String,
                m: Double? = nil, u: Double? = nil) {
        self.field = field
        self.comparison = comparison
        self.weight = weight
        self.detail = detail
        self.m = m
        self.u = u
    }
}

/// The field-by-field comparison of two study claims.
public struct PairComparison: Hashable, Sendable, Codable {
    /// The two claim ids, in document order.
    public let claims: [String]
    /// The starting score (prior log-odds) before any field.
    public let prior: Double
    /// Each field's contribution, in the order they were compared.
    public let evidence: [FieldEvidence]

    /// Creates a comparison.
    public init(claims: [String], prior: Double, evidence: [FieldEvidence]) {
        self.claims = claims
        self.prior = prior
        self.evidence = evidence
    }

    /// The final score: prior plus every weight.
    public var score: Double { evidence.reduce(prior) { $0 + $1.weight } }
}

/// Claims on different pages judged to be about the same study.
public struct Match: Hashable, Sendable {
    /// A stable id for the match.
    public let id: String
    /// Confident or needs a person.
    public let status: MatchStatus
    /// The score of the pair that joined the cluster most weakly.
    public let score: Double
    /// The claim ids, one per document, in document order.
    public let claims: [String]
    /// The pairwise comparisons that link the cluster.
    public let comparisons: [PairComparison]

    /// Creates a match.
    public init(id: String, status: MatchStatus, score: Double, claims: [String], comparisons: [PairComparison]) {
        self.id = id
        self.status = status
        self.score = score
        self.claims = claims
        self.comparisons = comparisons
    }
}
