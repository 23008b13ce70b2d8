import Extraction
import Foundation

/// Estimates the level weights of a run from its own claims, as Splink does for
/// Fellegi–Sunter, starting from the hand-set table (``MatchWeights/standard``) as the prior:
///
/// 1. **u** per field and level: how often two random study claims from different pages
///    (of one subject group) compare at that level, counted on up to
///    ``MatchWeights/uSamplePairs`` seeded random pairs, or on every pair of a small run
///    (Laplace-smoothed). The random pairs hold a few true matches; the blend below absorbs
///    that bias on small runs (correcting u by λ made EM run away on runs of a few dozen pairs).
/// 2. **m** by ``ExpectationMaximisation`` over the candidate pairs from ``Blocking`` (up to
///    ``MatchWeights/emSamplePairs`` of them, evenly strided), starting from the prior's
///    m = u·2^weight (normalised), each M-step pulled to it by
///    ``MatchWeights/estimationPseudoPairs`` pseudo-pairs, λ capped by one-to-one
///    (``MatchWeights/matchesPerStudyMaximum``).
/// 3. **Blend and clamp**: each level's log2(m/u) is blended with its prior weight by
///    pseudo-counts — (k·prior + n·estimate) / (k + n), n the expected matched pairs that
///    state the field, k = ``MatchWeights/estimationPseudoPairs`` — so a run of three pages
///    stays near the prior, then clamped to ±``MatchWeights/estimationClamp`` of the prior.
struct WeightEstimation: Sendable {
    let weights: MatchWeights
    let comparison: FieldComparison
    let features: [StudyFeatures]

    /// The estimated table for these claims and candidate pairs.
    func table(candidates: [[Int32]]) -> WeightTable {
        let fields = EstimatedField.all
        let candidateCount = candidates.reduce(0) { $0 + $1.count }
        let sampled = randomPairs()
        guard candidateCount > 0, sampled.pairs > 0 else {
            return WeightTable(source: .standard, candidatePairs: candidateCount, sampledPairs: sampled.pairs,
                               matchShare: 0, levels: priorLevels(u: sampled.u))
        }
        let patterns = candidatePatterns(candidates, total: candidateCount)
        let priors = fields.map { $0.read(weights) }
        func priorM(_ u: [[Double]]) -> [[Double]] {
            zip(u, priors).map { u, w in
                let raw = zip(u, w).map { $0 * exp2($1) }
                let sum = raw.reduce(0, +)
                return raw.map { $0 / sum }
            }
        }
        // One-to-one bounds the matches: on average a study claim matches at most
        // ``MatchWeights/matchesPerStudyMaximum`` others, so λ is capped (on a few dozen
        // pairs EM otherwise drifts to "every candidate matches").
        let studies = Double(features.count)
        let maximumLambda = min(0.5, max(1e-4, weights.matchesPerStudyMaximum * studies / 2 / Double(candidateCount)))
        let u = sampled.u
        let result = ExpectationMaximisation(
            patterns: patterns, u: u, pseudoCount: weights.estimationPseudoPairs, maximumLambda: maximumLambda
        ).run(m: priorM(u), lambda: maximumLambda / 2)
        var levels: [WeightTable.Level] = []
        for (f, field) in fields.enumerated() {
            let n = result.matchedPairs[f]
            let k = weights.estimationPseudoPairs
            for (l, level) in field.levels.enumerated() {
                let prior = priors[f][l]
                let estimate = log2(max(1e-6, result.m[f][l]) / max(1e-6, u[f][l]))
                let blended = (k * prior + n * estimate) / (k + n)
                let clamp = weights.estimationClamp
                let clamped = min(prior + clamp, max(prior - clamp, blended))
                var m = result.m[f][l]
                if field.field == .year && level == .equal {
                    // Its weight is value-specific: blend m itself with the prior's.
                    m = min(0.99, max(0.3, (k * weights.yearAgreementM + n * m) / (k + n)))
                }
                levels.append(WeightTable.Level(
                    field: field.field.rawValue, level: level, m: Self.rounded(m), u: Self.rounded(u[f][l]),
                    weight: Self.rounded(clamped), prior: prior))
            }
        }
        return WeightTable(source: .estimated, candidatePairs: candidateCount, sampledPairs: sampled.pairs,
                           matchShare: Self.rounded(result.lambda), levels: levels)
    }

    /// The prior table (no estimate possible): each level's hand weight, u as counted.
    private func priorLevels(u: [[Double]]) -> [WeightTable.Level] {
        EstimatedField.all.enumerated().flatMap { f, field in
            let priors = field.read(weights)
            return field.levels.enumerated().map { l, level in
                let uValue = u.isEmpty ? 0.5 : u[f][l]
                let m = field.field == .year && level == .equal ? weights.yearAgreementM : uValue * exp2(priors[l])
                return WeightTable.Level(field: field.field.rawValue, level: level, m: Self.rounded(min(1, m)),
                                         u: Self.rounded(uValue), weight: priors[l], prior: priors[l])
            }
        }
    }

    /// The level index of every estimated field for one pair.
    func pattern(_ a: StudyFeatures, _ b: StudyFeatures) -> [UInt8] {
        EstimatedField.all.map { $0.index(of: comparison.outcome($0.field, a, b)?.comparison) }
    }

    /// Distinct patterns of (a stride of) the candidate pairs with their counts, in a
    /// deterministic order.
    private func candidatePatterns(_ candidates: [[Int32]], total: Int) -> [(levels: [UInt8], count: Int)] {
        let stride = max(1, total / max(1, weights.emSamplePairs))
        var counts: [[UInt8]: Int] = [:]
        var position = 0
        for (index, partners) in candidates.enumerated() {
            for partner in partners {
                if position % stride == 0 {
                    counts[pattern(features[index], features[Int(partner)]), default: 0] += 1
                }
                position += 1
            }
        }
        return counts.map { (levels: $0.key, count: $0.value) }.sorted { lhs, rhs in lhs.levels.lexicographicallyPrecedes(rhs.levels) }
    }

    /// u per field and level from seeded random pairs of claims on different pages (of
    /// compatible subjects), and how many pairs were counted.
    private func randomPairs() -> (u: [[Double]], pairs: Int) {
        let fields = EstimatedField.all
        var counts = fields.map { $0.levels.map { _ in 0.0 } }
        let n = features.count
        guard n > 1 else { return (counts.map { levels in levels.map { _ in 1 / Double(levels.count) } }, 0) }
        let allPairs = Double(n) * Double(n - 1) / 2
        let wanted = Int(min(Double(weights.uSamplePairs), allPairs))
        var generator = SplitMix(seed: 0x5EED_0F_0B5E_55ED)
        var accepted = 0
        var draws = 0
        if allPairs <= Double(weights.uSamplePairs) {
            // Few claims: every pair once, no sampling noise.
            for i in 0..<n {
                for j in (i + 1)..<n {
                    draws += 1
                    if count(i, j, into: &counts) { accepted += 1 }
                }
            }
        } else {
            while accepted < wanted && draws < wanted * 8 {
                draws += 1
                let i = Int(generator.next() % UInt64(n))
                let j = Int(generator.next() % UInt64(n))
                if i != j && count(i, j, into: &counts) { accepted += 1 }
            }
        }
        let u = counts.map { levels in
            let total = levels.reduce(0, +)
            return levels.map { ($0 + 1) / (total + Double(levels.count)) }
        }
        return (u, accepted)
    }

    /// Adds one random pair's levels to `counts`; false when the pair does not count (same
    /// page, or pages of different subjects, which blocking never pairs).
    private func count(_ i: Int, _ j: Int, into counts: inout [[Double]]) -> Bool {
        let a = features[i]
        let b = features[j]
        if a.document == b.document { return false }
        if let left = a.subject, let right = b.subject, left != right { return false }
        for (f, level) in pattern(a, b).enumerated() where level > 0 {
            counts[f][Int(level) - 1] += 1
        }
        return true
    }

    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
