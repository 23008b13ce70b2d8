/// Words that name the people (or units) a study enrolled, and the words that mark a
/// count as something other than the total.
enum ParticipantNouns {
    /// Nouns that follow a participant count ("82 participants", "45 young vegetarians").
    static let nouns: [String] = [
        "participants", "participant", "people", "persons", "adults", "adult", "volunteers",
        "subjects", "patients", "men", "women", "individuals", "children", "kids", "adolescents",
        "teenagers", "teens", "boys", "girls", "students", "seniors", "elders", "vegetarians",
        "vegans", "omnivores", "athletes", "players", "runners", "swimmers", "cyclists",
        "residents", "workers", "employees", "nurses", "soldiers", "recruits", "smokers",
        "infants", "babies", "mothers", "pregnancies", "twins", "veterans", "sleepers",
        "insomniacs", "users", "respondents", "cases", "controls", "pairs", "couples",
        "older adults", "healthy adults", "healthy men", "healthy women", "youths", "doctors",
        "physicians", "clinicians", "practitioners", "travellers", "travelers", "attendants", "pilots",
        "drivers", "pupils", "parents", "fathers", "families", "households", "outpatients",
        "inpatients", "survivors", "drinkers", "dieters", "patients'", "participants'", "newborns",
        "toddlers", "retirees", "elderly", "americans", "britons", "canadians", "australians",
        "europeans", "germans", "koreans", "danes", "swedes", "norwegians", "finns", "italians",
        "brazilians", "iranians", "respondents", "nursing-home residents", "trainees", "undergraduates",
    ]

    /// Adjectives and qualifiers allowed between a count and its noun ("46 older adults",
    /// "forty-five young vegetarian adults", "3,018 Dutch adults").
    /// Never group words or prepositions: "two groups of women" counts groups, not women.
    static let qualifier = #"(?:(?!(?:groups?|arms?|sets?|cohorts?|teams?|rounds?|waves?|of|in|per|with|from)\b)[A-Za-zÀ-ž'’-]+ ){0,3}"#

    /// Words after a count that make it a subgroup, not the total ("42 completed").
    static let subsetVerbs: [String] = [
        "completed", "finished", "dropped", "withdrew", "were analy[sz]ed", "analy[sz]ed",
        "remained", "responded", "in the (?:treatment|control|placebo|intervention) group",
        "per (?:group|arm)", "in each (?:group|arm)",
    ]
}
