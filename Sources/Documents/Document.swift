/// A parsed page: ordered blocks plus what identifies the page.
public struct Document: Hashable, Sendable {
    /// How the page was written.
    public enum Format: String, Hashable, Sendable, Codable {
        case text, html
    }

    /// File name without extension, made unique per run (DESIGN.md).
    public let id: String
    /// The path as given on the command line joined with the file's path below it, or the URL.
    public let source: String
    /// Whether the page was parsed as text or HTML.
    public let format: Format
    /// The first heading, or the HTML `<title>`; `nil` when the page has neither.
    public let title: String?
    /// The page's blocks in reading order.
    public let blocks: [Block]

    /// Creates a document.
    public init(id: String, source: String, format: Format, title: String?, blocks: [Block]) {
        self.id = id
        self.source = source
        self.format = format
        self.title = title
        self.blocks = blocks
    }

    /// A copy with another id (used when two file names collide).
    public func withID(_ newID: String) -> Document {
        Document(id: newID, source: source, format: format, title: title, blocks: blocks)
    }
}
