/// Reads the numbers a reader can check against a study: percentages and p-values.
public struct ReportedNumberExtractor: Sendable {
    private static let percentage = TextPattern(#"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*%"#)
    private static let pValue = TextPattern(#"\b[pP]\s*([<>=≤≥]|&lt;|&gt;)\s*(0?\.\d+)"#)

    /// Creates an extractor.
    public init() {}

    /// Percentages and p-values in `text`, in order, tagged with `line`.
    public func numbers(in text: String, line: Int) -> [ReportedNumber] {
        var found: [(String.Index, ReportedNumber)] = []
        for match in Self.percentage.matches(in: text) {
            guard let value = match.group(1).flatMap(Double.init) else { continue }
            found.append((match.range.lowerBound,
                          ReportedNumber(kind: .percentage, value: value, text: match.text, line: line)))
        }
        for match in Self.pValue.matches(in: text) {
            guard let value = match.group(2).flatMap({ Double($0.hasPrefix(".") ? "0" + $0 : $0) }) else {
                continue
            }
            found.append((match.range.lowerBound,
                          ReportedNumber(kind: .pValue, value: value, text: match.text, line: line)))
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
