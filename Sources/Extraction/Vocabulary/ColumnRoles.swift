/// Table header words and the field each column holds, so study tables are read by their
/// headers, not by column position.
enum ColumnRoles {
    /// What a column of a study table holds.
    enum Role: Hashable {
        case study, year, design, sampleSize, duration, outcome, finding, country, venue
    }

    /// `(header pattern, role)` in priority order; the first match wins for a header cell
    /// (so "Study type" is a design column before "Study" names the study column).
    static let table: [(pattern: String, role: Role)] = [
        (#"^(?:design|study design|type|study type|type of study|trial type|method|methods|evidence type|kind|kind of study|what kind)\b"#, .design),
        (#"^(?:study|studies|source|study / source|study/source|trial|reference|citation|author|authors|first author|paper|publication|name)\b"#, .study),
        (#"^(?:year|published|pub\.? year|publication year|year published|date|when)\b"#, .year),
        (#"^(?:n\b|n =|total n|sample|participants|subjects|patients|people|population|size|enrolled|no\.? of|number of|who\b|how many)"#, .sampleSize),
        (#"\b(?:duration|length|follow-up|follow up|period|protocol|dose / duration|dose/duration|time|how long|span)\b"#, .duration),
        (#"^(?:primary outcome|outcome|outcomes|condition|conditions|focus|topic|measure|measures|indication)\b"#, .outcome),
        (#"^(?:key finding|key findings|finding|findings|result|results|main result|effect|conclusion|what it found|what they found|what happened|bottom line|takeaway|verdict)\b"#, .finding),
        (#"^(?:country|location|setting|where)\b"#, .country),
        (#"^(?:journal|venue|published in)\b"#, .venue),
    ]
}
