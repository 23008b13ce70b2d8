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
    /// What a study did rather than its name ("were followed for nine years"): read only to
    /// fill a design that no mention named, never to tell mentions apart.
    public let scopeTable: [(pattern: String, design: DesignClass)]
    /// What rules ``scopeTable`` out when a study's sentences say it ("trial", "placebo").
    public let scopeExclusions: [String]

    /// Reads and checks both tables: rows of `class<TAB>regex`.
    /// - Parameters:
    ///   - phrases: The rows tried first, in order.
    ///   - weakCues: The rows tried when none of `phrases` matched.
    ///   - scopeCues: The rows that fill a study's design from its scope; none when `nil`.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)`` for an unknown
    ///   design class or a regex that does not compile.
    public init(phrases: VocabularyTable, weakCues: VocabularyTable, scopeCues: VocabularyTable? = nil) throws {
        table = try Self.rows(of: phrases)
        weakTable = try Self.rows(of: weakCues)
        let exclusion = Self.exclusionClass
        let cues = scopeCues?.filter { $0.fields.first != exclusion }
        scopeTable = try cues.map(Self.rows(of:)) ?? []
        scopeExclusions = try scopeCues.map { table in
            try table.rows.filter { $0.fields.first == exclusion }.map { try table.regex(Self.filled($0), column: 1) }
        } ?? []
    }

    /// The tables bundled with Extraction, read once.
    public static let bundled: DesignPhrases = VocabularyTable.extraction("DesignPhrases", columns: 2...2) {
        phrases in try DesignPhrases(phrases: phrases, weakCues: try bundledTable("DesignWeakCues"),
                                     scopeCues: try bundledTable("DesignScopeCues"))
    }

    /// The bundled rows as a table, to extend with more rows.
    /// - Parameter name: `"DesignPhrases"`, `"DesignWeakCues"` or `"DesignScopeCues"`.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    public static func bundledTable(_ name: String) throws -> VocabularyTable {
        try VocabularyTable.load(name, in: .module, columns: 2...2)
    }

    /// The class column of a scope-cue row that rules the cues out.
    static let exclusionClass = "unless"

    /// Written in a row's regex, stands for any noun of `ParticipantNouns.tsv` ("women",
    /// "patients"): the people a study enrolled, from that file's one list.
    public static let peoplePlaceholder = "{people}"

    private static let people = "(?:" + ParticipantNouns.nouns.joined(separator: "|") + ")"

    /// `row` with ``peoplePlaceholder`` written out.
    private static func filled(_ row: VocabularyTable.Row) -> VocabularyTable.Row {
        VocabularyTable.Row(line: row.line, fields: row.fields.map { $0.replacingOccurrences(of: peoplePlaceholder, with: people) })
    }

    private static func rows(of table: VocabularyTable) throws -> [(pattern: String, design: DesignClass)] {
        try table.rows.map { row in
            let filled = Self.filled(row)
            return (pattern: try table.regex(filled, column: 1),
                    design: try table.value(DesignClass.self, filled, column: 0, named: "design class"))
        }
    }
}
