/// Splits a plain-text or Markdown page into the same blocks the HTML parser produces.
///
/// Pipe tables (`| a | b |`, with or without a `|---|` separator row) become `.table`;
/// bullets (`-`, `*`, `•`, `–`) and numbered items (`1.`, `1)`) become `.listItem`;
/// `#` headings keep their level, and short capitalised lines that do not end like a
/// sentence and are followed by content are headings by shape; `>` lines are quotes;
/// everything else is a paragraph. Every block's ``SourceSpan`` has a 1-based line and
/// byte offsets into the file (past any byte-order mark; for UTF-16 files, into its
/// UTF-8 transcoding).
public struct TextParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses a text page whose charset is detected from its bytes.
    ///
    /// - Parameters:
    ///   - bytes: The raw page.
    ///   - id: The document id (file name without extension).
    ///   - source: The path or URL, named in errors and copied into the document.
    /// - Returns: The page's blocks in order; the title is the first heading.
    /// - Throws: ``DocumentsError/empty(path:)`` for a page of whitespace only,
    ///   ``DocumentsError/noContent(path:)`` when nothing visible remains.
    public func parse(_ bytes: [UInt8], id: String, source: String) throws -> Document {
        try parse(bytes, id: id, source: source, declaredCharset: nil)
    }

    /// Parses a text page, preferring a charset declared outside the page.
    ///
    /// - Parameters:
    ///   - bytes: The raw page.
    ///   - id: The document id (file name without extension).
    ///   - source: The path or URL, named in errors and copied into the document.
    ///   - declaredCharset: A charset label from HTTP, if any; a byte-order mark wins over it.
    /// - Returns: The page's blocks in order; the title is the first heading.
    /// - Throws: ``DocumentsError/empty(path:)``, ``DocumentsError/noContent(path:)``.
    public func parse(_ bytes: [UInt8], id: String, source: String, declaredCharset: String?) throws
        -> Document
    {
        let prepared = TextDecoding.prepare(bytes, declaredCharset: declaredCharset)
        let lines = TextLine.split(prepared)
        var assembler = TextBlockAssembler(lines: lines)
        let blocks = SectionPath.assign(assembler.assemble())
        if blocks.isEmpty {
            if assembler.shapes.allSatisfy({ $0 == .blank }) { throw DocumentsError.empty(path: source) }
            throw DocumentsError.noContent(path: source)
        }
        let title = blocks.first { $0.kind == .heading }?.text
        return Document(id: id, source: source, format: .text, title: title, blocks: blocks)
    }
}
