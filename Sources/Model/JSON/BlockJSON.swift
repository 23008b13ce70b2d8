import Documents
import Foundation

/// The block model as JSON (DESIGN.md "Block model JSON"), `schemaVersion` 1.
///
/// `reconcile blocks --format json` prints it; tests decode it back.
public struct BlockJSON: Codable, Hashable, Sendable {
    /// The JSON contract version.
    public static let currentSchemaVersion = 1

    /// Always ``currentSchemaVersion`` when written by this tool.
    public let schemaVersion: Int
    /// One entry per parsed page, in input order.
    public let documents: [DocumentEntry]
    /// The ``DocumentParser/revision`` that made the blocks; only in ``cacheBytes(_:)`` output.
    public let parserRevision: Int?

    /// Wraps documents for encoding.
    public init(documents: [Document]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.documents = documents.map(DocumentEntry.init)
        self.parserRevision = nil
    }

    /// The JSON bytes, keys sorted, no escaping of `/`.
    ///
    /// - Throws: Encoding errors (none expected for these types).
    public func encoded(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Compact JSON for documents, written directly (no intermediate tree), byte for byte
    /// what ``encoded(pretty:)`` gives without `pretty`.
    ///
    /// - Parameter documents: Parsed pages, in output order.
    /// - Returns: UTF-8 JSON without a trailing newline.
    public static func compactBytes(_ documents: [Document]) -> [UInt8] {
        compactBytes(documents, rowLines: false)
    }

    /// Compact JSON that also keeps each table's `rowLines`, so ``DocumentEntry/document()``
    /// rebuilds the exact ``Document`` (the store's parsed-page cache).
    ///
    /// - Parameter documents: Parsed pages, in output order.
    /// - Returns: UTF-8 JSON without a trailing newline.
    public static func cacheBytes(_ documents: [Document]) -> [UInt8] {
        compactBytes(documents, rowLines: true)
    }

    private static func compactBytes(_ documents: [Document], rowLines: Bool) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("documents")
        writer.beginArray()
        for document in documents { write(document, rowLines: rowLines, to: &writer) }
        writer.endArray()
        if rowLines {
            writer.key("parserRevision")
            writer.int(DocumentParser.revision)
        }
        writer.key("schemaVersion")
        writer.int(currentSchemaVersion)
        writer.endObject()
        return writer.bytes
    }

    private static func write(_ document: Document, rowLines: Bool, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("blocks")
        writer.beginArray()
        for block in document.blocks {
            writer.beginObject()
            if let table = block.table {
                writer.key("header")
                writer.strings(table.header)
                writer.key("headerPaths")
                writer.beginArray()
                for path in table.headerPaths { writer.strings(path) }
                writer.endArray()
            }
            writer.key("kind")
            writer.string(block.kind.rawValue)
            if let level = block.level {
                writer.key("level")
                writer.int(level)
            }
            writer.key("location")
            writer.beginObject()
            if let end = block.span.end {
                writer.key("end")
                writer.int(end)
            }
            writer.key("line")
            writer.int(block.span.line)
            if let start = block.span.start {
                writer.key("start")
                writer.int(start)
            }
            writer.endObject()
            if let table = block.table, !table.rowHeaders.isEmpty {
                writer.key("rowHeaders")
                writer.beginArray()
                for flag in table.rowHeaders { writer.bool(flag) }
                writer.endArray()
            }
            if rowLines, let table = block.table {
                writer.key("rowLines")
                writer.beginArray()
                for line in table.rowLines { writer.int(line) }
                writer.endArray()
            }
            if let table = block.table {
                writer.key("rows")
                writer.beginArray()
                for row in table.rows { writer.strings(row) }
                writer.endArray()
            }
            writer.key("section")
            writer.strings(block.section)
            if let table = block.table {
                if !table.spannedSlots.isEmpty {
                    writer.key("spannedSlots")
                    writer.beginArray()
                    for slot in table.spannedSlots {
                        writer.beginArray()
                        for index in slot { writer.int(index) }
                        writer.endArray()
                    }
                    writer.endArray()
                }
            } else {
                writer.key("text")
                writer.string(block.text)
            }
            writer.endObject()
        }
        writer.endArray()
        writer.key("format")
        writer.string(document.format.rawValue)
        writer.key("id")
        writer.string(document.id)
        writer.key("source")
        writer.string(document.source)
        writer.key("title")
        writer.stringOrNull(document.title)
        writer.endObject()
    }

    /// A page: id, source, format, title and blocks.
    public struct DocumentEntry: Codable, Hashable, Sendable {
        /// Document id.
        public let id: String
        /// Path or URL.
        public let source: String
        /// `text` or `html`.
        public let format: String
        /// First heading or HTML title; `null` when there is none.
        public let title: String?
        /// Blocks in page order.
        public let blocks: [BlockEntry]

        /// Converts a document.
        public init(_ document: Document) {
            id = document.id
            source = document.source
            format = document.format.rawValue
            title = document.title
            blocks = document.blocks.map(BlockEntry.init)
        }

        private enum CodingKeys: String, CodingKey { case id, source, format, title, blocks }

        /// Writes `title` as `null` when absent, as the contract asks for unknown values.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(source, forKey: .source)
            try container.encode(format, forKey: .format)
            try container.encode(title, forKey: .title)
            try container.encode(blocks, forKey: .blocks)
        }
    }

    /// A block: `kind`, then `level` (headings), `text` (not tables), `header`,
    /// `headerPaths`, `rows`, `rowHeaders` and `spannedSlots` (tables), `section` and
    /// `location`.
    public struct BlockEntry: Codable, Hashable, Sendable {
        /// `heading`, `paragraph`, `listItem`, `table`, `quote` or `caption`.
        public let kind: String
        /// Heading level 1–6.
        public let level: Int?
        /// Visible text (absent for tables).
        public let text: String?
        /// Table header per column (its header path joined with " / ").
        public let header: [String]?
        /// Per column, the header texts above it, top first.
        public let headerPaths: [[String]]?
        /// Table body rows, one cell per column.
        public let rows: [[String]]?
        /// Per body row, whether it starts with a header cell; absent when none does.
        public let rowHeaders: [Bool]?
        /// `[row, column]` of body slots filled by a spanning cell; absent when none.
        public let spannedSlots: [[Int]]?
        /// The headings above the block, outermost first.
        public let section: [String]?
        /// Each body row's source line; only in ``BlockJSON/cacheBytes(_:)`` output.
        public let rowLines: [Int]?
        /// Where the block starts.
        public let location: Location

        /// Converts a block.
        public init(_ block: Block) {
            kind = block.kind.rawValue
            level = block.level
            rowLines = nil
            section = block.section
            if let table = block.table {
                text = nil
                header = table.header
                headerPaths = table.headerPaths
                rows = table.rows
                rowHeaders = table.rowHeaders.isEmpty ? nil : table.rowHeaders
                spannedSlots = table.spannedSlots.isEmpty ? nil : table.spannedSlots
            } else {
                text = block.text
                header = nil
                headerPaths = nil
                rows = nil
                rowHeaders = nil
                spannedSlots = nil
            }
            location = Location(block.span)
        }
    }

    /// `{"line": 1, "start": 0, "end": 66}`; offsets only where known.
    public struct Location: Codable, Hashable, Sendable {
        /// 1-based line.
        public let line: Int
        /// UTF-8 byte offset of the first byte, when known.
        public let start: Int?
        /// UTF-8 byte offset just past the block, when known.
        public let end: Int?

        /// Converts a span.
        public init(_ span: SourceSpan) {
            line = span.line
            start = span.start
            end = span.end
        }
    }
}
