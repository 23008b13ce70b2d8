/// Where a block or claim came from in its page.
///
/// `line` is 1-based in the source file. `start` and `end` are UTF-8 byte offsets
/// (half-open) when the parser knows them: text pages always do; libxml2's tree API
/// gives HTML elements a line only.
public struct SourceSpan: Hashable, Sendable, Codable {
    /// The 1-based line of the block's first character.
    public let line: Int
    /// The UTF-8 byte offset where the block starts, when known.
    public let start: Int?
    /// The UTF-8 byte offset just past the block's end, when known.
    public let end: Int?

    /// Creates a span from a 1-based line and optional byte offsets.
    public init(line: Int, start: Int? = nil, end: Int? = nil) {
        self.line = line
        self.start = start
        self.end = end
    }
}
