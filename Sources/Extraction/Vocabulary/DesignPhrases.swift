/// Study-design phrases and the ``DesignClass`` each names, most specific first.
///
/// Each entry is a case-insensitive regular expression; the first entry that matches a text
/// decides its class. The bundled table is `Data/DesignPhrases.tsv` (weak cues:
/// `Data/DesignWeakCues.tsv`); extend it to teach the extractor a new wording, or build a
/// table from other rows and give it to ``DesignExtractor/init(phrases:)``.
public struct DesignPhrases: Sendable {
    /// `(pattern, class)` pairs in priority order.
    public let table: [(pattern: String, design: DesignClass)]
    /// Weak cues used only when no phrase of ``table`` matched: a placebo comparison implies
    /// a controlled trial ("gave 40 adults curcumin or a placebo").
    public let weakTable: [(pattern: String, design: DesignClass)]

    /// Reads and checks both tables: rows of `class<TAB>regex`.
    /// - Parameters:
    ///   - phrases: The rows tried first, in order.
    ///   - weakCues: The rows tried when none of `phrases` matched.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` for an unknown
    ///   design class or a regex that does not compile.
    public init(phrases: VocabularyTable, weakCues: VocabularyTable) throws {
        table = try Self.rows(of: phrases)
        weakTable = try Self.rows(of: weakCues)
    }

    /// The tables bundled with Extraction, read once.
    public static let bundled: DesignPhrases = VocabularyTable.extraction("DesignPhrases", columns: 2...2) {
        phrases in try DesignPhrases(phrases: phrases, weakCues: try bundledTable("DesignWeakCues"))
    }

    /// The bundled rows as a table, to extend with more rows.
    /// - Parameter name: `"DesignPhrases"` or `"DesignWeakCues"`.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public static func bundledTable(_ name: String) throws -> VocabularyTable {
        try VocabularyTable.load(name, in: .module, columns: 2...2)
    }

    private static func rows(of table: VocabularyTable) throws -> [(pattern: String, design: DesignClass)] {
        try table.rows.map { row in
            (pattern: try table.regex(row, column: 1),
             design: try table.value(DesignClass.self, row, column: 0, named: "design class"))
        }
    }
}
