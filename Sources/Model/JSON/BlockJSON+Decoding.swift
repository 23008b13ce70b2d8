import Documents
import Foundation

extension BlockJSON {
    /// Decodes block-model JSON (``encoded(pretty:)``, ``compactBytes(_:)`` or
    /// ``cacheBytes(_:)`` output) back into documents.
    ///
    /// Tables come back with the `rowLines` only ``cacheBytes(_:)`` keeps (empty otherwise).
    /// - Parameter bytes: UTF-8 JSON.
    /// - Returns: The documents, in order.
    /// - Throws: ``ModelError/decoding(detail:)`` for malformed JSON, a newer schema,
    ///   an unknown block kind or document format.
    public static func documents(from bytes: [UInt8]) throws -> [Document] {
        let decoded: BlockJSON
        do {
            decoded = try JSONDecoder().decode(BlockJSON.self, from: Data(bytes))
        } catch {
            throw ModelError.decoding(detail: String(describing: error))
        }
        guard decoded.schemaVersion == currentSchemaVersion else {
            throw ModelError.decoding(detail: "schemaVersion \(decoded.schemaVersion)")
        }
        return try decoded.documents.map { try $0.document() }
    }

    /// Decodes ``cacheBytes(_:)`` output made by this parser revision.
    /// - Returns: The documents, or `nil` when the bytes do not decode or were made by
    ///   another ``DocumentParser/revision`` (the page is then parsed again).
    public static func cachedDocuments(from bytes: [UInt8]) -> [Document]? {
        guard let decoded = try? JSONDecoder().decode(BlockJSON.self, from: Data(bytes)),
              decoded.schemaVersion == currentSchemaVersion, decoded.parserRevision == DocumentParser.revision
        else { return nil }
        return try? decoded.documents.map { try $0.document() }
    }
}

extension BlockJSON.DocumentEntry {
    /// The ``Document`` this entry describes.
    /// - Throws: ``ModelError/decoding(detail:)`` for an unknown format or block kind.
    public func document() throws -> Document {
        guard let format = Document.Format(rawValue: format) else {
            throw ModelError.decoding(detail: "\(id): unknown format \"\(format)\"")
        }
        return Document(id: id, source: source, format: format, title: title,
                        blocks: try blocks.map { try $0.block(in: id) })
    }
}

extension BlockJSON.BlockEntry {
    /// The ``Block`` this entry describes; a table's text is rebuilt from its cells.
    /// - Parameter document: The document id, for the error message.
    /// - Throws: ``ModelError/decoding(detail:)`` for an unknown kind or a table without cells.
    public func block(in document: String) throws -> Block {
        guard let kind = Block.Kind(rawValue: kind) else {
            throw ModelError.decoding(detail: "\(document):\(location.line): unknown block kind \"\(self.kind)\"")
        }
        let span = SourceSpan(line: location.line, start: location.start, end: location.end)
        if kind == .table {
            guard header != nil || rows != nil else {
                throw ModelError.decoding(detail: "\(document):\(location.line): table without header or rows")
            }
            let paths = headerPaths ?? (header ?? []).map { $0.isEmpty ? [] : [$0] }
            let table = Table(
                headerPaths: paths, rows: rows ?? [], rowLines: rowLines ?? [], rowHeaders: rowHeaders ?? [],
                spannedSlots: spannedSlots ?? [])
            return Block.table(table, span: span, section: section ?? [])
        }
        return Block(kind: kind, text: text ?? "", level: level, span: span, section: section ?? [])
    }
}
