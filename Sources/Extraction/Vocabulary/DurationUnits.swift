/// Duration units and their length in days (DESIGN.md: week 7, month 30, year 365).
///
/// The units are `Data/DurationUnits.tsv`; the context words `Data/DurationPatterns.tsv`.
enum DurationUnits {
    /// Unit word (regex, singular or plural) → days.
    static let days: [(pattern: String, days: Int)] = VocabularyTable.extraction("DurationUnits", columns: 2...2) {
        table in
        try table.rows.map { row in
            let days = try table.int(row, column: 0)
            guard days > 0 else { throw table.failure(row, "\(days) days", expected: "a positive number of days") }
            return (pattern: try table.regex(row, column: 1), days: days)
        }
    }

    private static let context = VocabularyTable.extractionPatterns(
        "DurationPatterns", roles: ["lead_in", "disqualifier", "age_lead_in", "gestation", "not_length_lead_in"],
        single: ["lead_in", "disqualifier", "age_lead_in", "gestation", "not_length_lead_in"])

    /// Words before a duration that show it is the study's length ("for", "over", "after").
    static let leadIns = context.single("lead_in")

    /// Words after a duration that show it is not the study's length ("3 weeks ago", "2 weeks
    /// before surgery", "6 months old").
    static let disqualifiers = context.single("disqualifier")

    /// Words before a count of years that make it an age ("aged 75 years", "ages 40 to 55").
    static let ageLeadIns = context.single("age_lead_in")

    /// Words after a count of weeks that make it a stage of pregnancy ("24 weeks' gestation").
    static let gestation = context.single("gestation")

    /// Words before a span of time that make it an interval, a spread or a threshold, not a
    /// length ("assessed every 6 months", "age 70 ± 8 years", "symptoms for < 3 months").
    static let notLengthLeadIns = context.single("not_length_lead_in")
}
