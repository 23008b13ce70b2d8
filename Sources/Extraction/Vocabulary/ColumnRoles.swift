/// Table header words and the field each column holds, so study tables are read by their
/// headers, not by column position.
///
/// The header patterns are data: `Data/ColumnRoles.tsv`.
enum ColumnRoles {
    /// What a column of a study table holds; the raw value is the file's role name.
    enum Role: String, Hashable, CaseIterable {
        case study, year, design, sampleSize = "sample_size", duration, outcome, finding, country, venue
    }

    /// `(header pattern, role)` in priority order; the first match wins for a header cell
    /// (so "Study type" is a design column before "Study" names the study column).
    static let table: [(pattern: String, role: Role)] = VocabularyTable.extraction("ColumnRoles", columns: 2...2) {
        table in
        try table.rows.map { row in
            (pattern: try table.regex(row, column: 1), role: try table.value(Role.self, row, column: 0, named: "column role"))
        }
    }
}
