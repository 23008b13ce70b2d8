import Extraction
import Foundation

/// Recognises the same study across pages: `[Claim]` → `[Match]`, a pure function.
///
/// Candidate pairs come from ``Blocking`` (never all pairs); each is scored field by field
/// with ``MatchWeights`` (log2 likelihood ratios), turned into posterior log-odds under the
/// one-study-per-page prior, and clustered so that a page contributes at most one claim to
/// each match without chaining (a claim joins a cluster only when it matches a member
/// confidently and contradicts none on a decisive field). See ``MatchWeights`` for the
/// table and its reasoning, ``WeightEstimation`` for how each run re-estimates its level
/// weights, and ``Explanation`` for the waterfall of one pair.
public struct Matcher: Sendable {
    /// The prior weights and thresholds (a run's level weights are estimated from them).
    public let weights: MatchWeights
    /// A level table to use instead of estimating one (`--weights FILE`).
    public let pinned: WeightTable?

    /// Creates a matcher.
    /// - Parameters:
    ///   - weights: The prior weight table; ``MatchWeights/standard`` by default.
    ///   - pinned: A level table to use as is; `nil` estimates one from each run's claims.
    public init(weights: MatchWeights = .standard, pinned: WeightTable? = nil) {
        self.weights = weights
        self.pinned = pinned
    }

    /// What a match run found and the weights it used.
    public struct Run: Sendable {
        /// The matches, as ``Matcher/match(_:)`` returns them.
        public let matches: [Match]
        /// The level weights the run used (estimated, pinned or standard).
        public let table: WeightTable
        /// The weights and thresholds with the table applied.
        public let weights: MatchWeights
    }

    /// The matches among the study claims (evidence claims only lend their page's subject).
    /// - Parameter claims: Every claim of the run, of all pages.
    /// - Returns: Clusters of two or more claims from different pages, status `match` or
    ///   `possible`, ordered by their first claim's position in `claims`.
    public func match(_ claims: [Claim]) -> [Match] {
        run(claims).matches
    }

    /// The matches with the weight table they were scored with.
    /// - Parameter claims: Every claim of the run, of all pages.
    /// - Returns: The matches (as ``match(_:)``), the table and the weights applied.
    public func run(_ claims: [Claim]) -> Run {
        var context = MatchContext(claims: claims, weights: weights, pinned: pinned)
        let weights = context.weights
        // A pair's posterior is at most its field weights plus log2(p/(1−p)) (n ≥ 1), so
        // pairs below that bound can only feed the competition sums.
        let bound = weights.possibleThreshold - Competition(context: context).priorOdds
        let (raw, competition) = context.scoredCandidates(keeping: bound)
        context.releaseCandidates()
        var edges: [Clustering.Edge] = []
        for edge in raw {
            let posterior = competition.posterior(edge)
            if posterior.score >= weights.possibleThreshold {
                edges.append(Clustering.Edge(
                    a: edge.a, b: edge.b, score: posterior.score,
                    confident: posterior.score >= weights.matchThreshold
                        && context.comparison.corroborates(context.features[edge.a], context.features[edge.b])))
            }
        }
        let clusters = Clustering.clusters(
            count: context.studies.count, documents: context.features.map(\.document), edges: edges
        ) { a, b in
            // Decisive fields, or field weights that together speak clearly against one study
            // (a member the newcomer never met directly can still veto it).
            let (x, y) = (context.features[a], context.features[b])
            return context.comparison.contradicts(x, y)
                || weights.clusterVeto > -.infinity && context.comparison.score(x, y) < weights.clusterVeto
        }
        let matches = clusters.map { cluster in
            let comparisons = cluster.edges.map { edge in
                context.comparison(edge.a, edge.b, competition: competition)
            }
            let score = cluster.edges.map(\.score).min() ?? 0
            let studies = cluster.members.map { context.studies[$0] }
            return Match(
                id: StudyIdentity.matchID(studies),
                status: cluster.edges.allSatisfy(\.confident) ? .match : .possible,
                score: (score * 100).rounded() / 100,
                claims: studies.map(\.id), comparisons: comparisons)
        }
        return Run(matches: matches, table: context.table, weights: weights)
    }

    /// How many candidate pairs blocking gives for these claims (what the matcher scores;
    /// all pairs would be n(n−1)/2).
    public func candidatePairCount(_ claims: [Claim]) -> Int {
        let context = MatchContext(claims: claims, weights: weights, pinned: pinned)
        return context.candidates.reduce(0) { $0 + $1.count }
    }

    /// The field-by-field comparison of two study claims in the context of a run, whether or
    /// not they were candidates (for `reconcile explain`).
    /// - Parameters:
    ///   - first: A study claim id.
    ///   - second: Another study claim id, normally from another page.
    ///   - claims: Every claim of the run (frequencies and competitors come from them).
    /// - Returns: The comparison, or `nil` when an id is not a study claim in `claims`.
    public func compare(_ first: String, _ second: String, in claims: [Claim]) -> PairComparison? {
        compare(first, second, in: MatchContext(claims: claims, weights: weights, pinned: pinned))
    }

    /// The level table a run on `claims` uses (estimated, or the pinned one).
    public func table(for claims: [Claim]) -> WeightTable {
        MatchContext(claims: claims, weights: weights, pinned: pinned).table
    }

    private func compare(_ first: String, _ second: String, in context: MatchContext) -> PairComparison? {
        guard let a = context.studies.firstIndex(where: { $0.id == first }),
            let b = context.studies.firstIndex(where: { $0.id == second })
        else { return nil }
        let competition = context.scoredCandidates(keeping: .infinity).competition
        return context.comparison(min(a, b), max(a, b), competition: competition)
    }
}
