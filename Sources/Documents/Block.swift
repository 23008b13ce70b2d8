/// One unit of a page's visible content, in page order.
///
/// Text and HTML pages produce the same blocks for the same visible content
/// (`kind`, `text`, `table`; heading `level` and spans may differ).
public struct Block: Hashable, Sendable {
    /// What a block is; spelled as in DESIGN.md "Block model JSON".
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case heading, paragraph, listItem, table, quote, caption
    }

    /// What kind of block this is.
    public let kind: Kind
    /// Whitespace-normalised visible text. For a table: its cells, row by row,
    /// joined with " | " so text searches see them.
    public let text: String
    /// Heading level 1–6 for headings; `nil` otherwise.
    public let level: Int?
    /// The cells of a table block; `nil` otherwise.
    public let table: Table?
    /// Where the block starts in its page.
    public let span: SourceSpan

    /// Creates a block; for tables prefer ``table(_:span:)``.
    public init(kind: Kind, text: String, level: Int? = nil, table: Table? = nil, span: SourceSpan) {
        self.kind = kind
        self.text = text
        self.level = level
        self.table = table
        self.span = span
    }

    /// Creates a table block whose `text` is derived from its cells.
    public static func table(_ table: Table, span: SourceSpan) -> Block {
        let lines = ([table.header] + table.rows).filter { !$0.isEmpty }.map { $0.joined(separator: " | ") }
        return Block(kind: .table, text: lines.joined(separator: "\n"), table: table, span: span)
    }
}

/// The cells of a table: an optional header row and body rows.
public struct Table: Hashable, Sendable, Codable {
    /// Header cells; empty when the table has no header row.
    public let header: [String]
    /// Body rows, each a list of cell texts.
    public let rows: [[String]]
    /// The 1-based source line of each body row, parallel to `rows`, when known.
    public let rowLines: [Int]

    /// Creates a table from header cells, body rows and optional per-row lines.
    public init(header: [String], rows: [[String]], rowLines: [Int] = []) {
        self.header = header
        self.rows = rows
        self.rowLines = rowLines
    }
}
