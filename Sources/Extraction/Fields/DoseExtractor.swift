import Foundation

/// Reads the dose a study gave, normalised to milligrams per day where the words allow:
/// "300 mg twice daily" → 600, "600 mg/day" → 600, "1.2 g a day" → 1200,
/// "200 mcg three times a day" → 0.6, "50 mg every 12 hours" → 100, "7 g per week" → 1.
///
/// A dose without a frequency ("a single 400 mg tablet") or in units that do not convert
/// to milligrams (IU, mg/kg) keeps its words with no value. Concentrations and lab values
/// ("mg/dL", "mg/L", "mmol/L") are not doses.
public struct DoseExtractor: Sendable {
    /// Milligrams per unit by the unit's spellings, and doses per day by the frequency's
    /// spellings: `Vocabulary/Data/DoseUnits.tsv`.
    static let units: [(pattern: String, milligrams: Double?)] = table.units
    static let frequencies: [(pattern: String, perDay: Double)] = table.frequencies

    private static let table = VocabularyTable.extraction("DoseUnits", columns: 3...3) { table in
        var units: [(pattern: String, milligrams: Double?)] = []
        var frequencies: [(pattern: String, perDay: Double)] = []
        for row in table.rows {
            let kind = try table.choice(row, column: 0, named: "kind", among: ["unit", "frequency"])
            let pattern = try table.regex(row, column: 2)
            let factor = row.fields[1]
            if kind == "unit", factor == "-" {
                units.append((pattern, nil))
                continue
            }
            guard let value = Double(factor), value > 0 else {
                throw table.failure(row, "\"\(factor)\" is not a positive number", expected: kind == "unit" ? "milligrams per unit or -" : "doses per day")
            }
            if kind == "unit" { units.append((pattern, value)) } else { frequencies.append((pattern, value)) }
        }
        return (units: units, frequencies: frequencies)
    }

    private static let amount = #"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"#
    private static let unitPattern = units.map { "(" + $0.pattern + ")" }.joined(separator: "|")
    private static let dosePattern = TextPattern(
        #"(?<![\w.,])"# + amount + #"(?:\s*(?:–|-|to|or)\s*\d+(?:\.\d+)?)?\s*(?:"# + unitPattern + #")(?!\s*/\s*(?:dl|l|ml)\b)(?![\w])"#)
    private static let frequencyPatterns = frequencies.map {
        (TextPattern(#"^[\s,]*(?:(?:of|in)\s+\w+(?:\s+\w+)?\s+)?(?:"# + $0.pattern + ")"), $0.perDay)
    }
    private static let perBodyWeight = TextPattern(#"^\s*(?:/|per)\s*(?:kg|kilogram)"#)
    private static let rangePattern = TextPattern(#"\d\s*(?:–|-|to|or)\s*\d"#)

    /// Creates an extractor.
    public init() {}

    /// The first dose stated in `text`, or `nil` when none is.
    /// - Parameter text: A sentence or table cell.
    /// - Returns: Milligrams per day (when the words allow) with the words they came from.
    public func dose(in text: String) -> Classified<Double>? {
        for match in Self.dosePattern.matches(in: text) {
            guard let amountText = match.group(1),
                  let amount = Double(amountText.replacingOccurrences(of: ",", with: "")) else { continue }
            let unitIndex = (0..<Self.units.count).first { match.group($0 + 2) != nil }
            guard let unitIndex else { continue }
            let rest = String(text[match.range.upperBound...])
            if Self.perBodyWeight.isFound(in: rest) {
                return Classified(nil, text: match.text + (Self.perBodyWeight.firstMatch(in: rest)?.text ?? ""))
            }
            var words = match.text
            var perDay: Double?
            for (pattern, count) in Self.frequencyPatterns {
                if let frequency = pattern.firstMatch(in: rest) {
                    perDay = count
                    words += frequency.text
                    break
                }
            }
            guard let milligrams = Self.units[unitIndex].milligrams, let perDay,
                  !Self.rangePattern.isFound(in: match.text) else {
                return Classified(nil, text: words.trimmingCharacters(in: .whitespaces))
            }
            let value = amount * milligrams * perDay
            guard value > 0 else { continue }
            return Classified((value * 1000).rounded() / 1000, text: words.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
