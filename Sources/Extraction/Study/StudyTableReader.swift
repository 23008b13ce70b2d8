import Documents

/// Reads study claims from tables whose headers say which column holds the study, its year,
/// design, size, duration, outcome and finding.
struct StudyTableReader {
    private static let roles: [(TextPattern, ColumnRoles.Role)] =
        ColumnRoles.table.map { (TextPattern($0.pattern), $0.role) }

    private static let parenthetical = TextPattern(#"\(([^)]+)\)"#)

    let conditions: ConditionNormalizer

    /// The role of each column, when `header` looks like a study table's; `nil` otherwise.
    /// Columns whose header names no role take one from their cells when `rows` are given
    /// (mostly years, durations, counts or design words).
    static func columnRoles(of header: [String], rows: [[String]] = []) -> [ColumnRoles.Role?]? {
        var assigned: [ColumnRoles.Role?] = header.map { cell in
            let text = cell.trimmingPhrasePunctuation
            return roles.first { $0.0.isFound(in: text) }?.1
        }
        for column in assigned.indices where assigned[column] == nil && column > 0 {
            let cells = rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
            assigned[column] = contentRole(of: cells)
        }
        var seen = Set<ColumnRoles.Role>()
        let unique = assigned.map { role -> ColumnRoles.Role? in
            guard let role, !seen.contains(role) else { return nil }
            seen.insert(role)
            return role
        }
        let facts = seen.intersection([.year, .design, .sampleSize, .duration])
        guard facts.count >= 2 else { return nil }
        if !seen.contains(.study) {
            // The first column names the study when no header says so.
            guard unique.first.flatMap({ $0 }) == nil else { return nil }
            return [.study] + unique.dropFirst()
        }
        return unique
    }

    /// The header and body rows of `table`, recognising a header written as the first row.
    static func headerAndRows(of table: Table) -> (header: [String], rows: [[String]], firstRow: Int)? {
        if columnRoles(of: table.header, rows: table.rows) != nil { return (table.header, table.rows, 0) }
        if let first = table.rows.first, columnRoles(of: first, rows: Array(table.rows.dropFirst())) != nil {
            return (first, Array(table.rows.dropFirst()), 1)
        }
        return nil
    }

    private static let bareYear = TextPattern(#"^\s*(?:19|20)\d\d[a-z]?\s*$"#)

    /// What a column holds, read from its cells: the role most of its filled cells show
    /// (bare years, short durations, counts, design words), or `nil`.
    static func contentRole(of cells: [String]) -> ColumnRoles.Role? {
        let filled = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !CellValues.isPlaceholder($0) }
        guard filled.count >= 2 else { return nil }
        func share(_ test: (String) -> Bool) -> Double {
            Double(filled.filter(test).count) / Double(filled.count)
        }
        let most = 0.6
        if share({ bareYear.isFound(in: $0) }) >= most { return .year }
        if share({ $0.count <= 30 && DurationExtractor().duration(in: $0)?.value != nil }) >= most { return .duration }
        if share({ $0.count <= 40 && !bareYear.isFound(in: $0)
            && SampleSizeExtractor().sampleSize(ofCell: $0)?.value != nil }) >= most { return .sampleSize }
        if share({ $0.count <= 40 && DesignExtractor().design(ofCell: $0)?.value != nil }) >= most { return .design }
        return nil
    }

    /// One draft per body row of a study table; `nil` when `block` is not a study table.
    func drafts(from block: Block, index: Int) -> [StudyDraft]? {
        guard let table = block.table, let (header, rows, firstRow) = Self.headerAndRows(of: table),
              let roles = Self.columnRoles(of: header, rows: rows) else { return nil }
        var drafts: [StudyDraft] = []
        for (offset, row) in rows.enumerated() {
            let line = table.rowLines.indices.contains(offset + firstRow)
                ? table.rowLines[offset + firstRow] : block.span.line
            if let draft = draft(from: row, roles: roles, line: line, block: block, index: index) {
                drafts.append(draft)
            }
        }
        return drafts
    }

    private func draft(from row: [String], roles: [ColumnRoles.Role?], line: Int, block: Block,
                       index: Int) -> StudyDraft? {
        func cell(_ role: ColumnRoles.Role) -> String? {
            guard let column = roles.firstIndex(of: role), row.indices.contains(column) else { return nil }
            let text = row[column].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        guard let studyCell = cell(.study), !CellValues.isPlaceholder(studyCell) else { return nil }
        let rowText = row.joined(separator: " | ")
        let ids = IdentifierExtractor()
        let label = ids.removingCitations(from: studyCell)
        var draft = StudyDraft(label: label, blockIndex: index, origin: .tableRow)
        draft.nounPhrase = label
        draft.authors = AuthorExtractor().authors(in: label)
        draft.year = YearExtractor().year(in: cell(.year) ?? label)
        draft.design = cell(.design).flatMap { DesignExtractor().design(ofCell: $0) }
            ?? DesignExtractor().design(in: label, allowWeakCues: false)
        draft.sampleSize = cell(.sampleSize).flatMap { SampleSizeExtractor().sampleSize(ofCell: $0) }
        let findingText = [cell(.finding), cell(.outcome)].compactMap { $0 }.joined(separator: "; ")
        draft.duration = cell(.duration).flatMap { DurationExtractor().duration(in: $0) }
            ?? DurationExtractor().duration(in: findingText)
        draft.dose = DoseExtractor().dose(in: rowText)
        draft.country = cell(.country).flatMap { CountryExtractor().country(in: $0) ?? $0 }
            ?? CountryExtractor().country(in: label)
        draft.venue = cell(.venue) ?? parentheticalVenue(in: label)
        draft.identifiers = ids.identifiers(in: rowText)
        draft.conditions = cell(.outcome).map(conditions.normalize) ?? []
        draft.numbers = ReportedNumberExtractor().numbers(in: findingText, line: line)
        let quote = "| " + row.joined(separator: " | ") + " |"
        draft.mentions = [Mention(quote: quote, span: SourceSpan(line: line, start: nil, end: nil))]
        if let finding = cell(.finding) {
            if StudyVerdictResolver.isPending(finding) { draft.verdictContext = [finding] }
            draft.findingContext = [finding]
        }
        return draft
    }

    /// "Hale et al. (Journal of Sleep Research)" → "Journal of Sleep Research".
    private func parentheticalVenue(in label: String) -> String? {
        let inner = Self.parenthetical.matches(in: label).compactMap { $0.group(1) }
        for text in inner {
            if let venue = VenueExtractor().venue(inByline: text) { return venue }
        }
        return VenueExtractor().venue(in: label)
    }
}
