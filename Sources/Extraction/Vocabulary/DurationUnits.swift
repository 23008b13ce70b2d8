/// Duration units and their length in days (DESIGN.md: week 7, month 30, year 365).
enum DurationUnits {
    /// Unit word (regex, singular or plural) → days.
    static let days: [(pattern: String, days: Int)] = [
        (#"days?|nights?"#, 1),
        (#"weeks?|wks?"#, 7),
        (#"months?|mos?"#, 30),
        (#"years?|yrs?"#, 365),
    ]

    /// Words before a duration that show it is the study's length ("for", "over", "after").
    static let leadIns = #"(?:for|over|after|lasting|across|during|through|within|at|of|in)"#

    /// Words after a duration that show it is not the study's length ("3 weeks ago", "2 weeks
    /// before surgery", "6 months old").
    static let disqualifiers = #"^\s*(?:ago|old|of age|before|earlier|later|apart|(?:or|and) (?:older|over|above|younger|under)|(?:per|a|each|every) (?:day|week|month|year))\b"#
    /// Words before a count of years that make it an age ("aged 75 years", "women ages 25
    /// to 42", "at least 65 years"), or a stage of pregnancy ("at 20 weeks' gestation").
    static let ageLeadIns = #"\b(?:aged?|ages|age of|averaging|average age of|mean age of|older than|younger than|over the age of)\s*(?:between\s+|about\s+|around\s+|at least\s+)?$"#
    static let gestation = #"^\s*(?:['’]s?\s+)?(?:of\s+)?(?:gestation|pregnancy|pregnant)\b"#
}
