import Foundation

/// The expectation–maximisation step of Fellegi–Sunter (as Splink runs it): given how often
/// each comparison pattern occurs among candidate pairs and the u-probabilities (counted on
/// random pairs), estimates the m-probabilities and the share λ of pairs that are one study.
///
/// A pattern is one level index per field: 0 when either side does not state the field
/// (it then says nothing), 1…L for the field's levels. Pure and deterministic.
struct ExpectationMaximisation: Sendable {
    /// Distinct patterns and how many pairs show each.
    let patterns: [(levels: [UInt8], count: Int)]
    /// u[field][level − 1].
    let u: [[Double]]
    /// Pseudo-pairs of the prior m added to every M-step (keeps fields that few matched pairs
    /// state near the prior).
    let pseudoCount: Double
    /// The largest share of matches λ may reach.
    var maximumLambda = 0.999

    /// What the iteration arrived at.
    struct Result: Sendable {
        /// m[field][level − 1].
        let m: [[Double]]
        /// The share of pairs that are one study.
        let lambda: Double
        /// Per field, the expected number of matched pairs that state it (how much data
        /// stands behind each m).
        let matchedPairs: [Double]
        /// Iterations run.
        let iterations: Int
    }

    /// Iterates from `m` and `lambda` until no probability moves by more than `tolerance`.
    /// - Parameters:
    ///   - m: The starting (prior) m[field][level − 1]; also the pseudo-count's target.
    ///   - lambda: The starting share of matches.
    ///   - maximumIterations: A bound on the iterations.
    ///   - tolerance: The largest change that counts as converged.
    func run(m prior: [[Double]], lambda start: Double, maximumIterations: Int = 200,
             tolerance: Double = 1e-6) -> Result {
        var m = prior
        var lambda = min(maximumLambda, max(1e-6, start))
        var matched = Array(repeating: 0.0, count: u.count)
        var iteration = 0
        while iteration < maximumIterations {
            iteration += 1
            // E-step: the posterior that each pattern's pairs are one study.
            var mCounts = prior.map { $0.map { _ in 0.0 } }
            var observed = Array(repeating: 0.0, count: u.count)
            var matches = 0.0
            var total = 0.0
            let logOdds = log(lambda / (1 - lambda))
            for pattern in patterns {
                var logRatio = logOdds
                for (field, level) in pattern.levels.enumerated() where level > 0 {
                    let index = Int(level) - 1
                    logRatio += log(max(1e-12, m[field][index])) - log(max(1e-12, u[field][index]))
                }
                let posterior = 1 / (1 + exp(-min(700, max(-700, logRatio))))
                let weighted = posterior * Double(pattern.count)
                matches += weighted
                total += Double(pattern.count)
                for (field, level) in pattern.levels.enumerated() where level > 0 {
                    mCounts[field][Int(level) - 1] += weighted
                    observed[field] += weighted
                }
            }
            // M-step: m from the expected matched pairs, pulled to the prior by pseudo-pairs.
            var change = 0.0
            var next = m
            for field in m.indices {
                let denominator = observed[field] + pseudoCount
                for level in m[field].indices {
                    let value = denominator > 0
                        ? (mCounts[field][level] + pseudoCount * prior[field][level]) / denominator
                        : prior[field][level]
                    change = max(change, abs(value - m[field][level]))
                    next[field][level] = value
                }
            }
            let nextLambda = total > 0 ? min(maximumLambda, max(1e-6, matches / total)) : lambda
            change = max(change, abs(nextLambda - lambda))
            m = next
            lambda = nextLambda
            matched = observed
            if change < tolerance { break }
        }
        return Result(m: m, lambda: lambda, matchedPairs: matched, iterations: iteration)
    }
}
