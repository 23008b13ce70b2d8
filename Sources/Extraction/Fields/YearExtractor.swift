/// Finds publication years: four-digit numbers from 1900 to 2039 that are not part of a
/// larger number, an amount, a dose, a percentage or an identifier.
public struct YearExtractor: Sendable {
    /// A year and where it sits in the text.
    public struct Found: Hashable, Sendable {
        /// The year.
        public let year: Int
        /// Its position in the text it was read from.
        public let range: Range<String.Index>
    }

    private static let candidate = TextPattern(
        #"(?<![\d$€£,.:/\w-])((?:19|20)\d\d)(?![\d,]\d|'?s\b|\s*(?:%|percent|mg|g\b|kg|mcg|iu|ml|participants|people|adults|patients))"#)

    private static let months = MonthField.namePattern
    /// "3 February 2025", "February 9, 2026": a calendar date (a page's dateline), not a study year.
    private static let dayBefore = TextPattern(#"\b\d{1,2}(?:st|nd|rd|th)?\s+"# + months + #"\s+$"#)
    private static let dayMonthBefore = TextPattern(months + #"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$"#)

    /// "starting in 1991", "began in 1997", "born between 2011 and 2014", "since 1985", "who
    /// died in 2008": when a cohort started or a person was born or died, not when the study
    /// was published.
    private static let startBefore = TextPattern(
        #"\b(?:starting|beginning|began|begun|started|start|since|born|died|enrolled|recruited)\s+(?:in\s+|between\s+|from\s+)?$|\bbetween\s+(?:19|20)\d\d\s+and\s+$|\b(?:19|20)\d\d\s*(?:-|–|to)\s*$"#)

    /// Creates an extractor.
    public init() {}

    /// Every year in `text`, in order (years inside full calendar dates are skipped).
    public func years(in text: String) -> [Found] {
        Self.candidate.matches(in: text).compactMap { match in
            guard let range = match.groups.first ?? nil, let year = Int(text[range]),
                  (1900...2039).contains(year) else { return nil }
            let before = String(text[..<range.lowerBound].suffix(20))
            if Self.dayBefore.isFound(in: before) || Self.dayMonthBefore.isFound(in: before) { return nil }
            if Self.startBefore.isFound(in: String(text[..<range.lowerBound].suffix(30))) { return nil }
            return Found(year: year, range: range)
        }
    }

    /// The first year in `text` (e.g. a table's Year cell: "2024-active" → 2024, "Ongoing" → nil).
    public func year(in text: String) -> Int? { years(in: text).first?.year }

    /// The year closest to `anchor` (by character distance), for sentences naming several years.
    public func year(in text: String, nearest anchor: Range<String.Index>) -> Int? {
        let all = years(in: text)
        func distance(_ r: Range<String.Index>) -> Int {
            if r.upperBound <= anchor.lowerBound {
                return text.distance(from: r.upperBound, to: anchor.lowerBound)
            }
            if r.lowerBound >= anchor.upperBound {
                // A year after the noun ("a trial published in 2016") counts a little farther.
                return text.distance(from: anchor.upperBound, to: r.lowerBound) + 3
            }
            return 0
        }
        return all.min { distance($0.range) < distance($1.range) }?.year
    }
}
