import Extraction
import Foundation

/// Recognises the same study across pages: `[Claim]` → `[Match]`, a pure function.
///
/// Candidate pairs come from ``Blocking`` (never all pairs); each is scored field by field
/// with ``MatchWeights`` (log2 likelihood ratios), turned into posterior log-odds under the
/// one-study-per-page prior, and clustered so that a page contributes at most one claim to
/// each match without chaining (a claim joins a cluster only when it matches a member
/// confidently and contradicts none on a decisive field). See ``MatchWeights`` for the
/// table and its reasoning, and ``Explanation`` for the text waterfall of one pair.
public struct Matcher: Sendable {
    /// The weights and thresholds in use.
    public let weights: MatchWeights

    /// Creates a matcher.
    /// - Parameter weights: The weight table; ``MatchWeights/standard`` by default.
    public init(weights: MatchWeights = .standard) {
        self.weights = weights
    }

    /// The matches among the study claims (evidence claims only lend their page's subject).
    /// - Parameter claims: Every claim of the run, of all pages.
    /// - Returns: Clusters of two or more claims from different pages, status `match` or
    ///   `possible`, ordered by their first claim's position in `claims`.
    public func match(_ claims: [Claim]) -> [Match] {
        let context = MatchContext(claims: claims, weights: weights)
        // A pair's posterior is at most its field weights plus log2(p/(1−p)) (n ≥ 1), so
        // pairs below that bound can only feed the competition sums.
        let bound = weights.possibleThreshold - Competition(context: context).priorOdds
        let (raw, competition) = context.scoredCandidates(keeping: bound)
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
            context.comparison.contradicts(context.features[a], context.features[b])
        }
        return clusters.map { cluster in
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
    }

    /// How many candidate pairs blocking gives for these claims (what the matcher scores;
    /// all pairs would be n(n−1)/2).
    public func candidatePairCount(_ claims: [Claim]) -> Int {
        let context = MatchContext(claims: claims, weights: weights)
        return Blocking.candidates(context.features).reduce(0) { $0 + $1.count }
    }

    /// The field-by-field comparison of two study claims in the context of a run, whether or
    /// not they were candidates (for `reconcile explain`).
    /// - Parameters:
    ///   - first: A study claim id.
    ///   - second: Another study claim id, normally from another page.
    ///   - claims: Every claim of the run (frequencies and competitors come from them).
    /// - Returns: The comparison, or `nil` when an id is not a study claim in `claims`.
    public func compare(_ first: String, _ second: String, in claims: [Claim]) -> PairComparison? {
        let context = MatchContext(claims: claims, weights: weights)
        guard let a = context.studies.firstIndex(where: { $0.id == first }),
            let b = context.studies.firstIndex(where: { $0.id == second })
        else { return nil }
        let competition = context.scoredCandidates(keeping: .infinity).competition
        return context.comparison(min(a, b), max(a, b), competition: competition)
    }
}
