import Foundation

/// A vocabulary file: tab-separated rows, `#` comment lines and blank lines, each row with
/// its 1-based line number, so a bad row is reported as `File.tsv:14: …`.
///
/// The word lists of Extraction, Matching and Findings live in such files under each
/// module's `Vocabulary/Data/` and are bundled with it. Fields are taken as written (no
/// trimming), so a regex keeps its spaces; a line whose first character is `#` is a
/// comment. Rows keep file order, which is the priority order of first-match tables.
///
/// ```swift
/// let table = try VocabularyTable(file: "Extra.tsv", text: "rct\t\\bcoin toss\\b\n", columns: 2...2)
/// let design = try table.value(DesignClass.self, table.rows[0], column: 0, named: "design class")
/// ```
public struct VocabularyTable: Sendable, Hashable {
    /// One data line of the file.
    public struct Row: Sendable, Hashable {
        /// 1-based line in the file.
        public let line: Int
        /// The tab-separated fields, as written.
        public let fields: [String]
    }

    /// The file name used in errors ("DesignPhrases.tsv").
    public let file: String
    /// The data rows in file order.
    public let rows: [Row]

    /// Reads a table from text.
    /// - Parameters:
    ///   - file: The name errors give for this text.
    ///   - text: The file's contents (UTF-8; `\n` or `\r\n` line ends).
    ///   - columns: How many tab-separated fields each row may have.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` for a row with
    ///   another number of fields.
    public init(file: String, text: String, columns: ClosedRange<Int>) throws {
        self.file = file
        var rows: [Row] = []
        var number = 0
        // `\r\n` is one Character in Swift, so split on newline characters, not on "\n".
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.isEmpty || line.first == "#" { continue }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.contains(fields.count) else {
                let wanted = columns.count == 1 ? "\(columns.lowerBound)" : "\(columns.lowerBound) to \(columns.upperBound)"
                throw ExtractionError.badVocabulary(
                    file: file, line: number,
                    problem: "\(fields.count) tab-separated column\(fields.count == 1 ? "" : "s")",
                    expected: "\(wanted) column\(columns.upperBound == 1 ? "" : "s")")
            }
            rows.append(Row(line: number, fields: fields))
        }
        self.rows = rows
    }

    /// Reads a table from a file; errors name the file's last path component.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` when the file
    ///   cannot be read as UTF-8 or a row is bad.
    public init(contentsOf url: URL, columns: ClosedRange<Int>) throws {
        let name = url.lastPathComponent
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ExtractionError.badVocabulary(
                file: name, line: 0, problem: "file not readable", expected: "a UTF-8 text file")
        }
        try self.init(file: name, text: text, columns: columns)
    }

    /// A table bundled with a module, as data checked in with the code.
    ///
    /// A bundled file that is missing or malformed is a programming error, so this stops the
    /// process with the file, line and problem; use ``init(contentsOf:columns:)`` and the
    /// typed readers to get the error instead.
    /// - Parameters:
    ///   - name: File name without extension, in `bundle`'s `Data/` folder.
    ///   - bundle: The module's `Bundle.module`.
    ///   - columns: How many fields each row may have.
    ///   - parse: Turns the rows into the module's types, throwing for a bad row.
    /// - Returns: What `parse` returns.
    public static func bundled<T>(
        _ name: String, in bundle: Bundle, columns: ClosedRange<Int>,
        parse: (VocabularyTable) throws -> T
    ) -> T {
        do {
            return try parse(load(name, in: bundle, columns: columns))
        } catch {
            fatalError("bundled vocabulary: \(error)")
        }
    }

    /// Reads a bundled table, throwing instead of stopping.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public static func load(_ name: String, in bundle: Bundle, columns: ClosedRange<Int>) throws -> VocabularyTable {
        guard let url = bundle.url(forResource: name, withExtension: "tsv", subdirectory: "Data") else {
            throw ExtractionError.badVocabulary(
                file: name + ".tsv", line: 0, problem: "file not found in \(bundle.bundlePath)",
                expected: "a resource Data/\(name).tsv")
        }
        return try VocabularyTable(contentsOf: url, columns: columns)
    }

    /// This table followed by `other`'s rows (a base list extended by more rows).
    public func appending(_ other: VocabularyTable) -> VocabularyTable {
        VocabularyTable(file: file, rows: rows + other.rows)
    }

    /// This table with only the rows that satisfy `isIncluded` (lines and file kept for errors).
    public func filter(_ isIncluded: (Row) -> Bool) -> VocabularyTable {
        VocabularyTable(file: file, rows: rows.filter(isIncluded))
    }

    private init(file: String, rows: [Row]) {
        self.file = file
        self.rows = rows
    }
}
