import Foundation
import Matching

/// A match explanation as an inline SVG bar chart (report.html): one bar per step of the
/// waterfall from the score before it to the score after it, green when the field adds,
/// red when it takes away, with the match threshold marked. Drawn from the data alone, no
/// script; the templates' `{{ }}` escape every label.
struct WaterfallChart {
    /// Width and height of the drawing, in pixels.
    let width: Int
    let height: Int
    /// The x of score 0 and of the match threshold.
    let zeroX: String
    let thresholdX: String
    let threshold: String
    /// One bar per step.
    let bars: [Bar]

    /// One step's bar.
    struct Bar {
        let x: String
        let y: Int
        let width: String
        let fill: String
        /// The field name, and the y of its baseline.
        let label: String
        let labelY: Int
        /// "authors equal +5.4 → 3.2", shown on hover.
        let title: String
    }

    static let labelWidth = 110.0
    static let plotWidth = 420.0
    static let rowHeight = 16

    /// The chart of a comparison's waterfall.
    /// - Parameters:
    ///   - comparison: The pair's comparison.
    ///   - matchThreshold: The score a `match` needs (marked by a line).
    init(_ comparison: PairComparison, matchThreshold: Double) {
        let steps = Explanation.steps(comparison)
        var before = 0.0
        var spans: [(from: Double, to: Double, step: Explanation.Step)] = []
        for step in steps {
            spans.append((before, step.total, step))
            before = step.total
        }
        let values: [Double] = spans.flatMap { span -> [Double] in [span.from, span.to] } + [0, matchThreshold]
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let range = max(1e-9, high - low)
        func x(_ value: Double) -> Double { Self.labelWidth + (value - low) / range * Self.plotWidth }
        func text(_ value: Double) -> String { String(format: "%.1f", value) }
        bars = spans.enumerated().map { index, span in
            let left = min(x(span.from), x(span.to))
            let width = max(1, abs(x(span.to) - x(span.from)))
            let fill = index == 0 ? "#8c959f" : (span.step.weight < 0 ? "#cf222e" : "#1a7f37")
            let level = span.step.level.isEmpty ? "" : " " + span.step.level
            return Bar(x: text(left), y: index * Self.rowHeight + 2, width: text(width), fill: fill,
                       label: span.step.field, labelY: index * Self.rowHeight + 13,
                       title: "\(span.step.field)\(level) \(ReportViewBuilder.signed(span.step.weight)) → \(text(span.step.total))")
        }
        width = Int(Self.labelWidth + Self.plotWidth) + 10
        height = spans.count * Self.rowHeight + 4
        zeroX = text(x(0))
        thresholdX = text(x(matchThreshold))
        threshold = text(matchThreshold)
    }
}
