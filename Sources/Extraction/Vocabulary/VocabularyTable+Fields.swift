import Foundation

/// Typed readers for the fields of a ``VocabularyTable``: each checks one field and throws
/// an error naming the file, the line and what was expected.
extension VocabularyTable {
    /// The error for `row`: `file:line: problem (expected …)`.
    public func failure(_ row: Row, _ problem: String, expected: String) -> ExtractionError {
        .badVocabulary(file: file, line: row.line, problem: problem, expected: expected)
    }

    /// A word or phrase: non-empty, without spaces or tabs around it.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func term(_ row: Row, column: Int) throws -> String {
        let field = row.fields[column]
        guard !field.isEmpty else {
            throw failure(row, "empty column \(column + 1)", expected: "a word or phrase")
        }
        guard field.trimmingCharacters(in: .whitespaces) == field else {
            throw failure(row, "spaces around \"\(field)\" in column \(column + 1)", expected: "no leading or trailing spaces")
        }
        return field
    }

    /// A phrase of lowercase words separated by single spaces (how the word-matching tables
    /// write their phrases).
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func lowercasePhrase(_ row: Row, column: Int) throws -> String {
        let phrase = try term(row, column: column)
        guard phrase == phrase.lowercased(), !phrase.contains("  ") else {
            throw failure(row, "phrase \"\(phrase)\"", expected: "lowercase words separated by single spaces")
        }
        return phrase
    }

    /// A regular expression that compiles (as ``TextPattern`` compiles it).
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func regex(_ row: Row, column: Int) throws -> String {
        let field = row.fields[column]
        guard !field.isEmpty else {
            throw failure(row, "empty column \(column + 1)", expected: "a regular expression")
        }
        do {
            _ = try NSRegularExpression(pattern: field, options: [.useUnicodeWordBoundaries, .caseInsensitive])
        } catch {
            throw failure(row, "regex \"\(field)\" does not compile", expected: "an ICU regular expression")
        }
        return field
    }

    /// A whole number.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func int(_ row: Row, column: Int) throws -> Int {
        guard let value = Int(row.fields[column]) else {
            throw failure(row, "\"\(row.fields[column])\" is not a whole number", expected: "digits")
        }
        return value
    }

    /// A case of a `String` enum, by its raw value ("pilot_rct").
    /// - Parameter named: What the value is, for the message ("design class").
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` listing the cases.
    public func value<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ row: Row, column: Int, named: String
    ) throws -> T where T.RawValue == String {
        let raw = try choice(row, column: column, named: named, among: T.allCases.map(\.rawValue))
        guard let found = T(rawValue: raw) else {
            throw failure(row, "unknown \(named) \"\(raw)\"", expected: named)
        }
        return found
    }

    /// One of a fixed set of words ("qualifier", "trailing"): the role a row plays.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` listing them.
    public func choice(_ row: Row, column: Int, named: String, among allowed: [String]) throws -> String {
        let field = row.fields[column]
        guard allowed.contains(field) else {
            throw failure(row, "unknown \(named) \"\(field)\"", expected: "one of: " + allowed.joined(separator: ", "))
        }
        return field
    }

    /// The first column of every row, as terms, in file order.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func terms() throws -> [String] {
        try rows.map { try term($0, column: 0) }
    }

    /// The first column of every row, as regular expressions, in file order.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func regexes() throws -> [String] {
        try rows.map { try regex($0, column: 0) }
    }

    /// Rows of `role<TAB>term`, grouped by role; every role in `roles` is present (empty
    /// when no row has it) and terms keep file order.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func termsByRole(_ roles: [String]) throws -> [String: [String]] {
        var out = Dictionary(uniqueKeysWithValues: roles.map { ($0, [String]()) })
        for row in rows {
            let role = try choice(row, column: 0, named: "role", among: roles)
            out[role, default: []].append(try term(row, column: 1))
        }
        return out
    }

    /// Rows of `key<TAB>value` terms as a dictionary; a repeated key is an error.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public func termMap() throws -> [String: String] {
        var out: [String: String] = [:]
        for row in rows {
            let key = try term(row, column: 0)
            guard out[key] == nil else {
                throw failure(row, "\"\(key)\" given twice", expected: "each key once")
            }
            out[key] = try term(row, column: 1)
        }
        return out
    }

    /// Rows of `role<TAB>regex`, grouped by role in file order; each role in `single` must
    /// have exactly one row.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` for an unknown
    ///   role, a regex that does not compile, or a `single` role given twice or not at all.
    public func patternsByRole(_ roles: [String], single: Set<String> = []) throws -> [String: [String]] {
        var out = Dictionary(uniqueKeysWithValues: roles.map { ($0, [String]()) })
        for row in rows {
            let role = try choice(row, column: 0, named: "role", among: roles)
            if single.contains(role), out[role]?.isEmpty == false {
                throw failure(row, "\"\(role)\" given twice", expected: "one \(role) row")
            }
            out[role, default: []].append(try regex(row, column: 1))
        }
        if let missing = roles.first(where: { single.contains($0) && out[$0]?.isEmpty != false }) {
            throw ExtractionError.badVocabulary(
                file: file, line: rows.last?.line ?? 0, problem: "no \"\(missing)\" row",
                expected: "one \(missing) row")
        }
        return out
    }
}
