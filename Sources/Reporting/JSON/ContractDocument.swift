import Documents

/// A page in the JSON contract's `documents` list (DESIGN.md "JSON contract").
public struct ContractDocument: Codable, Hashable, Sendable {
    /// Document id (file name without extension, unique per run).
    public let id: String
    /// Path as given joined with the file's path below it, or the URL.
    public let source: String
    /// `text` or `html`.
    public let format: String
    /// First heading or HTML title; `null` when there is none.
    public let title: String?

    /// Converts a parsed page.
    public init(_ document: Document) {
        id = document.id
        source = document.source
        format = document.format.rawValue
        title = document.title
    }

    /// Writes every key, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(format, forKey: .format)
        try container.encode(title, forKey: .title)
    }
}
