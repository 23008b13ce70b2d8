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
    static let disqualifiers = #"^\s*(?:ago|old|of age|before|earlier|later|apart|(?:per|a|each|every) (?:day|week|month|year))\b"#
}
