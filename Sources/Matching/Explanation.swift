import Foundation

/// The text waterfall that shows why two claims matched or not: start score, each field's
/// contribution with both values, the running total, the final score and its band.
public enum Explanation {
    /// Renders a comparison as plain text, one field per line.
    /// - Parameters:
    ///   - comparison: The pair's comparison (from ``Match/comparisons`` or
    ///     ``Matcher/compare(_:_:in:)``).
    ///   - weights: The thresholds that decide the band.
    /// - Returns: Lines such as `+ year      equal      2012 = 2012      +2.44   →  1.10`.
    public static func render(_ comparison: PairComparison, weights: MatchWeights = .standard) -> String {
        var lines: [String] = []
        lines.append(comparison.claims.joined(separator: "  vs  "))
        var total = comparison.prior
        lines.append(row("start", "", "one-to-one prior (1 of the page's studies)", comparison.prior, total))
        for item in comparison.evidence {
            total += item.weight
            lines.append(row(item.field, item.comparison.rawValue, item.detail, item.weight, total))
        }
        let score = comparison.score
        let band: String
        if score >= weights.matchThreshold {
            band = "match (≥ \(number(weights.matchThreshold)))"
        } else if score >= weights.possibleThreshold {
            band = "possible (≥ \(number(weights.possibleThreshold)), below \(number(weights.matchThreshold)))"
        } else {
            band = "no match (below \(number(weights.possibleThreshold)))"
        }
        lines.append("= score \(number(score))  →  \(band)")
        return lines.joined(separator: "\n")
    }

    private static func row(
        _ field: String, _ level: String, _ detail: String, _ weight: Double, _ total: Double
    ) -> String {
        let shown = detail.count > 60 ? String(detail.prefix(59)) + "…" : detail
        return "  " + pad(field, 12) + pad(level, 11) + pad(shown, 62)
            + pad(signed(weight), 8) + "→ " + number(total)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + number(value)
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
