/// Reads how long a study ran, in days, keeping the page's words: "two weeks", "3-week",
/// "six months", "6 mo", "at the 10-week visit", "for 30 consecutive days".
///
/// Week 7 days, month 30, year 365; hours and minutes are session lengths, not durations.
public struct DurationExtractor: Sendable {
    private static let amount = #"(\d+(?:\.\d+)?|a|an|one|"# + NumberWords.pattern + ")"
    private static let units = DurationUnits.days.map { "(" + $0.pattern + ")" }.joined(separator: "|")
    private static let phrase = TextPattern(
        #"(?<![\w.,/-])"# + amount + #"(?:\s*(?:–|-|to)\s*\d+)?"# + spread + #"(?:\s+and a half)?(?:\s+|-)(?:consecutive\s+|straight\s+|full\s+)?(?:"#
            + units + #")\b(?!-old)"#)
    /// A spread or interval written between a number and its unit: "11 (9 to 13) years",
    /// "9 (SD 2) months" (a bracket of up to 30 characters holding a number).
    private static let spreadBracket = #"\s*\((?=[^()]{0,30}\d)[^()]{1,30}\)"#
    private static let spread = "(?:" + spreadBracket + ")?"
    private static let spreadPattern = TextPattern(spreadBracket)
    private static let disqualifier = TextPattern(DurationUnits.disqualifiers)
    private static let ageLeadIn = TextPattern(DurationUnits.ageLeadIns)
    private static let gestation = TextPattern(DurationUnits.gestation)
    private static let notLengthLeadIn = TextPattern(DurationUnits.notLengthLeadIns)
    private static let rangePattern = TextPattern(#"\d\s*(?:–|-|to)\s*\d"#)

    /// Creates an extractor.
    public init() {}

    /// The first study duration stated in `text`, or `nil` when none is.
    /// - Parameter text: A sentence or table cell ("250 mg/day for 9 weeks" → 63 days).
    /// - Returns: Days with the words they were read from; a range ("3-6 weeks") keeps its
    ///   text with `nil` days.
    public func duration(in text: String) -> Classified<Int>? {
        for match in Self.phrase.matches(in: text) {
            let rest = String(text[match.range.upperBound...])
            if Self.disqualifier.isFound(in: rest) || Self.gestation.isFound(in: rest) { continue }
            let before = String(text[..<match.range.lowerBound].suffix(40))
            if Self.ageLeadIn.isFound(in: before) || Self.notLengthLeadIn.isFound(in: before) { continue }
            guard let amountText = match.group(1), let amount = value(of: amountText) else { continue }
            guard let perUnit = unitDays(of: match) else { continue }
            if isRate(amountText, perUnit: perUnit, before: text[..<match.range.lowerBound]) { continue }
            if rest.hasPrefix("/") { continue }
            if Self.includedTrials.isFound(in: String(text[..<match.range.lowerBound].suffix(40))) { continue }
            if Self.rangePattern.isFound(in: Self.spreadPattern.replacing(in: match.text, with: "")) {
                return Classified(nil, text: match.text)
            }
            // "two and a half months", "one and a half years"
            let half = Self.andAHalf.isFound(in: rest) || Self.andAHalf.isFound(in: match.text) ? 0.5 : 0
            let days = Int(((amount + half) * Double(perUnit)).rounded())
            guard days > 0 else { continue }
            return Classified(days, text: match.text)
        }
        return nil
    }

    /// "5 g a day", "twice a week": a rate, not a length.
    private func isRate(_ amount: String, perUnit: Int, before: Substring) -> Bool {
        let lower = amount.lowercased()
        guard lower == "a" || lower == "an" || lower == "one" else { return false }
        if perUnit == 1 && lower != "one" { return true }
        return Self.rateLeadIn.isFound(in: String(before.suffix(24)))
    }

    /// "pooling trials that ran at least ten weeks": the length of the trials a review pooled,
    /// not of the study itself.
    private static let includedTrials = TextPattern(
        #"\b(?:trials|studies|rcts)\s+(?:that\s+)?(?:lasting|lasted|running|ran|of)\s+(?:at least|more than|over|up to|under|less than)?\s*$"#)

    private static let andAHalf = TextPattern(#"^\s*and a half\b|\band a half\s+\w+$"#)

    /// "twice a week", "5 g a day", "3 days a week", "20 minutes a day": what comes before
    /// "a week" makes it a rate.
    private static let rateLeadIn = TextPattern(#"(?:times|twice|once|thrice|sessions?|days?|nights?|hours?|minutes?|\d\s*(?:mg|g|mcg|iu|ml))\s*$"#)

    private func value(of text: String) -> Double? {
        let lower = text.lowercased()
        if lower == "a" || lower == "an" { return 1 }
        if let number = Double(lower) { return number }
        return NumberWords.value(of: lower).map(Double.init)
    }

    private func unitDays(of match: TextMatch) -> Int? {
        for (index, unit) in DurationUnits.days.enumerated() where match.group(index + 2) != nil {
            return unit.days
        }
        return nil
    }
}
