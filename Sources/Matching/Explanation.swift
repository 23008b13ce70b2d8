import Foundation

/// The waterfall that shows why two claims matched or not, as Splink draws it: the start
/// score, each field's level with both values, its m- and u-probability and weight, the
/// running total after it, the final score and its band. Plain text or Markdown.
public enum Explanation {
    /// How a waterfall is written.
    public enum Format: String, Sendable, CaseIterable {
        /// Aligned columns for a terminal.
        case text
        /// A Markdown table.
        case markdown
    }

    /// One row of a waterfall: a field's contribution and the score after it.
    public struct Step: Sendable, Hashable {
        /// The field ("start" for the prior).
        public let field: String
        /// Its level ("" for the prior).
        public let level: String
        /// Both values.
        public let detail: String
        /// The level's m- and u-probability, when the weight table lists the level.
        public let m: Double?
        /// See ``m``.
        public let u: Double?
        /// The weight added.
        public let weight: Double
        /// The score after this step.
        public let total: Double
    }

    /// The waterfall's rows: the prior, then each field in comparison order.
    /// - Parameter comparison: A pair's comparison.
    public static func steps(_ comparison: PairComparison) -> [Step] {
        var total = comparison.prior
        var steps = [Step(field: "start", level: "", detail: "one-to-one prior (1 of the page's studies)",
                          m: nil, u: nil, weight: comparison.prior, total: total)]
        for item in comparison.evidence {
            total += item.weight
            steps.append(Step(field: item.field, level: item.comparison.rawValue, detail: item.detail,
                              m: item.m, u: item.u, weight: item.weight, total: total))
        }
        return steps
    }

    /// Renders a comparison, one field per line.
    /// - Parameters:
    ///   - comparison: The pair's comparison (from ``Match/comparisons`` or
    ///     ``Matcher/compare(_:_:in:)``).
    ///   - weights: The thresholds that decide the band.
    ///   - format: Text columns or a Markdown table.
    /// - Returns: Text lines such as
    ///   `year  equal  2012 = 2012  m 0.85  u 0.10  +2.44  →  1.10`, or the same as a table.
    public static func render(_ comparison: PairComparison, weights: MatchWeights = .standard,
                              format: Format = .text) -> String {
        let steps = steps(comparison)
        let verdict = "= score \(number(comparison.score))  →  \(band(comparison.score, weights))"
        switch format {
        case .text:
            var lines = [comparison.claims.joined(separator: "  vs  ")]
            lines += steps.map(row)
            lines.append(verdict)
            return lines.joined(separator: "\n")
        case .markdown:
            var lines = ["**" + comparison.claims.map(markdownCell).joined(separator: "** vs **") + "**", "",
                         "| Field | Level | Values | m | u | Weight | Score |", "|---|---|---|---:|---:|---:|---:|"]
            lines += steps.map { step in
                "| " + [step.field, step.level, markdownCell(step.detail), probability(step.m), probability(step.u),
                        signed(step.weight), number(step.total)].joined(separator: " | ") + " |"
            }
            lines += ["", verdict.replacingOccurrences(of: "= score", with: "Score")]
            return lines.joined(separator: "\n")
        }
    }

    /// The band a score falls in, with the threshold that decides it.
    public static func band(_ score: Double, _ weights: MatchWeights) -> String {
        if score >= weights.matchThreshold {
            return "match (≥ \(number(weights.matchThreshold)))"
        } else if score >= weights.possibleThreshold {
            return "possible (≥ \(number(weights.possibleThreshold)), below \(number(weights.matchThreshold)))"
        }
        return "no match (below \(number(weights.possibleThreshold)))"
    }

    private static func row(_ step: Step) -> String {
        let shown = step.detail.count > 50 ? String(step.detail.prefix(49)) + "…" : step.detail
        let mu = step.m == nil ? "" : "m \(probability(step.m))  u \(probability(step.u))"
        return "  " + pad(step.field, 12) + pad(step.level, 11) + pad(shown, 52) + pad(mu, 18)
            + pad(signed(step.weight), 8) + "→ " + number(step.total)
    }

    private static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func probability(_ value: Double?) -> String {
        guard let value else { return "" }
        return value < 0.001 && value > 0 ? String(format: "%.1e", value) : String(format: "%.3f", value)
    }

    private static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + number(value)
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
