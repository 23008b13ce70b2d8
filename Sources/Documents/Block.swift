/// One unit of a page's visible content, in page order.
///
/// Text and HTML pages produce the same blocks for the same visible content
/// (`kind`, `text`, `table`; heading `level`, `section` and spans may differ).
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
    /// The texts of the headings this block sits under, outermost first (see ``SectionPath``).
    ///
    /// A heading's own path is the chain above it, without itself. HTML `<summary>` and
    /// `<dt>` head what they open (the rest of their `<details>`, the `<dd>`s up to the next
    /// `<dt>`), and a heading inside `<section>`, `<article>` or `<details>` stops heading
    /// blocks when that element ends.
    public let section: [String]
    /// Where each source line of a block that spans several begins in `text`, first line
    /// included; empty for a one-line block or when the parser does not know (HTML).
    public let lineStarts: [LineStart]

    /// Creates a block; for tables prefer ``table(_:span:section:)``.
    public init(
        kind: Kind, text: String, level: Int? = nil, table: Table? = nil, span: SourceSpan,
        section: [String] = [], lineStarts: [LineStart] = []
    ) {
        self.kind = kind
        self.text = text
        self.level = level
        self.table = table
        self.span = span
        self.section = section
        self.lineStarts = lineStarts
    }

    /// Creates a table block whose `text` is derived from its cells.
    public static func table(_ table: Table, span: SourceSpan, section: [String] = []) -> Block {
        Block(kind: .table, text: table.text, table: table, span: span, section: section)
    }

    /// The same block under another section path.
    public func inSection(_ path: [String]) -> Block {
        Block(kind: kind, text: text, level: level, table: table, span: span, section: path, lineStarts: lineStarts)
    }
}
