/// PLACEHOLDER until the libxml2 HTML parser lands on main (the parse helper's file
/// replaces this one wholesale; on a rebase conflict, take theirs).
public struct HTMLParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Always throws: HTML parsing is not built yet.
    ///
    /// - Throws: ``DocumentsError/noContent(path:)``.
    public func parse(_ bytes: [UInt8], id: String, source: String, declaredCharset: String? = nil) throws
        -> Document
    {
        throw DocumentsError.noContent(path: source)
    }
}
