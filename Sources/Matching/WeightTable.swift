/// The per-level m- and u-probabilities and weights a match run used: estimated from the
/// run's own claims (``WeightEstimation``), or pinned from a file for a reproducible run.
///
/// A data value: `report.json` names its ``source``, the run folder keeps it as
/// `weights.json`, `reconcile run --weights weights.json` reads it back, and
/// `reconcile explain` shows each level's m, u and weight. Each ``Level`` is one row of the
/// table in ``MatchWeights``; a level the table does not list keeps its hand-set weight.
public struct WeightTable: Sendable, Codable, Hashable {
    /// One comparison level of one field.
    public struct Level: Sendable, Codable, Hashable {
        /// The field ("authors", "sampleSize", …), as in ``FieldEvidence/field``.
        public let field: String
        /// The level ("equal", "close", "compatible", "different").
        public let level: Comparison
        /// How often two descriptions of the same study compare at this level (among pairs
        /// where both state the field).
        public let m: Double
        /// How often two different studies on pages of one subject do.
        public let u: Double
        /// The log2 weight the matcher adds: log2(m/u) blended with ``prior`` and clamped.
        public let weight: Double
        /// The hand-set weight of ``MatchWeights/standard`` the estimate started from.
        public let prior: Double

        /// Creates a level.
        public init(field: String, level: Comparison, m: Double, u: Double, weight: Double, prior: Double) {
            self.field = field
            self.level = level
            self.m = m
            self.u = u
            self.weight = weight
            self.prior = prior
        }
    }

    /// Where a table came from.
    public enum Source: String, Sendable, Codable, Hashable {
        /// Estimated from the run's own claims.
        case estimated
        /// Read from a `--weights` file.
        case pinned
        /// The hand-set prior, unchanged (no claims to estimate from).
        case standard
    }

    /// Estimated, pinned or standard.
    public var source: Source
    /// The `--weights` file a pinned table was read from (`nil` otherwise).
    public var file: String?
    /// Candidate pairs (from blocking) the m-probabilities were estimated over.
    public var candidatePairs: Int
    /// Random pairs of claims from different pages the u-probabilities were counted on.
    public var sampledPairs: Int
    /// The share of candidate pairs estimated to be one study (expectation–maximisation's λ).
    public var matchShare: Double
    /// Every estimated level, in field order.
    public var levels: [Level]

    /// Creates a table.
    public init(source: Source, file: String? = nil, candidatePairs: Int, sampledPairs: Int,
                matchShare: Double, levels: [Level]) {
        self.source = source
        self.file = file
        self.candidatePairs = candidatePairs
        self.sampledPairs = sampledPairs
        self.matchShare = matchShare
        self.levels = levels
    }

    /// The level of `field` at `level`, when the table lists it.
    public func level(_ field: String, _ level: Comparison) -> Level? {
        levels.first { $0.field == field && $0.level == level }
    }

    /// One line saying which weights a run used, for reports: "estimated from 1200 candidate
    /// pairs (8000 sampled)", "pinned from weights.json", "standard (hand-set)".
    public var summary: String {
        switch source {
        case .estimated:
            return "estimated from \(candidatePairs) candidate pairs (u from \(sampledPairs) random pairs)"
        case .pinned: return "pinned from \(file ?? "a file")"
        case .standard: return "standard (hand-set prior)"
        }
    }

    /// A copy marked as pinned from `file` (what `--weights FILE` loads).
    public func pinned(from file: String) -> WeightTable {
        var copy = self
        copy.source = .pinned
        copy.file = file
        return copy
    }
}
